// The database refuses a link to another organization's record, whichever code path writes it (composite
// foreign keys, migration 0013): the repositories' own inserts and updates are tried here, bypassing the services'
// reference checks, on both engines.
import { newId } from '@openaims/core';
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';
import { buildNonconformity } from '../testing/nonconformity.ts';
import { tenantTable } from './tenant-table.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** PostgreSQL foreign_key_violation, as raised by PGlite or pg, possibly wrapped by Drizzle. */
function fkViolation(e: unknown): boolean {
  const code = (x: unknown) =>
    x && typeof x === 'object' && 'code' in x ? (x as { code: unknown }).code : undefined;
  return code(e) === '23503' || code((e as { cause?: unknown })?.cause) === '23503';
}

describe('composite (organization_id, id) foreign keys', () => {
  it('refuse a risk or a corrective action that names another organization’s record', async () => {
    const a = await buildContext(database.db, { role: 'owner' });
    const b = await buildContext(database.db, { role: 'owner' });
    const systemB = await createAiSystem(b, { name: 'Other org system', purpose: 'x' });
    const ncB = await buildNonconformity(b, { title: 'Other org NC' });
    const riskA = await createRisk(a, { title: 'Own risk', likelihood: 2, consequence: 2 });

    const risks = tenantTable(database.db, tables.risks);
    const row = await risks.find(a.orgId, riskA.id);
    const insert = risks.insert({ ...row!, id: newId('risk'), aiSystemId: systemB.id });
    await expect(insert).rejects.toSatisfy(fkViolation);
    await expect(risks.update(a.orgId, riskA.id, { aiSystemId: systemB.id })).rejects.toSatisfy(fkViolation);
    await expect(risks.update(a.orgId, riskA.id, { aiSystemId: 'ais_made_up' })).rejects.toSatisfy(
      fkViolation,
    );

    const at = new Date();
    const action = tenantTable(database.db, tables.correctiveActions).insert({
      id: newId('correctiveAction'),
      organizationId: a.orgId,
      nonconformityId: ncB.id,
      description: 'fix it',
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    await expect(action).rejects.toSatisfy(fkViolation);

    const unchanged = await risks.find(a.orgId, riskA.id);
    expect(unchanged?.aiSystemId ?? null).toBeNull();
  });
});
