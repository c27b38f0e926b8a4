// Inventory imports (DESIGN §6): parse and check the whole file first, then apply every draft in one
// transaction. A dry run applies the same way and rolls back, so the preview is exactly what applying does.
import {
  AppError,
  assertCan,
  CreateDatasetSchema,
  CreateModelSchema,
  CreateSupplierSchema,
  type FieldError,
  fieldErrorsFromIssues,
  type ImportResult,
  type InventoryImportKind,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import type { z } from 'zod';
import { isUniqueViolation } from '../common/db-errors.ts';
import type { OrgContext } from '../context.ts';
import { datasetRecords } from '../inventory/dataset.service.ts';
import { modelRecords } from '../inventory/model.service.ts';
import { supplierRecords } from '../inventory/supplier.service.ts';
import { parseCycloneDx } from './cyclonedx.import.ts';
import { type ImportPlan, refuse } from './import-plan.ts';
import { parseModelCard } from './model-card.import.ts';
import { parseSpdx } from './spdx.import.ts';

/** Parses a file of a kind into a plan (no database access). */
export function parseImport(
  kind: InventoryImportKind,
  text: string,
  opts: { name?: string } = {},
): ImportPlan {
  if (kind === 'cyclonedx') return parseCycloneDx(text);
  if (kind === 'spdx') return parseSpdx(text);
  return parseModelCard(text, opts.name);
}

/** Checks every draft against the create schemas, so a record the file describes badly refuses the whole file. */
function checkPlan(plan: ImportPlan): void {
  const errors: FieldError[] = [];
  const check = (schema: z.ZodType, drafts: { location: string; fields: object }[]) => {
    for (const d of drafts) {
      const r = schema.safeParse(d.fields);
      if (!r.success)
        errors.push(
          ...fieldErrorsFromIssues(r.error.issues).map((e) => ({
            path: `${d.location} (${e.path})`,
            message: e.message,
          })),
        );
    }
  };
  check(CreateSupplierSchema, plan.suppliers);
  check(CreateDatasetSchema, plan.datasets);
  check(CreateModelSchema, plan.models);
  if (errors.length) refuse('Some records in the file are not acceptable', errors);
}

class DryRunRollback extends Error {}

async function apply(
  ctx: OrgContext,
  tx: Db,
  kind: InventoryImportKind,
  plan: ImportPlan,
  dryRun: boolean,
): Promise<ImportResult> {
  const items: ImportResult['items'] = [];
  const ids = new Map<string, string>();
  const REASON = {
    created: `new: no record carries this reference from an earlier import`,
    updated: 'matched the record an earlier import made with this reference; the fields named change',
    unchanged: 'matched the record an earlier import made with this reference; nothing differs',
    skipped: 'the record made by an earlier import is archived; archived records are kept as they were',
  } as const;
  const note = (
    entity: 'model' | 'dataset' | 'supplier',
    ref: string,
    name: string,
    r: { id: string; outcome: ImportResult['items'][number]['outcome']; changes?: string[] },
  ) => {
    ids.set(ref, r.id);
    items.push({
      entity,
      name,
      externalRef: ref,
      outcome: r.outcome,
      // A dry run rolls back: a record it would create never exists, so the preview gives it no id.
      id: dryRun && r.outcome === 'created' ? null : r.id,
      reason: REASON[r.outcome],
      ...(r.changes ? { changes: r.changes } : {}),
    });
  };
  for (const s of plan.suppliers)
    note(
      'supplier',
      s.ref,
      s.fields.name,
      await supplierRecords.upsertImported(
        ctx,
        tx,
        kind,
        s.ref,
        CreateSupplierSchema.partial().parse(s.fields) as never,
      ),
    );
  for (const d of plan.datasets) {
    if (ids.has(d.ref)) continue;
    const supplierId = d.supplierRef ? ids.get(d.supplierRef) : undefined;
    note(
      'dataset',
      d.ref,
      d.fields.name,
      await datasetRecords.upsertImported(ctx, tx, kind, d.ref, {
        ...d.fields,
        ...(supplierId ? { supplierId } : {}),
      } as never),
    );
  }
  for (const m of plan.models) {
    const supplierId = m.supplierRef ? ids.get(m.supplierRef) : undefined;
    const datasets = m.datasets.flatMap((l) =>
      ids.has(l.ref) ? [{ datasetId: ids.get(l.ref)!, purpose: l.purpose }] : [],
    );
    note(
      'model',
      m.ref,
      m.fields.name,
      await modelRecords.upsertImported(ctx, tx, kind, m.ref, {
        ...m.fields,
        datasets,
        ...(supplierId ? { supplierId } : {}),
      } as never),
    );
  }
  const totals = (entity: string) => ({
    created: items.filter((i) => i.entity === entity && i.outcome === 'created').length,
    updated: items.filter((i) => i.entity === entity && i.outcome === 'updated').length,
    unchanged: items.filter((i) => i.entity === entity && i.outcome === 'unchanged').length,
    skipped: items.filter((i) => i.entity === entity && i.outcome === 'skipped').length,
  });
  return {
    kind,
    dryRun,
    format: plan.format ?? kind,
    items,
    totals: { models: totals('model'), datasets: totals('dataset'), suppliers: totals('supplier') },
    skipped: plan.skipped,
    notes: plan.notes,
  };
}

/**
 * Imports models, datasets and suppliers from a CycloneDX ML-BOM, an SPDX 3 AI/Dataset document or a Hugging
 * Face card. Re-importing updates the records it created (matched on their external reference).
 */
export async function importInventory(
  ctx: OrgContext,
  kind: InventoryImportKind,
  text: string,
  opts: { dryRun?: boolean; name?: string } = {},
): Promise<ImportResult> {
  assertCan(ctx.role, 'inventory:import');
  const plan = parseImport(kind, text, opts);
  checkPlan(plan);
  const dryRun = opts.dryRun ?? false;
  let preview: ImportResult | undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await apply(ctx, tx, kind, plan, dryRun);
      if (!dryRun) return result;
      preview = result;
      throw new DryRunRollback();
    });
  } catch (e) {
    if (e instanceof DryRunRollback && preview) return preview;
    if (isUniqueViolation(e)) {
      // Two imports of the same new records raced; the loser wrote nothing and may simply retry.
      throw new AppError(
        'CONFLICT',
        'Another import created the same records at the same moment; nothing was written. Try again.',
      );
    }
    throw e;
  }
}
