// Bulk seeding of the records issue 17 asks of a serious organization beside its risks: impact assessments and
// evidence metadata (one record through the services, the rest cloned in SQL like bench/src/scale/bulk.ts), and
// internal audits with findings and management reviews, few enough to go through the services one by one.
// Everything is derived from the record's number, so two runs hold the same contents (ids and `now` aside).
import {
  ANNEX_A_CONTROLS,
  CHECKLIST_RESULTS,
  type FindingKind,
  type ProgrammeYear,
  TRACKED_CLAUSE_REFS,
  todayUtc,
} from '@openaims/core';
import {
  addReviewDecisions,
  approveImpactAssessment,
  approveManagementReview,
  type BlobStore,
  completeAudit,
  createAudit,
  createAuditProgramme,
  createFinding,
  createImpactAssessment,
  createManagementReview,
  freezeManagementReview,
  generateChecklist,
  type OrgContext,
  startAudit,
  submitImpactAssessment,
  updateChecklistItem,
  updateFinding,
  updateImpactAssessment,
  uploadEvidence,
} from '@openaims/services';
import { sql } from 'drizzle-orm';

/** A bulk record's id: `<prefix>_bulk` and its number on 8 digits, as bulk.ts names AI systems and risks. */
const bulkId = (prefix: string, n: string) => sql.raw(`'${prefix}_bulk' || lpad((${n})::text, 8, '0')`);

/** A Postgres text[] literal, bound as one parameter. */
const textArray = (items: readonly string[]) => `{${items.map((s) => `"${s}"`).join(',')}}`;

/** The ids the generator gave the first AI system and risk (the only ones not named `…_bulk…`). */
export interface FirstRecords {
  aiSystemId: string;
  riskId: string;
}

/** Of `n` bulk records numbered 1…n-1, the one the `g`-th record points at, spread by a multiplier. */
const spread = (g: string, mult: number, n: number) => `1 + ((${g}) * ${mult}) % ${Math.max(1, n - 1)}`;

/**
 * Adds `count` impact assessments (§6.1.4), one per AI system (the first system and `ais_bulk…` 1…count-1), linked
 * to risks. The first is drafted, completed, submitted and approved through the services; the clones, two risks each,
 * are 60 % approved (next review spread from 4 months ago to 14 months ahead, so some are overdue), 20 %
 * submitted and 20 % drafts, created over the two years before the last ten days (so every stamp is past).
 */
