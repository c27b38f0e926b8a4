import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyAiSystem,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from '../ai-systems/ai-system.service.ts';
import { listLedger } from '../ledger/ledger.service.ts';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { archiveDataset, createDataset, getDataset, listDatasets } from './dataset.service.ts';
import { getDeploymentGateRules, updateDeploymentGateRules } from './deployment-gate.service.ts';
import { createModel, getModel, listModels, updateModel } from './model.service.ts';
import { createSupplier, listSuppliers, updateSupplier } from './supplier.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('models, datasets and suppliers', () => {
  it('links a model to its supplier and datasets, and records each creation in the ledger', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const sup = await createSupplier(ctx, {
      name: 'Hugging Face',
      provides: ['model', 'dataset'],
      responsibilities: 'Hosts weights; we own evaluation.',
    });
    const train = await createDataset(ctx, {
      name: 'Tickets 2025',
      containsPersonalData: true,
      knownBias: 'English only',
      supplierId: sup.id,
    });
    const test = await createDataset(ctx, { name: 'Tickets holdout' });
    const m = await createModel(ctx, {
      name: 'ticket-classifier',
      modelVersion: '1.0.0',
      supplierId: sup.id,
      licence: 'Apache-2.0',
      metrics: [{ name: 'f1', value: '0.91' }],
      datasets: [
        { datasetId: test.id, purpose: 'testing' },
        { datasetId: train.id, purpose: 'training' },
      ],
    });
    expect(m.id).toMatch(/^mdl_/);
    expect(m.datasets).toHaveLength(2);
    expect(m.datasets).toContainEqual({ datasetId: train.id, purpose: 'training' });
    expect(train).toMatchObject({
      containsPersonalData: true,
      knownBias: 'English only',
      source: 'manual',
      version: 1,
    });
    const ledger = await listLedger(ctx, { limit: 10 });
    expect(ledger.items.map((e) => e.action).slice(0, 4)).toEqual([
      'model.created',
      'dataset.created',
      'dataset.created',
      'supplier.created',
    ]);
    expect((await listModels(ctx, { limit: 50, supplierId: sup.id })).items.map((x) => x.id)).toEqual([m.id]);
    expect((await listDatasets(ctx, { limit: 50, supplierId: sup.id })).items.map((x) => x.id)).toEqual([
      train.id,
    ]);
  });

  it('refuses links to records of another organization and writes nothing', async () => {
    const other = await buildContext(database.db);
    const foreign = await createDataset(other, { name: 'Foreign data' });
    const ctx = await buildContext(database.db);
    await expect(
      createModel(ctx, { name: 'm', datasets: [{ datasetId: foreign.id, purpose: 'training' }] }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'datasets.0' }],
    });
    expect((await listModels(ctx, { limit: 50 })).items).toHaveLength(0);
    await expect(getDataset(ctx, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('guards versions, skips no-op changes and refuses writes by viewers', async () => {
    const ctx = await buildContext(database.db);
    const m = await createModel(ctx, { name: 'scorer' });
    const same = await updateModel(ctx, m.id, { name: 'scorer' }, 1);
    expect(same.version).toBe(1);
    const v2 = await updateModel(ctx, m.id, { licence: 'MIT' }, 1);
    expect(v2).toMatchObject({ version: 2, licence: 'MIT' });
    await expect(updateModel(ctx, m.id, { licence: 'GPL-3.0-only' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect((await getModel(ctx, m.id)).licence).toBe('MIT');
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: ctx.orgId });
    await expect(createSupplier(viewer, { name: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(archiveDataset(viewer, m.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records supplier assessments and certificates (A.10.3)', async () => {
    const ctx = await buildContext(database.db);
    const s = await createSupplier(ctx, { name: 'Acme AI' });
    const u = await updateSupplier(ctx, s.id, {
      assessments: [{ date: '2026-05-01', outcome: 'approved_with_conditions', summary: 'Needs a DPA' }],
      certificates: [{ name: 'ISO/IEC 42001', issuer: 'Cert Co', validUntil: '2028-01-01' }],
    });
    expect(u.assessments[0]).toMatchObject({ outcome: 'approved_with_conditions' });
    expect((await listSuppliers(ctx, { limit: 5, q: 'acme' })).items.map((x) => x.id)).toEqual([s.id]);
  });
});

describe('AI systems in the inventory', () => {
  it('keeps roles, intended use and links, and filters by class, owner and supplier', async () => {
    const ctx = await buildContext(database.db);
    const sup = await createSupplier(ctx, { name: 'Model vendor' });
    const m = await createModel(ctx, { name: 'vendor-llm', supplierId: sup.id });
    const direct = await createSupplier(ctx, { name: 'Hosting' });
    const a = await createAiSystem(ctx, {
      name: 'Support bot',
      purpose: 'Answer customers',
      isoRoles: ['ai_customer'],
      operatorRole: 'deployer',
      intendedUse: 'Answer billing questions',
      foreseeableMisuse: 'Legal advice',
      humanOversight: 'Agents review escalations',
      modelIds: [m.id],
    });
    const b = await createAiSystem(ctx, {
      name: 'Other',
      purpose: 'x',
      supplierIds: [direct.id],
      ownerId: ctx.actor.id,
    });
    expect(a).toMatchObject({
      riskClass: 'unassessed',
      classification: null,
      modelIds: [m.id],
      isoRoles: ['ai_customer'],
      operatorRole: 'deployer',
    });
    expect((await listAiSystems(ctx, { limit: 50, supplierId: sup.id })).items.map((s) => s.id)).toEqual([
      a.id,
    ]);
    expect((await listAiSystems(ctx, { limit: 50, supplierId: direct.id })).items.map((s) => s.id)).toEqual([
      b.id,
    ]);
    expect((await listAiSystems(ctx, { limit: 50, ownerId: ctx.actor.id! })).items.map((s) => s.id)).toEqual([
      b.id,
    ]);
    await classifyAiSystem(ctx, a.id, { answers: { transparencyCases: ['interacts_with_people'] } });
    expect((await listAiSystems(ctx, { limit: 50, riskClass: 'limited' })).items.map((s) => s.id)).toEqual([
      a.id,
    ]);
    const unlinked = await updateAiSystem(ctx, a.id, { modelIds: [] });
    expect(unlinked.modelIds).toEqual([]);
  });

  it('classifies on the server, stores the answers and ignores a class the client sends', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const s = await createAiSystem(ctx, {
      name: 'CV screener',
      purpose: 'Rank applicants',
      operatorRole: 'deployer',
    });
    const forged = {
      answers: { annexIIIAreas: ['employment'], profilesNaturalPersons: true },
      riskClass: 'minimal',
    } as never;
    const c = await classifyAiSystem(ctx, s.id, forged, 1);
    expect(c.riskClass).toBe('high');
    expect(c.version).toBe(2);
    expect(c.classification?.answers.annexIIIAreas).toEqual(['employment']);
    expect(c.classification?.result.obligations.map((o) => o.ref)).toContain('Art. 26');
    expect(c.classification?.classifiedBy).toBe(ctx.actor.id);
    await expectLatestLedgerEntry(ctx, {
      action: 'ai_system.classified',
      data: { from: 'unassessed', to: 'high' },
    });
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: ctx.orgId });
    await expect(classifyAiSystem(viewer, s.id, { answers: {} })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses deployment listing what is missing, and follows the organization’s gate rules', async () => {
    const ctx = await buildContext(database.db);
    const s = await createAiSystem(ctx, { name: 'Chatbot', purpose: 'Answer customers' });
    const err = await updateAiSystem(ctx, s.id, { lifecycleStage: 'deployment' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(err.errors.map((e: { path: string }) => e.path)).toEqual([
      'eu_ai_act_classification',
      'approved_impact_assessment',
    ]);
    expect((await getAiSystem(ctx, s.id)).lifecycleStage).toBe('inception');
    await expect(
      createAiSystem(ctx, { name: 'Sneaky', purpose: 'x', lifecycleStage: 'deployment' }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    // Operation is a stage of use too: neither a new record nor a stage change may skip the gate into it.
    const live = await createAiSystem(ctx, {
      name: 'Live already',
      purpose: 'x',
      lifecycleStage: 'operation_monitoring',
    }).catch((e) => e);
    expect(live).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(live.errors.map((e: { path: string }) => e.path)).toEqual([
      'eu_ai_act_classification',
      'approved_impact_assessment',
    ]);
    await expect(updateAiSystem(ctx, s.id, { lifecycleStage: 'operation_monitoring' })).rejects.toMatchObject(
      {
        code: 'RULE_VIOLATION',
      },
    );

    await classifyAiSystem(ctx, s.id, { answers: { transparencyCases: ['interacts_with_people'] } });
    const still = await updateAiSystem(ctx, s.id, { lifecycleStage: 'deployment' }).catch((e) => e);
    expect(still.errors.map((e: { path: string }) => e.path)).toEqual(['approved_impact_assessment']);

    const contributor = await buildContext(database.db, { role: 'contributor', orgId: ctx.orgId });
    await expect(
      updateDeploymentGateRules(contributor, { requireApprovedImpactAssessment: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rules = await updateDeploymentGateRules(ctx, { requireApprovedImpactAssessment: false });
    expect(rules).toEqual({
      requireClassification: true,
      requireApprovedImpactAssessment: false,
      blockProhibited: true,
    });
    expect(await getDeploymentGateRules(contributor)).toEqual(rules);
    expect((await updateAiSystem(ctx, s.id, { lifecycleStage: 'deployment' })).lifecycleStage).toBe(
      'deployment',
    );
    const other = await buildContext(database.db);
    expect((await getDeploymentGateRules(other)).requireApprovedImpactAssessment).toBe(true);
  });
});
