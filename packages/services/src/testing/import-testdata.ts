// Inventory imports of the shared test data (CycloneDX BOMs, SPDX documents, model cards), as a user uploads them.
import type { OrgContext } from '../context.ts';
import { importInventory } from '../exchange/import.service.ts';
import { readTestdata } from './testdata.ts';

/** Imports one file of the shared test data (a path below it) into the context's organization. */
export function importTestdata(ctx: OrgContext, kind: Parameters<typeof importInventory>[1], file: string) {
  return importInventory(ctx, kind, readTestdata(file));
}
