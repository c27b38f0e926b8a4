import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import {
  archiveContextItem,
  createContextItem,
  getContextItem,
  getContextProfile,
  listContextItems,
  updateContextItem,
  updateContextProfile,
} from './context.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('context register (§4.1, §4.2)', () => {
  it('records an interested party with requirements, and its ledger entry', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const party = await createContextItem(ctx, {
      kind: 'interested_party',
      title: 'Job applicants',
      category: 'societal',
      requirements: [
        { text: 'Not be screened out unfairly', addressedByAims: true, note: '' },
        {
          text: 'Human review of every rejection',
          addressedByAims: false,
          note: 'Handled by HR policy, outside the AIMS',
        },
      ],
    });
    expect(party).toMatchObject({
      id: expect.stringMatching(/^cxi_/),
      kind: 'interested_party',
      effect: null,
      version: 1,
    });
    expect(party.requirements).toHaveLength(2);
    await expectLatestLedgerEntry(ctx, { action: 'context.created', entityId: party.id });
  });

  it('refuses requirements on issues, and an unaddressed requirement without a reason, changing nothing', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    await expect(
      createContextItem(ctx, {
        kind: 'external_issue',
        title: 'EU AI Act applies',
        requirements: [{ text: 'x', addressedByAims: true, note: '' }],
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'requirements' }] });
    const party = await createContextItem(ctx, { kind: 'interested_party', title: 'Regulator' });
    await expect(
      updateContextItem(ctx, party.id, {
        requirements: [{ text: 'Register high-risk systems', addressedByAims: false, note: ' ' }],
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await getContextItem(ctx, party.id)).version).toBe(1);
  });

  it('filters by kind, archives out of the active list, and hides other organizations', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const issue = await createContextItem(ctx, {
      kind: 'internal_issue',
      title: 'Few ML engineers',
      effect: 'threat',
      category: 'organizational',
    });
    await createContextItem(ctx, {
      kind: 'external_issue',
      title: 'Foundation model prices fall',
      effect: 'opportunity',
    });
    expect(
      (await listContextItems(ctx, { limit: 50, kind: 'internal_issue' })).items.map((i) => i.title),
    ).toEqual(['Few ML engineers']);
    await createContextItem(ctx, { kind: 'interested_party', title: 'Applicants' });
    expect((await listContextItems(ctx, { limit: 50, kind: 'issue' })).items).toHaveLength(2);
    await archiveContextItem(ctx, issue.id);
    expect((await listContextItems(ctx, { limit: 50 })).items.map((i) => i.title)).toEqual([
      'Applicants',
      'Foundation model prices fall',
    ]);
    expect((await listContextItems(ctx, { limit: 50, archived: 'true' })).items.map((i) => i.id)).toEqual([
      issue.id,
    ]);
    await expect(updateContextItem(ctx, issue.id, { title: 'x' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });

    const other = await buildContext(database.db, { role: 'owner' });
    await expect(getContextItem(other, issue.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(archiveContextItem(other, issue.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the AI roles profile versioned, refusing a stale version and viewers', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    expect(await getContextProfile(ctx)).toMatchObject({ isoRoles: [], version: 0, updatedAt: null });
    const p = await updateContextProfile(
      ctx,
      { isoRoles: ['ai_provider', 'ai_customer'], operatorRoles: ['deployer'] },
      0,
    );
    expect(p).toMatchObject({
      isoRoles: ['ai_customer', 'ai_provider'],
      operatorRoles: ['deployer'],
      version: 1,
    });
    await expect(updateContextProfile(ctx, { rolesNote: 'late' }, 0)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: ctx.orgId });
    await expect(updateContextProfile(viewer, { rolesNote: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await updateContextProfile(ctx, { rolesNote: 'Provider of the screener, customer of the LLM API' }, 1))
        .version,
    ).toBe(2);
  });
});