export async function bulkImpactAssessments(
  ctx: OrgContext,
  first: FirstRecords,
  count: number,
  counts: { aiSystems: number; risks: number },
): Promise<void> {
  if (count > counts.aiSystems) throw new Error('one impact assessment per AI system: raise aiSystems first');
  const draft = await createImpactAssessment(ctx, {
    aiSystemId: first.aiSystemId,
    title: 'Impact assessment 000000',
    nextReviewDate: todayUtc(),
  });
  await updateImpactAssessment(ctx, draft.id, {
    riskIds: [first.riskId],
    content: {
      ...draft.content,
      scope: 'Support ticket routing for all customer-facing queues.',
      system: { ...draft.content.system, intendedUses: ['Route tickets to the right team'] },
      deployment: { ...draft.content.deployment, humanOversight: 'Agents can re-route any ticket.' },
      affectedParties: [{ category: 'Customers', description: 'People who write in.', vulnerable: false }],
      impacts: [
        {
          area: 'fairness',
          description: 'Tickets in some languages may wait longer.',
          kind: 'harm',
          severity: 2,
          likelihood: 3,
          reversibility: 'reversible',
          scale: 2,
        },
      ],
      measures: [{ description: 'Monthly routing-delay review by language.', ownerId: null, status: 'done' }],
      residualImpact: 'Low.',
      decision: 'proceed',
    },
  });
  await submitImpactAssessment(ctx, draft.id);
  await approveImpactAssessment(ctx, draft.id);
  if (count <= 1) return;
  const n = count - 1;
  // Two years back from the first, evenly; status and stamps follow from the number.
  const step = Math.floor((2 * 365 * 86_400) / n);
  await ctx.db.execute(sql`
    insert into impact_assessments
    select (jsonb_populate_record(null::impact_assessments, to_jsonb(a) || jsonb_build_object(
      'id', ${bulkId('ima', 'g')},
      'ai_system_id', ${bulkId('ais', 'g')},
      'title', 'Impact assessment ' || lpad(g::text, 6, '0'),
      'status', x.status,
      'version', case x.status when 'approved' then a.version when 'submitted' then 2 else 1 end,
      'next_review_date', case when x.status = 'approved'
        then a.created_at::date + ((g * 37) % 540 - 120) end,
      'submitted_at', case when x.status <> 'draft' then x.at + interval '2 days' end,
      'submitted_by', case when x.status <> 'draft' then a.submitted_by end,
      'approved_at', case when x.status = 'approved' then x.at + interval '9 days' end,
      'approved_by', case when x.status = 'approved' then a.approved_by end,
      'created_at', x.at,
      'updated_at', x.at + case x.status when 'approved' then interval '9 days'
        when 'submitted' then interval '2 days' else interval '1 hour' end))).*
    from impact_assessments a
    cross join generate_series(1, ${n}) g
    cross join lateral (select
      (array['approved','approved','approved','approved','approved','approved','submitted','submitted',
        'draft','draft'])[1 + g % 10] as status,
      a.created_at - interval '10 days' - (${n} + 1 - g) * ${step} * interval '1 second' as at) x
    where a.id = ${draft.id}`);
  // The assessment ↔ risk links replaceImpactRisks writes (from the assessment), two risks each.
  await ctx.db.execute(sql`
    insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
    select 'lnk_bulkia' || lpad(g::text, 8, '0') || '_' || k, ${ctx.orgId}, 'impact_assessment',
      ${bulkId('ima', 'g')}, 'risk', ${bulkId('risk', spread('g * 2 + k', 7919, counts.risks))}, 'related', now()
    from generate_series(1, ${n}) g, generate_series(0, 1) k
    on conflict do nothing`);
}

/** The bytes of the `k`-th stored evidence file: a short report, different for each k. */
const evidenceFile = (k: number) =>
  new TextEncoder().encode(`Bench evidence report ${k}\nMonitoring results for the period (§9.1).\n`);

/** How many distinct files the evidence records share (content-addressed: identical bytes are stored once). */
const EVIDENCE_FILES = 8;

/**
 * Adds `count` evidence records (§7.5.3, §9.1): the first uploaded through the services, the rest cloned as two
 * files for each link. File records point at one of {@link EVIDENCE_FILES} small files really written to `blobs`,
 * so downloads and `aims evidence verify` hold without writing a file per record. Each proves one Annex A control;
 * every 4th also a risk, the next an AI system, and 1 in 100 a tracked clause. Dated evenly over the last three
 * years. 1 in 5 is valid for a year (a certificate, a signed-off report; the rest are records of a moment, without
 * expiry); those that expired over a month ago were replaced and archived, so about 1 % is due for renewal (the
 * reminder scan's work), as in an organization whose server has been running all along.
 */
