// Seeds one organization with N AI systems through the services, so every ledger entry is real and valid.

import { GATED_STAGES, LIFECYCLE_STAGES } from '@openaims/core';
import type { Database } from '@openaims/db';
import { createAiSystem, insertToken, type OrgContext, SYSTEM_ACTOR, setup } from '@openaims/services';

/** What the load needs from the seeded data. */
export interface Seeded {
  orgId: string;
  token: string;
  systems: number;
  seedSeconds: number;
}

/** Creates the organization, `systems` AI systems (each with its ledger entry) and a viewer API token. */
export async function seedOrganization(
  database: Database,
  systems: number,
  progress: (done: number) => void = () => {},
): Promise<Seeded> {
  const started = performance.now();
  const { db } = database;
  const { organizationId: orgId } = await setup(db, {
    organizationName: 'Bench Org',
    name: 'Bench Owner',
    email: 'bench@example.com',
    password: 'bench-password-not-secret',
  });
  const ctx: OrgContext = { db, actor: SYSTEM_ACTOR, orgId, role: 'owner' };
  // A system enters a gated stage (deployment) only after classification and an approved impact assessment,
  // so the seed spreads systems over the other stages.
  const stages = LIFECYCLE_STAGES.filter((s) => !GATED_STAGES.includes(s));
  for (let i = 1; i <= systems; i++) {
    await createAiSystem(ctx, {
      name: `AI system ${String(i).padStart(6, '0')}`,
      purpose: `Benchmark system ${i}: classifies support tickets by urgency and routes them to a team.`,
      description: 'Seeded by bench/src/seed.ts.',
      lifecycleStage: stages[i % stages.length],
    });
    if (i % Math.max(1, Math.floor(systems / 10)) === 0) progress(i);
  }
  const { token } = await db.transaction((tx) =>
    insertToken(tx, orgId, { name: 'bench', role: 'viewer' }, SYSTEM_ACTOR),
  );
  return { orgId, token, systems, seedSeconds: (performance.now() - started) / 1000 };
}
