// External lessons (§6.1.2 risk identification draws on what went wrong elsewhere; §10.2): AI Incident Database
// rows imported as records of their own and linked to risks through `entity_links`. The import parses the whole
// file first, then applies it in one transaction with one ledger entry; a dry run applies and rolls back, so the
// preview is what applying does.
import {
  type AiidImportResult,
  AppError,
  assertCan,
  EXTERNAL_LESSON_SORTS,
  type ExternalLesson,
  type ExternalLessonListQuery,
  ExternalLessonSchema,
  newId,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { actorId } from '../common/actor.ts';
import { anyOf } from '../common/any-of.ts';
import { isUniqueViolation } from '../common/db-errors.ts';
import { existingIds } from '../common/existing-ids.ts';
import { inOrg } from '../common/in-org.ts';
import { eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { readOneLoaded } from '../common/records.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';
import type { OrgContext } from '../context.ts';
import { type AiidDraft, parseAiid } from '../exchange/aiid.import.ts';
import { record } from '../ledger/ledger.service.ts';
import { linkedWith, linkRepository } from '../links/link.repository.ts';

const { externalLessons, risks } = tables;
type Row = typeof externalLessons.$inferSelect;

/** The entity type of an external lesson in `entity_links` and the ledger. */
export const EXTERNAL_LESSON_TYPE = 'external_lesson';

const lessonFields = projection(ExternalLessonSchema);

function toLesson(r: Row, riskIds: string[]): ExternalLesson {
  return lessonFields({ ...r, riskIds });
}

async function riskLinks(db: Db, orgId: string, ids: string[]): Promise<Map<string, string[]>> {
  return linkRepository(db).linksOfMany(orgId, EXTERNAL_LESSON_TYPE, ids, 'risk');
}

/** Lists external lessons (filter by source or by a linked risk). */
export async function listExternalLessons(
  ctx: OrgContext,
  query: ExternalLessonListQuery,
): Promise<Page<ExternalLesson>> {
  assertCan(ctx.role, 'risk:read');
  const page = await tenantPage(ctx.db, externalLessons, ctx.orgId, query, {
    sortable: sortColumns(externalLessons, EXTERNAL_LESSON_SORTS),
    defaultSort: { field: 'createdAt', desc: false },
    searchColumns: [externalLessons.title, externalLessons.description],
    filters: [
      eqIf(externalLessons.source, query.source),
      query.riskId
        ? linkedWith(externalLessons.id, ctx.orgId, { type: 'risk', id: query.riskId }, EXTERNAL_LESSON_TYPE)
        : undefined,
    ],
  });
  const links = await riskLinks(
    ctx.db,
    ctx.orgId,
    page.items.map((r) => r.id),
  );
  return { items: page.items.map((r) => toLesson(r, links.get(r.id) ?? [])), nextCursor: page.nextCursor };
}

/** One external lesson; another organization's id is NOT_FOUND. */
export const getExternalLesson = readOneLoaded(
  'risk:read',
  'External lesson',
  (db) => tenantTable(db, externalLessons),
  async (ctx, row): Promise<ExternalLesson> =>
    toLesson(row, (await riskLinks(ctx.db, ctx.orgId, [row.id])).get(row.id) ?? []),
);

const FIELDS = ['title', 'date', 'description', 'url', 'attributes'] as const;
// jsonb does not keep key order, so attributes are compared with their keys sorted.
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

class DryRunRollback extends Error {}

async function apply(
  ctx: OrgContext,
  tx: Db,
  format: string,
  drafts: AiidDraft[],
  notes: string[],
  extraRiskId: string | undefined,
  dryRun: boolean,
): Promise<AiidImportResult> {
  const existing = await tx
    .select()
    .from(externalLessons)
    .where(
      inOrg(
        externalLessons,
        ctx.orgId,
        eq(externalLessons.source, 'aiid'),
        anyOf(
          externalLessons.externalId,
          drafts.map((d) => d.externalId),
        ),
      ),
    )
    .for('update');
  const byExt = new Map(existing.map((r) => [r.externalId, r]));
  const links = linkRepository(tx);
  const current = await riskLinks(
    tx,
    ctx.orgId,
    existing.map((r) => r.id),
  );
  const items: AiidImportResult['items'] = [];
  const at = new Date();
  const by = actorId(ctx);
  for (const d of drafts) {
    const wantRisks = [...new Set([...d.riskIds, ...(extraRiskId ? [extraRiskId] : [])])].sort();
    const old = byExt.get(d.externalId);
    const fields = {
      title: d.title,
      date: d.date,
      description: d.description,
      url: d.url,
      attributes: d.attributes,
    };
    if (!old) {
      const id = newId('externalLesson');
      await tx.insert(externalLessons).values({
        id,
        organizationId: ctx.orgId,
        source: 'aiid',
        externalId: d.externalId,
        ...fields,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      if (wantRisks.length)
        await links.replace(ctx.orgId, { type: EXTERNAL_LESSON_TYPE, id }, 'risk', wantRisks, by);
      items.push({
        externalId: d.externalId,
        title: d.title,
        outcome: 'created',
        // A dry run rolls back: the record never exists, so the preview gives it no id.
        id: dryRun ? null : id,
        reason: 'new: no AIID incident with this id was imported before',
        riskIds: wantRisks,
      });
      continue;
    }
    const changes: string[] = FIELDS.filter((f) => !same(old[f], fields[f]));
    const had = current.get(old.id) ?? [];
    // Re-import adds the links it names and keeps links made by hand or by earlier imports.
    const addRisks = wantRisks.filter((r) => !had.includes(r));
    if (addRisks.length) {
      await links.replace(
        ctx.orgId,
        { type: EXTERNAL_LESSON_TYPE, id: old.id },
        'risk',
        [...had, ...addRisks],
        by,
      );
      changes.push('riskIds');
    }
    if (changes.some((c) => c !== 'riskIds'))
      await tenantTable(tx, externalLessons).update(ctx.orgId, old.id, {
        ...fields,
        updatedAt: at,
        version: old.version + 1,
      });
    items.push({
      externalId: d.externalId,
      title: d.title,
      outcome: changes.length ? 'updated' : 'unchanged',
      id: old.id,
      reason: changes.length
        ? 'matched the lesson an earlier import made from this incident id; the fields named change'
        : 'matched the lesson an earlier import made from this incident id; nothing differs',
      ...(changes.length ? { changes } : {}),
      riskIds: [...new Set([...had, ...addRisks])].sort(),
    });
  }
  const count = (o: string) => items.filter((i) => i.outcome === o).length;
  const result: AiidImportResult = {
    kind: 'aiid',
    dryRun,
    format,
    items,
    totals: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      skipped: count('skipped'),
    },
    notes,
  };
  await record(ctx, tx, {
    action: 'external_lesson.imported',
    entityType: EXTERNAL_LESSON_TYPE,
    // One entry for the whole file: the import is the change (§7.5.3 keeps what came in and when).
    entityId: newId('importRun'),
    data: {
      format,
      totals: result.totals,
      items: items.map((i) => ({
        externalId: i.externalId,
        outcome: i.outcome,
        id: i.id,
        riskIds: i.riskIds,
      })),
    },
  });
  return result;
}

/**
 * Imports AI Incident Database rows (CSV or JSON) as external lessons, linked to `riskId` and to risks a row
 * names. Re-importing updates the lessons by incident id; a risk of another organization refuses the file.
 */
export async function importAiid(
  ctx: OrgContext,
  text: string,
  opts: { dryRun?: boolean; riskId?: string } = {},
): Promise<AiidImportResult> {
  assertCan(ctx.role, 'risk:create');
  const plan = parseAiid(text);
  const dryRun = opts.dryRun ?? false;
  // Every risk named must be this organization's (another organization's id is answered as not found).
  const named = [
    ...(opts.riskId ? [{ id: opts.riskId, path: 'riskId' }] : []),
    ...plan.drafts.flatMap((d) => d.riskIds.map((id) => ({ id, path: `${d.location} (risk id)` }))),
  ];
  if (named.length) {
    const found = await existingIds(
      ctx.db,
      ctx.orgId,
      risks,
      named.map((n) => n.id),
    );
    const missing = named.filter((n) => !found.has(n.id));
    if (missing.length)
      throw new AppError(
        'NOT_FOUND',
        `${plan.format}: risk ${missing[0]!.id} was not found in this organization; nothing was imported. Name a risk of this organization (GET …/risks) or leave riskId out.`,
        { errors: missing.map((m) => ({ path: m.path, message: `no risk ${m.id} in this organization` })) },
      );
  }
  let preview: AiidImportResult | undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await apply(ctx, tx, plan.format, plan.drafts, plan.notes, opts.riskId, dryRun);
      if (!dryRun) return result;
      preview = result;
      throw new DryRunRollback();
    });
  } catch (e) {
    if (e instanceof DryRunRollback && preview) return preview;
    if (isUniqueViolation(e))
      throw new AppError(
        'CONFLICT',
        'Another AIID import created the same lessons at the same moment; nothing was written. Try again.',
      );
    throw e;
  }
}
