// The deployment gate asks the impact-assessment module (§8.4, A.5.2): no approved assessment, no deployment.
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem, updateAiSystem } from '../ai-systems/ai-system.service.ts';
import {
  approveImpactAssessment,
  createImpactAssessment,
  submitImpactAssessment,
  updateImpactAssessment,
} from '../impacts/impact.service.ts';
import { buildContext } from '../testing/factories.ts';
import { complete } from '../testing/impact-content.ts';
import { updateDeploymentGateRules } from './deployment-gate.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('deployment gate and impact assessments', () => {
  it('refuses deployment until an impact assessment is approved, then lets the system through', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    await updateDeploymentGateRules(ctx, { requireClassification: false });
    const sys = await createAiSystem(ctx, { name: 'Spam filter', purpose: 'Filter spam' });
    await expect(updateAiSystem(ctx, sys.id, { lifecycleStage: 'deployment' })).rejects.toThrow(
      /impact assessment/i,
    );

    const ia = await createImpactAssessment(ctx, { aiSystemId: sys.id, title: 'Spam filter AIIA' });
    await updateImpactAssessment(ctx, ia.id, { content: complete }, 1);
    await submitImpactAssessment(ctx, ia.id);
    await expect(updateAiSystem(ctx, sys.id, { lifecycleStage: 'deployment' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    await approveImpactAssessment(ctx, ia.id);
    expect((await updateAiSystem(ctx, sys.id, { lifecycleStage: 'deployment' })).lifecycleStage).toBe(
      'deployment',
    );
  });

  it('still asks for the EU AI Act classification when that rule is on', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    await updateDeploymentGateRules(ctx, { requireApprovedImpactAssessment: false });
    const sys = await createAiSystem(ctx, { name: 'Chatbot', purpose: 'Answer customers' });
    await expect(updateAiSystem(ctx, sys.id, { lifecycleStage: 'deployment' })).rejects.toThrow(/classif/i);
  });
});
