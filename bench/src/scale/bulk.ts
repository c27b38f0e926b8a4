// Bulk seeding for measurements at scale (issue 17): one record of each kind goes through the services, the rest
// are cloned from it in SQL (generate_series), so seeding costs seconds instead of ~14 ms a record. Ledger
// entries are chained and hashed exactly as `appendLedger` does, so `aims ledger verify` holds on the result.
import {
  ANNEX_A_CONTROLS,
  canonicalJson,
  GENESIS_HASH,
  type LedgerEntry,
  LIFECYCLE_STAGES,
  ledgerHashInput,
  newId,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { createAiSystem, createRisk, type OrgContext, sha256Hex } from '@openaims/services';
import { eq, sql } from 'drizzle-orm';

/** Adds `count` AI systems to the organization (one created through the services, the rest cloned). */
export async function bulkAiSystems(ctx: OrgContext, count: number): Promise<string> {
  const first = await createAiSystem(ctx, { name: 'AI system 000000', purpose: 'Seeded for scale.' });
  // Every stage in turn, named as the product names them (live ones included: some then show deployment-gate gaps).
  const stages = `{${LIFECYCLE_STAGES.join(',')}}`;
  if (count > 1)
    await ctx.db.execute(sql`
      insert into ai_systems
      select (jsonb_populate_record(null::ai_systems, to_jsonb(s) || jsonb_build_object(
        'id', 'ais_bulk' || lpad(g::text, 8, '0'),
        'name', 'AI system ' || lpad(g::text, 6, '0'),
        'lifecycle_stage', (${stages}::text[])[1 + g % ${LIFECYCLE_STAGES.length}],
        'created_at', s.created_at + g * interval '1 second',
        'updated_at', s.updated_at + ((g * 7919) % ${count}) * interval '1 second'))).*
      from ai_systems s, generate_series(1, ${count - 1}) g
      where s.id = ${first.id}`);
  return first.id;
}

/**
 * Adds `count` risks with `linksPerRisk` Annex A control links each (one created through the services, the rest
 * cloned with varied scores and timestamps).
 */
export async function bulkRisks(ctx: OrgContext, count: number, linksPerRisk = 2): Promise<void> {
  const refs = ANNEX_A_CONTROLS.map((c) => c.ref);
  const first = await createRisk(ctx, {
    title: 'Risk 000000',
    likelihood: 3,
    consequence: 3,
    controlRefs: refs.slice(0, linksPerRisk),
  });
  if (count <= 1) return;
  await ctx.db.execute(sql`
    insert into risks
    select (jsonb_populate_record(null::risks, to_jsonb(r) || jsonb_build_object(
      'id', 'risk_bulk' || lpad(g::text, 8, '0'),
      'title', 'Risk ' || lpad(g::text, 6, '0'),
      'likelihood', 1 + g % 5, 'consequence', 1 + (g / 5) % 5,
      'inherent_score', (1 + g % 5) * (1 + (g / 5) % 5),
      'created_at', r.created_at + g * interval '1 second',
      'updated_at', r.updated_at + ((g * 7919) % ${count}) * interval '1 second'))).*
    from risks r, generate_series(1, ${count - 1}) g
    where r.id = ${first.id}`);
  const refArray = `{${refs.join(',')}}`;
  await ctx.db.execute(sql`
    insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
    select 'lnk_bulk' || lpad(g::text, 8, '0') || '_' || k, ${ctx.orgId}, 'risk',
      'risk_bulk' || lpad(g::text, 8, '0'), 'control',
      (${refArray}::text[])[1 + (g * 7 + k * 13) % ${refs.length}], 'related', now()
    from generate_series(1, ${count - 1}) g, generate_series(1, ${linksPerRisk}) k
    on conflict do nothing`);
}

/** Appends `count` valid, chained ledger entries to the organization's ledger in batches of inserts. */
export async function bulkLedger(db: Db, orgId: string, count: number, batch = 2000): Promise<void> {
  const { ledgerEntries, ledgerHeads } = tables;
  await db
    .insert(ledgerHeads)
    .values({ organizationId: orgId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await db.select().from(ledgerHeads).where(eq(ledgerHeads.organizationId, orgId));
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const start = Date.now();
  for (let done = 0; done < count; ) {
    const rows: (typeof ledgerEntries.$inferInsert)[] = [];
    for (let i = 0; i < batch && done < count; i++, done++) {
      seq++;
      const data = JSON.parse(
        canonicalJson({ id: `risk_${seq}`, title: `Risk ${seq}`, score: seq % 25, tags: ['bulk', seq % 3] }),
      ) as unknown;
      const base = {
        organizationId: orgId,
        seq,
        at: new Date(start + seq).toISOString(),
        actorType: 'system' as LedgerEntry['actorType'],
        actorId: null,
        action: 'bulk.seeded',
        entityType: 'risk',
        entityId: `risk_${seq}`,
        digest: sha256Hex(canonicalJson(data)),
        prevHash,
      };
      const hash = sha256Hex(ledgerHashInput(base));
      rows.push({ ...base, id: newId('ledgerEntry'), at: new Date(base.at), data, hash });
      prevHash = hash;
    }
    await db.insert(ledgerEntries).values(rows);
  }
  await db.update(ledgerHeads).set({ seq, hash: prevHash }).where(eq(ledgerHeads.organizationId, orgId));
}
