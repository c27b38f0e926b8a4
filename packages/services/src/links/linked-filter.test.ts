// Issue 17: a list filtered by what its records are linked to (risks by control, evidence by target, lessons by
// risk) answers in one statement however many records are linked: more than the 65,535 parameters a statement may
// carry, in either direction of the link.
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEvidence } from '../evidence/evidence.service.ts';
import { listExternalLessons } from '../lessons/external-lesson.service.ts';
import { createRisk, listRisks } from '../risks/risk.service.ts';
import { buildContext } from '../testing/factories.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** `count` links from records that do not exist, half in each direction, between `fromType` and `end`. */
async function phantomLinks(
  orgId: string,
  fromType: string,
  end: { type: string; id: string },
  count: number,
) {
  await database.db.execute(sql`
    insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
    select 'lnk_many_' || ${fromType} || g, ${orgId},
      case when g % 2 = 0 then ${fromType} else ${end.type} end,
      case when g % 2 = 0 then ${fromType} || '_phantom_' || g else ${end.id} end,
      case when g % 2 = 0 then ${end.type} else ${fromType} end,
      case when g % 2 = 0 then ${end.id} else ${fromType} || '_phantom_' || g end,
      'related', now()
    from generate_series(1, ${count}) g`);
}

describe('lists filtered by a link (issue 17)', () => {
  it('answer in one statement past 65,535 linked records, with the real ones only', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const rated = { likelihood: 2, consequence: 2 } as const;
    const risk = await createRisk(ctx, { title: 'Drift', ...rated, controlRefs: ['A.5.2'] });
    await createRisk(ctx, { title: 'Elsewhere', ...rated, controlRefs: ['A.5.3'] });
    await phantomLinks(ctx.orgId, 'risk', { type: 'control', id: 'A.5.2' }, 70_000);
    await phantomLinks(ctx.orgId, 'evidence', { type: 'control', id: 'A.5.2' }, 70_000);
    await phantomLinks(ctx.orgId, 'external_lesson', { type: 'risk', id: risk.id }, 70_000);

    const risks = await listRisks(ctx, { controlRef: 'A.5.2', limit: 50 });
    expect(risks.items.map((r) => r.id)).toEqual([risk.id]);
    expect((await listEvidence(ctx, { targetType: 'control', targetId: 'A.5.2', limit: 50 })).items).toEqual(
      [],
    );
    expect((await listExternalLessons(ctx, { riskId: risk.id, limit: 50 })).items).toEqual([]);
  });
});
