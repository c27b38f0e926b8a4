// The one link table: inventory links (with relations) and plain links (risk ↔ control) live side by side
// without one kind of write disturbing the other, and every link reads from both ends (DESIGN §2.2).
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem, getAiSystem, updateAiSystem } from '../ai-systems/ai-system.service.ts';
import { createDataset } from '../inventory/dataset.service.ts';
import { createModel, getModel, updateModel } from '../inventory/model.service.ts';
import { createRisk, updateRisk } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';
import { linkRepository } from './link.repository.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const rowsOf = (orgId: string, fromId: string) =>
  database.db
    .select()
    .from(tables.entityLinks)
    .where(and(eq(tables.entityLinks.organizationId, orgId), eq(tables.entityLinks.fromId, fromId)));

describe('entity_links', () => {
  it('holds a model trained and tested on the same dataset as two links, and keeps the unchanged one on update', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const ds = await createDataset(ctx, { name: 'Tickets' });
    const m = await createModel(ctx, {
      name: 'router',
      datasets: [
        { datasetId: ds.id, purpose: 'training' },
        { datasetId: ds.id, purpose: 'testing' },
      ],
    });
    expect(m.datasets).toEqual([
      { datasetId: ds.id, purpose: 'testing' },
      { datasetId: ds.id, purpose: 'training' },
    ]);
    const before = await rowsOf(ctx.orgId, m.id);
    expect(before.map((r) => [r.fromType, r.relation, r.toType]).sort()).toEqual([
      ['model', 'tested_on', 'dataset'],
      ['model', 'trained_on', 'dataset'],
    ]);
    await updateModel(ctx, m.id, { datasets: [{ datasetId: ds.id, purpose: 'training' }] }, m.version);
    const after = await rowsOf(ctx.orgId, m.id);
    expect(after.map((r) => r.relation)).toEqual(['trained_on']);
    expect(after[0]!.id).toBe(before.find((r) => r.relation === 'trained_on')!.id);
    expect((await getModel(ctx, m.id)).datasets).toEqual([{ datasetId: ds.id, purpose: 'training' }]);
    // Read from the dataset's side, the model is there.
    expect(
      await linkRepository(database.db).allLinks(ctx.orgId, { type: 'dataset', id: ds.id }),
    ).toMatchObject([{ entityType: 'model', entityId: m.id }]);
  });

  it('lets plain links and inventory links of the same records coexist', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const model = await createModel(ctx, { name: 'scorer' });
    const sys = await createAiSystem(ctx, { name: 'Scoring', purpose: 'Rank leads', modelIds: [model.id] });
    const risk = await createRisk(ctx, {
      title: 'Biased ranking',
      likelihood: 2,
      consequence: 3,
      aiSystemId: sys.id,
      controlRefs: ['A.7.4'],
    });
    // A plain link between the same two records as an inventory link, written by the generic replace.
    const links = linkRepository(database.db);
    await links.replace(ctx.orgId, { type: 'ai_system', id: sys.id }, 'model', [model.id], null);
    expect((await rowsOf(ctx.orgId, sys.id)).map((r) => r.relation).sort()).toEqual([
      'related',
      'uses_model',
    ]);
    // Clearing the plain links leaves the inventory link; changing the inventory link leaves the plain one.
    await links.replace(ctx.orgId, { type: 'ai_system', id: sys.id }, 'model', [], null);
    expect((await getAiSystem(ctx, sys.id)).modelIds).toEqual([model.id]);
    await links.replace(ctx.orgId, { type: 'ai_system', id: sys.id }, 'model', [model.id], null);
    const current = await getAiSystem(ctx, sys.id);
    await updateAiSystem(ctx, sys.id, { modelIds: [] }, current.version);
    expect((await getAiSystem(ctx, sys.id)).modelIds).toEqual([]);
    expect((await rowsOf(ctx.orgId, sys.id)).map((r) => r.relation)).toEqual(['related']);
    // The risk's controls are untouched by all of this.
    const r = await updateRisk(ctx, risk.id, { description: 'still linked' }, risk.version);
    expect(r.controlRefs).toEqual(['A.7.4']);
  });
});
