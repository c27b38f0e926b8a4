// `POST …/imports/atlas` (DESIGN §4, §6): MITRE ATLAS techniques become the organization's threat catalogue,
// to pick from when identifying risks (§6.1.2, ISO/IEC 23894 6.4.2.3 risk sources). No ATLAS data ships with us.
import {
  AppError,
  type AtlasImportResult,
  assertCan,
  type ListQuery,
  newId,
  type Page,
  type Threat,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import type * as Yaml from 'yaml';
import { z } from 'zod';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { lazyRequire } from '../common/lazy-require.ts';
import { likePattern } from '../common/paginate.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

const { threats } = tables;
const SOURCE = 'mitre-atlas';
const yaml = lazyRequire<typeof Yaml>('yaml');

const AtlasSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.union([z.string(), z.number()]).transform(String),
  matrices: z
    .array(
      z.object({
        tactics: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
        techniques: z
          .array(
            z.object({
              id: z.string().max(40),
              name: z.string().max(300),
              description: z.string().max(100_000).default(''),
              tactics: z.array(z.string()).default([]),
              'subtechnique-of': z.string().optional(),
            }),
          )
          .default([]),
      }),
    )
    .min(1),
});

/**
 * Releases before 4 kept `tactics` and `techniques` at the top of the file, without `matrices`; read them as one
 * matrix so an older release imports too. Techniques of those releases may name no tactics.
 */
function olderLayout(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  const d = doc as Record<string, unknown>;
  if (d.matrices !== undefined || !Array.isArray(d.techniques)) return doc;
  return {
    ...d,
    matrices: [{ id: String(d.id ?? 'ATLAS'), tactics: d.tactics ?? [], techniques: d.techniques }],
  };
}

const SAMPLE_SIZE = 10;

/** Imports ATLAS techniques (sub-techniques inherit their parent's tactics); `dryRun` changes nothing. */
export async function importAtlas(
  ctx: OrgContext,
  raw: string,
  opts: { dryRun: boolean },
): Promise<AtlasImportResult> {
  assertCan(ctx.role, 'threat:import');
  let doc: unknown;
  try {
    doc = yaml().parse(raw, { maxAliasCount: 100, uniqueKeys: false, strict: false });
  } catch (e) {
    const pos = e instanceof yaml().YAMLParseError ? e.linePos?.[0] : undefined;
    const line = pos ? (raw.split(/\r?\n/)[pos.line - 1] ?? '').trim().slice(0, 120) : '';
    throw new AppError('VALIDATION_FAILED', 'The MITRE ATLAS file is not valid YAML (fix the line named).', {
      errors: [
        {
          path: pos ? `line ${pos.line}, column ${pos.col}` : '(file)',
          message: `${(e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${line ? `: ${JSON.stringify(line)}` : ''}`,
        },
      ],
    });
  }
  const parsed = AtlasSchema.safeParse(olderLayout(doc));
  if (!parsed.success) {
    const d = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>;
    const isAtlas = d.id === 'ATLAS' || /adversarial threat landscape/i.test(String(d.name ?? ''));
    throw new AppError(
      'VALIDATION_FAILED',
      isAtlas
        ? `This MITRE ATLAS release (version ${String(d.version ?? 'not stated')}) has a layout this import does not read; send ATLAS.yaml of release 4 or later (dist/ATLAS.yaml of mitre-atlas/atlas-data).`
        : 'This is not a MITRE ATLAS file (expected id: ATLAS, name, version, and matrices with tactics and techniques); send dist/ATLAS.yaml of mitre-atlas/atlas-data.',
      {
        errors: parsed.error.issues
          .slice(0, 20)
          .map((i) => ({ path: `/${i.path.map(String).join('/')}`, message: i.message })),
      },
    );
  }
  const atlas = parsed.data;
  const tacticNames = new Map(atlas.matrices.flatMap((m) => m.tactics.map((t) => [t.id, t.name] as const)));
  const all = atlas.matrices.flatMap((m) => m.techniques);
  const byId = new Map(all.map((t) => [t.id, t]));
  const rows = all.map((t) => {
    const tacticIds = t.tactics.length ? t.tactics : (byId.get(t['subtechnique-of'] ?? '')?.tactics ?? []);
    return {
      externalId: t.id,
      name: t.name,
      description: t.description,
      tactics: tacticIds.map((id) => tacticNames.get(id) ?? id),
    };
  });
  const existing = new Set(
    (
      await ctx.db
        .select({ externalId: threats.externalId })
        .from(threats)
        .where(inOrg(threats, ctx.orgId, eq(threats.source, SOURCE)))
    ).map((r) => r.externalId),
  );
  const result: AtlasImportResult = {
    dryRun: opts.dryRun,
    source: `MITRE ${atlas.id} ${atlas.version}`,
    sha256: sha256Hex(raw),
    tactics: tacticNames.size,
    techniques: rows.length,
    added: rows.filter((r) => !existing.has(r.externalId)).length,
    updated: rows.filter((r) => existing.has(r.externalId)).length,
    sample: rows
      .slice(0, SAMPLE_SIZE)
      .map((r) => ({ externalId: r.externalId, name: r.name, tactics: r.tactics })),
  };
  if (opts.dryRun || rows.length === 0) return result;
  // The ledger keeps the counts and the file's hash; the sample is only for the preview screen.
  const { sample: _sample, ...summary } = result;
  await ctx.db.transaction(async (tx) => {
    const at = new Date();
    for (let i = 0; i < rows.length; i += 200) {
      await tx
        .insert(threats)
        .values(
          rows.slice(i, i + 200).map((r) => ({
            ...r,
            id: newId('threat'),
            organizationId: ctx.orgId,
            source: SOURCE,
            importedAt: at,
          })),
        )
        .onConflictDoUpdate({
          target: [threats.organizationId, threats.source, threats.externalId],
          set: {
            name: sql`excluded.name`,
            description: sql`excluded.description`,
            tactics: sql`excluded.tactics`,
            importedAt: at,
          },
        });
    }
    await record(ctx, tx, {
      action: 'threats.imported',
      entityType: 'threat_catalogue',
      entityId: SOURCE,
      data: summary,
    });
  });
  return result;
}

/** The organization's threat catalogue, searchable by id and name, in id order. */
export async function listThreats(
  ctx: OrgContext,
  query: Pick<ListQuery, 'q' | 'limit'>,
): Promise<Page<Threat>> {
  assertCan(ctx.role, 'threat:read');
  const rows = await ctx.db
    .select()
    .from(threats)
    .where(
      inOrg(
        threats,
        ctx.orgId,
        query.q
          ? or(ilike(threats.name, likePattern(query.q)), ilike(threats.externalId, likePattern(query.q)))
          : undefined,
      ),
    )
    .orderBy(asc(threats.externalId))
    .limit(query.limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      externalId: r.externalId,
      name: r.name,
      description: r.description,
      tactics: r.tactics,
    })),
    nextCursor: null,
  };
}