export async function bulkEvidence(
  ctx: OrgContext,
  blobs: BlobStore,
  first: FirstRecords,
  count: number,
  counts: { aiSystems: number; risks: number },
): Promise<void> {
  const today = todayUtc();
  const firstEv = await uploadEvidence(
    ctx,
    blobs,
    { bytes: evidenceFile(0), fileName: 'evidence-000000.txt', mediaType: 'text/plain' },
    {
      title: 'Evidence 000000',
      evidenceDate: today,
      links: [
        { targetType: 'control', targetId: ANNEX_A_CONTROLS[0]!.ref },
        { targetType: 'ai_system', targetId: first.aiSystemId },
      ],
    },
  );
  if (count <= 1) return;
  const files = [{ sha256: firstEv.sha256!, size: firstEv.size! }];
  for (let k = 1; k < EVIDENCE_FILES; k++) files.push(await blobs.put(evidenceFile(k)));
  const n = count - 1;
  const step = Math.floor((3 * 365 * 86_400) / n);
  // Columns named rather than cloned through jsonb (as bulk.ts does): at 200,000 rows that is several times faster
  // on PGlite. What a clone does not vary (description, owner, uploader) is taken from the first record.
  await ctx.db.execute(sql`
    insert into evidence (id, organization_id, kind, title, description, evidence_date, valid_until, owner_id,
      url, sha256, size, media_type, file_name, uploaded_by, archived_at, archived_by, created_at, updated_at,
      version)
    select ${bulkId('evd', 'g')}, e.organization_id, case when x.file then 'file' else 'link' end,
      'Evidence ' || lpad(g::text, 6, '0'), e.description, x.at::date,
      case when x.expires then x.at::date + 365 end, e.owner_id,
      case when not x.file then 'https://records.example.com/evidence/' || g end,
      case when x.file then (${textArray(files.map((f) => f.sha256))}::text[])[1 + g % ${files.length}] end,
      case when x.file then (${`{${files.map((f) => f.size).join(',')}}`}::bigint[])[1 + g % ${files.length}] end,
      case when x.file then e.media_type end,
      case when x.file then 'evidence-' || lpad(g::text, 6, '0') || '.txt' end,
      e.uploaded_by,
      case when x.expires and x.at < now() - interval '400 days' then x.at + interval '400 days' end, e.archived_by,
      x.at, x.at, 1
    from evidence e
    cross join generate_series(1, ${n}) g
    cross join lateral (select g % 3 <> 0 as file, g % 5 = 0 as expires,
      e.created_at - g * ${step} * interval '1 second' as at) x
    where e.id = ${firstEv.id}`);
  // The links changeLinks writes (from the evidence): what each record proves.
  const controls = ANNEX_A_CONTROLS.map((c) => c.ref);
  const ev = bulkId('evd', 'g');
  await ctx.db.execute(sql`
    insert into entity_links (id, organization_id, from_type, from_id, to_type, to_id, relation, created_at)
    select 'lnk_bulkev' || lpad(g::text, 8, '0') || '_' || t.kind, ${ctx.orgId}, 'evidence', ${ev}, t.kind,
      t.id, 'related', now()
    from generate_series(1, ${n}) g
    cross join lateral (
      select 'control' as kind, (${textArray(controls)}::text[])[1 + (g * 11) % ${controls.length}] as id
      union all select 'risk', ${bulkId('risk', spread('g', 13, counts.risks))} where g % 4 = 0
      union all select 'ai_system', ${bulkId('ais', spread('g', 7, counts.aiSystems))} where g % 4 = 1
      union all select 'clause', (${textArray(TRACKED_CLAUSE_REFS)}::text[])[1 + (g / 100) % ${TRACKED_CLAUSE_REFS.length}]
        where g % 100 = 2) t
    on conflict do nothing`);
}

/** The calendar date `days` after today (negative: before). */
const dayFromToday = (days: number) =>
  new Date(Date.parse(todayUtc()) + days * 86_400_000).toISOString().slice(0, 10);

/** The clause groups the audits take in turn (§9.2.2: over the programme every clause is audited). */
const CLAUSE_GROUPS = ['4', '5', '6', '7', '8', '9', '10'];

/** The kinds of findings in turn: mostly observations and opportunities, 1 in 8 a major nonconformity. */
const FINDING_MIX: readonly FindingKind[] = [
  'observation',
  'minor_nc',
  'opportunity',
  'observation',
  'opportunity',
  'minor_nc',
  'observation',
  'major_nc',
];

/** The `n`-th cloned evidence id, or none when the dataset has no clones to cite. */
const evidenceIds = (n: number, evidence: number): string[] =>
  evidence > 1 ? [`evd_bulk${String(1 + (n % (evidence - 1))).padStart(8, '0')}`] : [];

/**
 * Adds one audit programme and `count` internal audits (§9.2), a quarter apart up to two weeks ago, each through
 * the services: planned on one clause group with three sampled AI systems (seeded checklist), started, every item
 * answered, `findingsPerAudit` findings recorded on its items (observations and opportunities closed), completed.
 * The latest audit stays in progress with half its items answered.
 */
