// Import of an OSCAL catalog (DESIGN §6): an organization attaches its licensed full text of ISO/IEC 42001
// Annex A to the controls, matched by control id (`a.6.2.4`, `A.6.2.4`, `a-6-2-4`) or by the `label` prop.
import { AppError, assertCan, type FieldError, isAnnexAControl, newId } from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { parseJsonFile, pointerErrors, refuse } from './import-plan.ts';

interface Part {
  name: string;
  title?: string;
  prose?: string;
  parts?: Part[];
}
const PartSchema: z.ZodType<Part> = z.lazy(() =>
  z.object({
    name: z.string().max(200),
    title: z.string().max(500).optional(),
    prose: z.string().max(200_000).optional(),
    parts: z.array(PartSchema).max(500).optional(),
  }),
);
const PropSchema = z.object({ name: z.string(), value: z.string() });
interface Control {
  id: string;
  title: string;
  props?: { name: string; value: string }[];
  parts?: Part[];
  controls?: Control[];
}
const ControlSchema: z.ZodType<Control> = z.lazy(() =>
  z.object({
    id: z.string().max(200),
    title: z.string().max(1000),
    props: z.array(PropSchema).optional(),
    parts: z.array(PartSchema).max(500).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
);
interface Group {
  groups?: Group[];
  controls?: Control[];
}
const GroupSchema: z.ZodType<Group> = z.lazy(() =>
  z.object({ groups: z.array(GroupSchema).optional(), controls: z.array(ControlSchema).optional() }),
);

/** The parts of an OSCAL catalog the import reads; everything else is ignored. */
export const OscalCatalogFileSchema = z.object({
  catalog: z.object({
    uuid: z.string(),
    metadata: z.object({ title: z.string().max(1000) }),
    groups: z.array(GroupSchema).optional(),
    controls: z.array(ControlSchema).optional(),
  }),
});

/** What an import did (or, on a dry run, would do). */
export interface CatalogImportResult {
  dryRun: boolean;
  source: string;
  sha256: string;
  controlsInFile: number;
  matched: { controlRef: string; sourceId: string; characters: number }[];
  unmatched: string[];
}

/** Maps an OSCAL control to an Annex A ref by its label prop or its id, or undefined. */
export function annexARefOf(c: Control): string | undefined {
  const label = c.props?.find((p) => p.name === 'label')?.value.trim();
  const fromId = `A.${c.id.replace(/^a[.\-_]?/i, '').replace(/[-_]/g, '.')}`;
  return [label, fromId].find((r): r is string => !!r && isAnnexAControl(r));
}

function proseOf(parts: Part[] | undefined, depth = 0): string[] {
  const out: string[] = [];
  for (const p of parts ?? []) {
    const heading = p.title ?? p.name;
    if (p.prose)
      out.push(depth === 0 ? `${heading[0]!.toUpperCase()}${heading.slice(1)}:\n${p.prose}` : p.prose);
    else if (p.parts?.length && depth === 0) out.push(`${heading[0]!.toUpperCase()}${heading.slice(1)}:`);
    out.push(...proseOf(p.parts, depth + 1));
  }
  return out;
}

function allControls(g: { groups?: Group[]; controls?: Control[] }): Control[] {
  const own = (g.controls ?? []).flatMap((c) => [c, ...allControls({ controls: c.controls })]);
  return [...own, ...(g.groups ?? []).flatMap(allControls)];
}

/** The OSCAL document models other than a catalog, by their root key, and what to send instead. */
const OTHER_MODELS: Record<string, string> = {
  profile:
    'an OSCAL profile (a selection of controls, without their text); resolve it into a catalog (e.g. `oscal-cli profile resolve` or trestle) and send the resolved catalog',
  'system-security-plan': 'an OSCAL system security plan; send an OSCAL catalog',
  'component-definition': 'an OSCAL component definition; send an OSCAL catalog',
  'assessment-plan': 'an OSCAL assessment plan; send an OSCAL catalog',
  'assessment-results': 'an OSCAL assessment results document; send an OSCAL catalog',
  'plan-of-action-and-milestones': 'an OSCAL POA&M; send an OSCAL catalog',
  'mapping-collection': 'an OSCAL mapping collection; send an OSCAL catalog',
};

const oscalVersionOf = (json: unknown): string => {
  if (!json || typeof json !== 'object') return 'version unknown';
  const root = Object.values(json as Record<string, unknown>)[0] as
    | { metadata?: { 'oscal-version'?: unknown } }
    | undefined;
  const v = root?.metadata?.['oscal-version'];
  return typeof v === 'string' ? v : 'version not stated';
};

/** Refuses a valid OSCAL document of another model by name, instead of calling it malformed. */
function refuseOtherOscalModels(json: unknown): void {
  if (!json || typeof json !== 'object' || Array.isArray(json) || 'catalog' in json) return;
  const key = Object.keys(json).find((k) => Object.hasOwn(OTHER_MODELS, k));
  if (key)
    refuse(`This is ${OTHER_MODELS[key]!.split(';')[0]} (OSCAL ${oscalVersionOf(json)}), not a catalog`, [
      { path: `/${key}`, message: `send a catalog instead: ${OTHER_MODELS[key]!.split('; ')[1]}` },
    ]);
}

/** Imports (or previews) licensed control text from an OSCAL catalog, replacing earlier text of the same controls. */
export async function importOscalCatalog(
  ctx: OrgContext,
  raw: string,
  opts: { dryRun: boolean },
): Promise<CatalogImportResult> {
  assertCan(ctx.role, 'control_text:manage');
  const json = parseJsonFile(raw, 'The OSCAL catalog');
  refuseOtherOscalModels(json);
  const parsed = OscalCatalogFileSchema.safeParse(json);
  if (!parsed.success) {
    const errors: FieldError[] = pointerErrors(parsed.error.issues);
    refuse(
      `Not an OSCAL catalog this import can read (OSCAL ${oscalVersionOf(json)}; send an OSCAL 1.x catalog JSON with catalog.uuid, catalog.metadata.title and controls)`,
      errors,
    );
  }
  const cat = parsed.data.catalog;
  const controls = allControls(cat);
  const byRef = new Map<string, { sourceId: string; text: string }>();
  const unmatched: string[] = [];
  for (const c of controls) {
    const ref = annexARefOf(c);
    const text = proseOf(c.parts).join('\n\n').trim();
    if (ref && text) byRef.set(ref, { sourceId: c.id, text });
    else unmatched.push(c.id);
  }
  const result: CatalogImportResult = {
    dryRun: opts.dryRun,
    source: cat.metadata.title,
    sha256: sha256Hex(raw),
    controlsInFile: controls.length,
    matched: [...byRef].map(([controlRef, v]) => ({
      controlRef,
      sourceId: v.sourceId,
      characters: v.text.length,
    })),
    unmatched,
  };
  if (opts.dryRun || byRef.size === 0) return result;
  await ctx.db.transaction(async (tx) => {
    const at = new Date();
    for (const [controlRef, v] of byRef) {
      const row = {
        id: newId('controlText'),
        organizationId: ctx.orgId,
        controlRef,
        text: v.text,
        source: cat.metadata.title,
        importedAt: at,
        importedBy: ctx.actor.userId ?? null,
      };
      await tx
        .insert(tables.controlTexts)
        .values(row)
        .onConflictDoUpdate({
          target: [tables.controlTexts.organizationId, tables.controlTexts.controlRef],
          set: { text: row.text, source: row.source, importedAt: at, importedBy: row.importedBy },
        });
    }
    // The ledger keeps the file's hash and what matched, not the licensed text itself.
    await record(ctx, tx, {
      action: 'control_text.imported',
      entityType: 'import',
      entityId: result.sha256.slice(0, 32),
      data: {
        source: result.source,
        sha256: result.sha256,
        controls: result.matched.map((m) => m.controlRef),
      },
    });
  });
  return result;
}

/** The imported full text of one Annex A control; `text` is null when none was imported. */
export async function getControlText(
  ctx: OrgContext,
  controlRef: string,
): Promise<{ controlRef: string; text: string | null; source: string | null; importedAt: string | null }> {
  assertCan(ctx.role, 'soa:read');
  if (!isAnnexAControl(controlRef))
    throw new AppError('NOT_FOUND', `${controlRef} is not an Annex A control (A.2.2–A.10.4).`);
  const [row] = await ctx.db
    .select()
    .from(tables.controlTexts)
    .where(inOrg(tables.controlTexts, ctx.orgId, eq(tables.controlTexts.controlRef, controlRef)));
  if (!row) return { controlRef, text: null, source: null, importedAt: null };
  return { controlRef, text: row.text, source: row.source, importedAt: row.importedAt.toISOString() };
}
