// Append-only tables (the ledger, approved document versions) are guarded by the database itself, not only by the
// services: tests write to them with plain SQL and expect every statement refused.
import type { Db } from '@openaims/db';
import type { SQL } from 'drizzle-orm';
import { expect } from 'vitest';

/** Expects the database to refuse each statement, in order. */
export async function expectRefusedByDatabase(db: Db, ...statements: SQL[]): Promise<void> {
  for (const statement of statements) await expect(db.execute(statement)).rejects.toThrow();
}