export async function bulkAudits(
  ctx: OrgContext,
  leadId: string,
  count: number,
  findingsPerAudit: number,
  evidence: number,
): Promise<void> {
  const starts = Array.from({ length: count }, (_, a) => dayFromToday(-14 - 91 * (count - 1 - a)));
  const years = new Map<number, number>();
  for (const d of starts) years.set(Number(d.slice(0, 4)), (years.get(Number(d.slice(0, 4))) ?? 0) + 1);
  const startYear = Math.min(...years.keys());
  const programme = await createAuditProgramme(ctx, {
    title: 'Internal audit programme',
    objectives: 'Audit every clause of ISO/IEC 42001 and a sample of AI systems each year.',
    startYear,
    years: [...years].map(
      ([year, plannedAudits]): ProgrammeYear => ({
        year,
        stages:
          year === startYear
            ? ['stage1', 'stage2']
            : (year - startYear) % 3 === 0
              ? ['recertification']
              : ['surveillance'],
        plannedAudits,
        note: '',
      }),
    ),
  });
  for (const [a, plannedStart] of starts.entries()) {
    const done = a < count - 1;
    const audit = await createAudit(ctx, {
      programmeId: programme.id,
      year: Number(plannedStart.slice(0, 4)),
      title: `Internal audit ${String(a + 1).padStart(3, '0')}`,
      scope: { clauses: [CLAUSE_GROUPS[a % CLAUSE_GROUPS.length]!] },
      plannedStart,
      plannedEnd: dayFromToday(-10 - 91 * (count - 1 - a)),
      leadId,
    });
    const { items } = await generateChecklist(ctx, audit.id, { seed: a + 1 });
    await startAudit(ctx, audit.id);
    for (const [i, item] of items.entries()) {
      if (!done && i >= items.length / 2) break;
      // Mostly conforming; every 5th item nonconforming, the one two later an observation.
      const result = i % 5 === 1 ? 'nonconforming' : i % 5 === 3 ? 'observation' : CHECKLIST_RESULTS[0];
      await updateChecklistItem(ctx, item.id, {
        result,
        notes: `Checked ${item.ref}.`,
        evidenceIds: evidenceIds(a * 31 + i, evidence),
      });
    }
    for (let i = 0; i < findingsPerAudit; i++) {
      const item = items[i % items.length]!;
      const kind = FINDING_MIX[(a + i) % FINDING_MIX.length]!;
      const finding = await createFinding(ctx, {
        auditId: audit.id,
        checklistItemId: item.id,
        kind,
        title: `Finding ${i + 1} of audit ${a + 1} on ${item.ref}`,
        description: 'Seeded for scale.',
        requirementRefs: item.kind === 'ai_system' ? [] : [item.ref],
        evidenceIds: evidenceIds(a * 17 + i, evidence),
      });
      if (done && (kind === 'observation' || kind === 'opportunity'))
        await updateFinding(ctx, finding.id, { status: 'closed' });
    }
    if (done) await completeAudit(ctx, audit.id, { conclusion: 'The clauses audited are implemented.' });
  }
}

/**
 * Adds `count` management reviews (§9.3) half a year apart, through the services: every one but the latest is
 * frozen (its §9.3.2 inputs gathered from the data at that point), given a decision and approved; the latest is
 * planned a month ahead.
 */
export async function bulkManagementReviews(ctx: OrgContext, chairId: string, count: number): Promise<void> {
  for (let r = 0; r < count; r++) {
    const review = await createManagementReview(ctx, {
      title: `Management review ${String(r + 1).padStart(3, '0')}`,
      plannedDate: dayFromToday(30 - 182 * (count - 1 - r)),
      chairId,
      attendeeIds: [chairId],
    });
    if (r === count - 1) break;
    await freezeManagementReview(ctx, review.id);
    await addReviewDecisions(ctx, review.id, {
      items: [
        { text: 'The AIMS remains suitable, adequate and effective; no change of policy.', action: false },
      ],
    });
    await approveManagementReview(ctx, review.id);
  }
}
