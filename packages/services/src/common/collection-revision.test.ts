import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import type { OrgContext } from '../context.ts';
import { updateImpactAssessment } from '../impacts/impact-draft.service.ts';
import { createImpactAssessment } from '../impacts/impact-lifecycle.service.ts';
import { createRisk, listRisks, risksRevision, updateRisk } from '../risks/risk.service.ts';
import { getRiskCriteria, updateRiskCriteria } from '../risks/risk-criteria.service.ts';
import { buildContext } from '../testing/factories.ts';
import { collectionRevision, UNTOUCHED_REVISION, UNTRACKED_TABLES } from './collection-revision.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** What a cached page stands for: the register's answer, and the revision it would be kept under. */
async function observe(ctx: OrgContext) {
  return {
    revision: await risksRevision(ctx),
    answer: JSON.stringify(await listRisks(ctx, { limit: 500 })),
  };
}

describe('collection revisions (issue 17)', () => {
  it('names the risk register’s content: a changed answer always comes with a new revision', async () => {
    const ctx = await buildContext(database.db);
    const other = await buildContext(database.db);
    const seen: Awaited<ReturnType<typeof observe>>[] = [await observe(ctx)];
    expect(seen[0]!.revision).toBe(UNTOUCHED_REVISION);
    const step = async (write: () => Promise<unknown>) => {
      await write();
      seen.push(await observe(ctx));
    };

    const system = await createAiSystem(ctx, { name: 'Triage assistant', purpose: 'Sort incoming tickets' });
    await step(async () => {});
    const risk = await createRisk(ctx, { title: 'Drift', likelihood: 2, consequence: 3 });
    seen.push(await observe(ctx));
    await step(() => updateRisk(ctx, risk.id, { title: 'Data drift' }));
    await step(() => updateRisk(ctx, risk.id, { controlRefs: ['A.6.2.6'] }));
    // Links written from the other side (an impact assessment naming the risk) change the answer too.
    const impact = await createImpactAssessment(ctx, { aiSystemId: system.id, title: 'Triage DPIA' });
    await step(async () => {});
    await step(() => updateImpactAssessment(ctx, impact.id, { riskIds: [risk.id] }));
    // New criteria with a lower appetite: existing risks keep theirs, but may be flagged for re-assessment.
    const criteria = await getRiskCriteria(ctx);
    const { likelihoodLabels, consequenceLabels, bands } = criteria;
    await step(() => updateRiskCriteria(ctx, { likelihoodLabels, consequenceLabels, bands, appetite: 1 }));
    // Writes by another organization, or to links that name no risk, leave this register's revision alone.
    await step(() => createRisk(other, { title: 'Elsewhere', likelihood: 1, consequence: 1 }));
    await step(() =>
      database.db.execute(sql`insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, created_at)
        values ('lnk_unrelated', ${ctx.orgId}, 'evidence', 'ev_x', 'control', 'A.5.2', now())`),
    );
    // Writes that bypass every service (bulk SQL, an import) are seen as well.
    await step(() =>
      database.db.execute(sql`update risks set title = 'Concept drift' where id = ${risk.id}`),
    );
    await step(() =>
      database.db.execute(
        sql`delete from entity_links where organization_id = ${ctx.orgId} and to_id = ${risk.id}`,
      ),
    );
    await step(() =>
      database.db.execute(sql`update risk_criteria set appetite = 1 where organization_id = ${ctx.orgId}`),
    );
    await step(() => database.db.execute(sql`delete from risks where id = ${risk.id}`));

    // The sequence does change the answer, step after step (else the checks below would hold trivially).
    const changes = seen.filter((s, i) => i > 0 && s.answer !== seen[i - 1]!.answer).length;
    expect(changes).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < seen.length; i++) {
      const [before, after] = [seen[i - 1]!, seen[i]!];
      if (before.answer !== after.answer) expect(after.revision, `step ${i}`).not.toBe(before.revision);
    }
    // Every revision names one answer only, over the whole sequence.
    const answers = new Map<string, string>();
    for (const s of seen) {
      expect(answers.get(s.revision) ?? s.answer).toBe(s.answer);
      answers.set(s.revision, s.answer);
    }
    // The steps that could not change the answer kept the revision (a cache survives them).
    const kept = seen.filter((s, i) => i > 0 && s.revision === seen[i - 1]!.revision).length;
    expect(kept).toBeGreaterThanOrEqual(4);
    const rows = await database.db.select().from(tables.collectionRevisions);
    expect(new Set(rows.map((r) => r.collection))).toEqual(new Set(['risks', 'records']));
  });

  it('keeps one revision a transaction, written at its commit, and none for a rolled-back one', async () => {
    const ctx = await buildContext(database.db);
    const before = await collectionRevision(database.db, ctx.orgId, 'records');
    await expect(
      database.db.transaction(async (tx) => {
        await createRisk({ ...ctx, db: tx }, { title: 'Rolled back', likelihood: 1, consequence: 1 });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await collectionRevision(database.db, ctx.orgId, 'records')).toBe(before);
    await database.db.transaction(async (tx) => {
      await createRisk({ ...ctx, db: tx }, { title: 'First', likelihood: 1, consequence: 1 });
      // Not yet: the revision is written at commit, after every other lock the transaction takes.
      expect(await collectionRevision(tx, ctx.orgId, 'risks')).toBe(UNTOUCHED_REVISION);
      await createRisk({ ...ctx, db: tx }, { title: 'Second', likelihood: 1, consequence: 1 });
    });
    const after = await collectionRevision(database.db, ctx.orgId, 'records');
    expect(after).not.toBe(before);
    expect(await collectionRevision(database.db, ctx.orgId, 'risks')).not.toBe(UNTOUCHED_REVISION);
  });

  it('reads each organization’s own revision: the prepared read is scoped to the organization it is given', async () => {
    const [a, b, untouched] = [
      await buildContext(database.db),
      await buildContext(database.db),
      await buildContext(database.db),
    ];
    await createRisk(a, { title: 'Drift', likelihood: 2, consequence: 3 });
    await createRisk(b, { title: 'Bias', likelihood: 3, consequence: 2 });
    const stored = async (orgId: string) =>
      (await database.db.select().from(tables.collectionRevisions)).find(
        (r) => r.organizationId === orgId && r.collection === 'risks',
      )?.revision;
    // Each organization gets its own row back, through the one statement prepared for the handle …
    for (const ctx of [a, b, a]) {
      const revision = await collectionRevision(database.db, ctx.orgId, 'risks');
      expect(revision).toBe(await stored(ctx.orgId));
    }
    expect(await collectionRevision(database.db, a.orgId, 'risks')).not.toBe(
      await collectionRevision(database.db, b.orgId, 'risks'),
    );
    // … and an organization without one gets none of the others'.
    expect(await collectionRevision(database.db, untouched.orgId, 'risks')).toBe(UNTOUCHED_REVISION);
  });

  it('tracks every tenant table but the untracked ones: a new table must add its trigger or say why not', async () => {
    const result = (await database.db.execute(sql`
      select c.table_name as name,
             exists (select 1 from pg_trigger g where g.tgrelid = (quote_ident(c.table_name))::regclass
                       and g.tgname = c.table_name || '_records_revision') as tracked
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and c.column_name = 'organization_id' and t.table_type = 'BASE TABLE'
      order by 1`)) as unknown as { rows: unknown[] };
    const list = result.rows as { name: string; tracked: boolean | string }[];
    const untracked = list.filter((r) => r.tracked !== true && r.tracked !== 't').map((r) => r.name);
    expect(untracked).toEqual([...UNTRACKED_TABLES]);
    expect(list.length - untracked.length).toBeGreaterThan(30);
  });
});
