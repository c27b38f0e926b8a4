// SoA entries (§6.1.3): one decision per Annex A control — applicable or not and why, how far implemented,
// who owns it, and the risks, evidence and documents behind it.
import {
  AppError,
  assertCan,
  type DecideRemainingSoaInput,
  DecideRemainingSoaSchema,
  type ImplementationStatus,
  isAnnexAControl,
  isSoaEntryDecided,
  type ListQuery,
  type Page,
  SOA_LINK_PREVIEW,
  type SoaEntry,
  type SoaLink,
  type SoaLinksQuery,
  soaEntryProblems,
  type UpdateSoaEntryInput,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { recordsRevision } from '../common/collection-revision.ts';
import { cursorJson, invalidCursor } from '../common/cursor-json.ts';
import { inOrg } from '../common/in-org.ts';
import { assertMember } from '../common/members.ts';
import { pageArray } from '../common/page-array.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { assertLinkTargets } from '../links/link-targets.ts';
import { SOA_LINK_FIELDS, soaRepository } from './soa.repository.ts';
import { storeSoaDraftHash } from './soa-draft-hash.ts';
import { ensureSoaSeeded } from './soa-seed.ts';
import { type Tracked, trackedChanges } from './tracked-changes.ts';

/** What an edit of an Annex A entry records: the decision, its justification, status and owner, and its links. */
const TRACKED: Tracked<UpdateSoaEntryInput> = {
  fields: ['applicable', 'justification', 'implementationStatus', 'ownerId'],
  links: SOA_LINK_FIELDS,
};

/** Filters of the SoA list. */
export interface SoaFilter {
  area?: string;
  status?: ImplementationStatus;
  applicable?: 'true' | 'false';
}

const { soaEntries } = tables;

function unknownControl(ref: string): AppError {
  return new AppError('NOT_FOUND', `${ref} is not an Annex A control (A.2.2–A.10.4).`);
}

/**
 * The organization's SoA: all 38 entries in Annex A order, filtered by area, status and applicability, each with
 * every linked id (exports, checks: callers that need them all).
 */
export async function listSoaEntries(
  ctx: OrgContext,
  query: Pick<ListQuery, 'limit' | 'cursor' | 'q'> & SoaFilter,
): Promise<Page<SoaEntry>> {
  return readSoa(ctx, query, (repo) => repo.listFull(ctx.orgId));
}

/** What the SoA list is built from, named (issue 17): the organization's records and the day. */
export function soaRevision(ctx: OrgContext): Promise<string> {
  assertCan(ctx.role, 'soa:read');
  return recordsRevision(ctx);
}

/**
 * The SoA list as the API serves it (`GET …/soa`, issue 17): link counts and only the first SOA_LINK_PREVIEW ids of
 * each kind, so the answer stays small however many risks an organization links; `listSoaLinks` pages the rest.
 * Exports ask for as many ids as a cell or a printed table shows (`preview`).
 */
export async function listSoaEntrySummaries(
  ctx: OrgContext,
  query: Pick<ListQuery, 'limit' | 'cursor' | 'q'> & SoaFilter,
  preview = SOA_LINK_PREVIEW,
): Promise<Page<SoaEntry>> {
  return readSoa(ctx, query, (repo) => repo.listSummary(ctx.orgId, preview));
}

/**
 * Reads the organization's SoA (seeding its 38 entries on first read) in one of the repository's forms, then
 * filters and pages it.
 */
async function readSoa(
  ctx: OrgContext,
  query: Pick<ListQuery, 'limit' | 'cursor' | 'q'> & SoaFilter,
  entries: (repo: ReturnType<typeof soaRepository>) => Promise<SoaEntry[]>,
): Promise<Page<SoaEntry>> {
  assertCan(ctx.role, 'soa:read');
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  return filterSoa(await entries(soaRepository(ctx.db)), query);
}

function filterSoa(
  entries: SoaEntry[],
  query: Pick<ListQuery, 'limit' | 'cursor' | 'q'> & SoaFilter,
): Page<SoaEntry> {
  const q = query.q?.toLowerCase();
  const all = entries.filter(
    (e) =>
      (!query.area || e.area === query.area) &&
      (!query.status || e.implementationStatus === query.status) &&
      (!query.applicable || String(e.applicable) === query.applicable) &&
      (!q ||
        e.controlRef.toLowerCase().includes(q) ||
        e.title.toLowerCase().includes(q) ||
        e.justification.toLowerCase().includes(q)),
  );
  return pageArray(all, query, (e) => e.controlRef);
}

/** Every risk, evidence record and document linked to one control, a page at a time (ordered by type, then id). */
export async function listSoaLinks(
  ctx: OrgContext,
  controlRef: string,
  query: SoaLinksQuery,
): Promise<Page<SoaLink>> {
  assertCan(ctx.role, 'soa:read');
  if (!isAnnexAControl(controlRef)) throw unknownControl(controlRef);
  let after: { type: string; id: string } | undefined;
  if (query.cursor) {
    const c = cursorJson(query.cursor);
    if (!Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string') throw invalidCursor();
    after = { type: c[0], id: c[1] };
  }
  const rows = await soaRepository(ctx.db).linksPage(ctx.orgId, controlRef, {
    type: query.type,
    after,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit) as SoaLink[];
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? Buffer.from(JSON.stringify([last.type, last.id])).toString('base64url')
      : null;
  return { items, nextCursor };
}

/** One SoA entry by control ref (with every linked id); a ref that is not an Annex A control is NOT_FOUND. */
export async function getSoaEntry(ctx: OrgContext, controlRef: string): Promise<SoaEntry> {
  assertCan(ctx.role, 'soa:read');
  if (!isAnnexAControl(controlRef)) throw unknownControl(controlRef);
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  const repo = soaRepository(ctx.db);
  const row = await repo.find(ctx.orgId, controlRef);
  if (!row) throw unknownControl(controlRef);
  return (await repo.hydrate(ctx.orgId, [row]))[0]!;
}

/**
 * Changes one SoA entry. An exclusion without a justification is refused (422) and nothing changes; link
 * lists replace the current links of that type. One ledger entry records every changed field.
 */
export async function updateSoaEntry(
  ctx: OrgContext,
  controlRef: string,
  input: UpdateSoaEntryInput,
  expectedVersion?: number,
): Promise<SoaEntry> {
  assertCan(ctx.role, 'soa:update');
  if (!isAnnexAControl(controlRef)) throw unknownControl(controlRef);
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    const repo = soaRepository(tx);
    const cur = await repo.find(ctx.orgId, controlRef, { forUpdate: true });
    if (!cur) throw unknownControl(controlRef);
    assertVersion(expectedVersion, cur.version);
    const next = {
      applicable: input.applicable ?? cur.applicable,
      justification: input.justification ?? cur.justification,
    };
    const problems = soaEntryProblems(next);
    if (problems.length)
      throw new AppError('RULE_VIOLATION', 'An excluded control needs a justification (§6.1.3).', {
        errors: problems,
      });
    if (input.ownerId !== undefined) await assertMember(tx, ctx.orgId, input.ownerId);
    await assertLinkTargets(tx, ctx.orgId, input);
    const changes = await trackedChanges(ctx, tx, { type: 'control', id: controlRef }, cur, input, TRACKED);
    if (Object.keys(changes).length === 0) return (await repo.hydrate(ctx.orgId, [cur]))[0]!;
    const { riskIds: _r, evidenceIds: _e, documentIds: _d, ...fields } = input;
    await repo.update(ctx.orgId, controlRef, { ...fields, updatedAt: new Date(), version: cur.version + 1 });
    await record(ctx, tx, {
      action: 'soa_entry.updated',
      entityType: 'soa_entry',
      entityId: controlRef,
      data: { version: cur.version + 1, changes },
    });
    await storeSoaDraftHash(tx, ctx.orgId);
    const row = await repo.find(ctx.orgId, controlRef);
    return (await repo.hydrate(ctx.orgId, [row!]))[0]!;
  });
}

/**
 * Decides every control that has no decision yet as applicable with implementation planned (§6.1.3 d): the
 * first pass over the SoA, after which each entry can be refined. A justification, when given, is recorded on
 * each control it decides. One ledger entry per entry changed.
 */
export async function decideRemainingSoaEntries(
  ctx: OrgContext,
  input: DecideRemainingSoaInput = {},
): Promise<{ decided: string[] }> {
  assertCan(ctx.role, 'soa:update');
  const justification = DecideRemainingSoaSchema.parse(input).justification || undefined;
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    await tx.select({ id: soaEntries.id }).from(soaEntries).where(inOrg(soaEntries, ctx.orgId)).for('update');
    const repo = soaRepository(tx);
    const open = (await repo.listFull(ctx.orgId)).filter((e) => !isSoaEntryDecided(e));
    const at = new Date();
    for (const e of open) {
      await repo.update(ctx.orgId, e.controlRef, {
        implementationStatus: 'planned',
        ...(justification ? { justification } : {}),
        updatedAt: at,
        version: e.version + 1,
      });
      await record(ctx, tx, {
        action: 'soa_entry.updated',
        entityType: 'soa_entry',
        entityId: e.controlRef,
        data: {
          version: e.version + 1,
          changes: {
            implementationStatus: { from: e.implementationStatus, to: 'planned' },
            ...(justification ? { justification: { from: e.justification, to: justification } } : {}),
          },
        },
      });
    }
    if (open.length > 0) await storeSoaDraftHash(tx, ctx.orgId);
    return { decided: open.map((e) => e.controlRef) };
  });
}
