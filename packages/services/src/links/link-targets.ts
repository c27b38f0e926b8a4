// Link lists in a body (riskIds, evidenceIds, documentIds) name records of the caller's organization only: an id
// of another organization, or one that names nothing, is refused before any link is written (tenant isolation).
import type { Db } from '@openaims/db';
import { tables } from '@openaims/db';
import { assertRecordsExist } from '../inventory/record-refs.ts';

const TARGET_TABLES = {
  riskIds: tables.risks,
  evidenceIds: tables.evidence,
  documentIds: tables.documents,
} as const;

/** Throws RULE_VIOLATION naming each listed risk, evidence record or document that is not in the organization. */
export async function assertLinkTargets(
  db: Db,
  orgId: string,
  lists: Partial<Record<keyof typeof TARGET_TABLES, string[] | undefined>>,
): Promise<void> {
  for (const [field, table] of Object.entries(TARGET_TABLES) as [
    keyof typeof TARGET_TABLES,
    typeof tables.risks,
  ][]) {
    const ids = lists[field];
    if (ids?.length) await assertRecordsExist(db, orgId, table, ids, field);
  }
}
