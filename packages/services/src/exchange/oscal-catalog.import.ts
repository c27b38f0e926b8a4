// Import of an OSCAL catalog (DESIGN §6): an organization attaches its licensed full text of ISO/IEC 42001
// Annex A to the controls, matched by control id (`a.6.2.4`, `A.6.2.4`, `a-6-2-4`) or by the `label` prop.
import {
  AppError,
  assertCan,
  type FieldError,
  fieldErrorsFromIssues,
  isAnnexAControl,
  newId,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { sha256Hex } from '../common/hash.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

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

/** Imports (or previews) licensed control text from an OSCAL catalog, replacing earlier text of the same controls. */
export async function importOscalCatalog(
  ctx: OrgContext,
  raw: string,
  opts: { dryRun: boolean },
): Promise<CatalogImportResult> {
  assertCan(ctx.role, 'control_text:manage');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file is not JSON.', {
      errors: [{ path: '(root)', message: 'not JSON' }],
    });
  }
  const parsed = OscalCatalogFileSchema.safeParse(json);
  if (!parsed.success) {
    const errors: FieldError[] = fieldErrorsFromIssues(parsed.error.issues).slice(0, 20);
    throw new AppError('VALIDATION_FAILED', 'The file is not an OSCAL catalog.', { errors });
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
    .where(
      and(eq(tables.controlTexts.organizationId, ctx.orgId), eq(tables.controlTexts.controlRef, controlRef)),
    );
  if (!row) return { controlRef, text: null, source: null, importedAt: null };
  return { controlRef, text: row.text, source: row.source, importedAt: row.importedAt.toISOString() };
}
