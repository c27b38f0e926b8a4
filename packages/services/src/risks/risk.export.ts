// The risk register as XLSX (DESIGN §4 `risks.xlsx`): the §6.1.2 assessment and §6.1.3 treatment records.
import {
  assertCan,
  isOpenAboveAppetite,
  RISK_STATUS_LABEL,
  type Risk,
  type RiskCriteria,
  TREATMENT_OPTION_LABEL,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { isoDay, renderPdfDocument } from '../common/pdf-document.ts';
import { recordTable } from '../common/pdf-record-table.ts';
import { TimeSlices } from '../common/time-slices.ts';
import { userNames } from '../common/user-names.ts';
import { commitRow, streamedXlsx } from '../common/xlsx-stream.ts';
import type { OrgContext } from '../context.ts';
import { type TaskRow, taskRepository } from '../tasks/task.repository.ts';
import { riskRepository } from './risk.repository.ts';
import { currentRiskCriteria } from './risk-criteria.service.ts';

const COLUMNS = [
  'Id',
  'Title',
  'AI system',
  'Risk source (Annex C)',
  'Affected objective',
  'Likelihood',
  'Consequence',
  'Inherent score',
  'Inherent level',
  'Criteria version',
  'Treatment',
  'Annex A controls',
  'Own controls',
  'Plan approved by',
  'Plan approved at',
  'Residual likelihood',
  'Residual consequence',
  'Residual score',
  'Residual level',
  'Within appetite',
  'Accepted by',
  'Accepted at',
  'Review date',
  'Status',
  'Needs re-assessment',
] as const;

/** Where a risk sits: its AI system by name (§6.1.2 risks are identified per system), or the whole AIMS. */
function scopeOf(r: RegisterRisk, systems: Map<string, string>): string {
  return r.aiSystemId ? (systems.get(r.aiSystemId) ?? r.aiSystemId) : 'AIMS-wide';
}

function row(
  r: RegisterRisk,
  systems: Map<string, string>,
  level: (key: string) => string,
  who: (id: string | null) => string,
): (string | number)[] {
  return [
    r.id,
    r.title,
    scopeOf(r, systems),
    r.riskSource ?? '',
    r.affectedObjective ?? '',
    r.likelihood,
    r.consequence,
    r.inherentScore,
    level(r.inherentLevel),
    r.criteriaVersion,
    r.treatmentOption ? TREATMENT_OPTION_LABEL[r.treatmentOption] : '',
    r.controlRefs.join(', '),
    r.ownControls.join('; '),
    who(r.treatmentApprovedBy),
    r.treatmentApprovedAt ?? '',
    r.residualLikelihood ?? '',
    r.residualConsequence ?? '',
    r.residualScore ?? '',
    r.residualLevel ? level(r.residualLevel) : '',
    r.withinAppetite ? 'yes' : 'no',
    who(r.acceptedBy),
    r.acceptedAt ?? '',
    r.reviewDate ?? '',
    RISK_STATUS_LABEL[r.status],
    r.needsReassessment ? 'yes' : 'no',
  ];
}

/** A level key shown by its label on the criteria ("high" → "High"); an unknown key as written. */
function levelLabel(criteria: RiskCriteria): (key: string) => string {
  const labels = new Map(criteria.bands.map((b) => [b.key, b.label]));
  return (key) => labels.get(key) ?? key;
}

/** "in_progress" → "In progress". */
const taskStatus = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ');

/** What the register's workbook and PDF show of a risk — nothing else of it is kept while they are written. */
const SHOWN = [
  'id',
  'title',
  'aiSystemId',
  'riskSource',
  'affectedObjective',
  'ownerId',
  'likelihood',
  'consequence',
  'inherentScore',
  'inherentLevel',
  'criteriaVersion',
  'treatmentOption',
  'controlRefs',
  'ownControls',
  'treatmentApprovedBy',
  'treatmentApprovedAt',
  'residualLikelihood',
  'residualConsequence',
  'residualScore',
  'residualLevel',
  'withinAppetite',
  'acceptedBy',
  'acceptedAt',
  'reviewDate',
  'status',
  'needsReassessment',
] as const satisfies readonly (keyof Risk)[];

/** A risk as the register's documents show it. */
export type RegisterRisk = Pick<Risk, (typeof SHOWN)[number]>;

/** A treatment action as the register's documents show it. */
export type RegisterAction = Pick<TaskRow, 'id' | 'title' | 'ownerId' | 'dueDate' | 'status'> & {
  completedAt: string | null;
};

/** Risks read per statement while the register is loaded. */
const LOAD_CHUNK = 500;

/**
 * Everything a register export shows: the organization, the current criteria and every risk (permission risk:read).
 *
 * Each risk is kept as one compact JSON line of what the documents show (SHOWN) and read back a row at a time as
 * they are written (`risk(i)`): the workbook and the PDF's passes read the same snapshot, and the register is not
 * held as objects. At 22,000 risks the objects were ≈ 25 MB of live heap, and V8 lets the heap grow to twice what
 * is live before it collects: the audit pack's peak memory was set by that (issue 17). The risks are read
 * LOAD_CHUNK at a time, so all their rows are not alive at once either.
 */
export async function loadRiskRegister(ctx: OrgContext) {
  assertCan(ctx.role, 'risk:read');
  const repo = riskRepository(ctx.db);
  const [org] = await ctx.db
    .select()
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const criteria = await currentRiskCriteria(ctx.db, ctx.orgId);
  const ids = (
    await ctx.db
      .select({ id: tables.risks.id })
      .from(tables.risks)
      .where(inOrg(tables.risks, ctx.orgId))
      .orderBy(tables.risks.createdAt, tables.risks.id)
  ).map((r) => r.id);
  const lines: string[] = [];
  const keys: { score: number; title: string; at: number }[] = [];
  const actions = new Map<number, string[]>();
  const systemIds = new Set<string>();
  const userIds = new Set<string>();
  const byLevel = new Map<string, number>();
  let aboveAppetite = 0;
  let actionCount = 0;
  for (let from = 0; from < ids.length; from += LOAD_CHUNK) {
    const chunk = ids.slice(from, from + LOAD_CHUNK);
    const found = new Map((await repo.byIds(ctx.orgId, chunk)).map((r) => [r.id, r]));
    // Treatment actions are tasks whose source is the risk (§6.1.3 treatment plan).
    const actionsOf = new Map<string, string[]>();
    for (const t of await taskRepository(ctx.db).listBySource(ctx.orgId, 'risk', chunk)) {
      if (t.kind !== 'treatment' || !t.sourceId) continue;
      const action: RegisterAction = {
        id: t.id,
        title: t.title,
        ownerId: t.ownerId,
        dueDate: t.dueDate,
        status: t.status,
        completedAt: t.completedAt?.toISOString() ?? null,
      };
      actionsOf.set(t.sourceId, [...(actionsOf.get(t.sourceId) ?? []), JSON.stringify(action)]);
      if (t.ownerId) userIds.add(t.ownerId);
      actionCount += 1;
    }
    // In the order they were created; one deleted since the ids were read is left out.
    for (const id of chunk) {
      const r = found.get(id);
      if (!r) continue;
      const own = actionsOf.get(id);
      if (own) actions.set(lines.length, own);
      keys.push({ score: r.inherentScore, title: r.title, at: lines.length });
      lines.push(JSON.stringify(SHOWN.map((f) => r[f])));
      if (r.aiSystemId) systemIds.add(r.aiSystemId);
      for (const u of [r.ownerId, r.treatmentApprovedBy, r.acceptedBy]) if (u) userIds.add(u);
      byLevel.set(r.inherentLevel, (byLevel.get(r.inherentLevel) ?? 0) + 1);
      if (isOpenAboveAppetite(r)) aboveAppetite += 1;
    }
  }
  // The PDF's order: highest inherent score first, then by title.
  const byScore = keys.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).map((k) => k.at);
  // A reader knows systems by name, not by id.
  const named = systemIds.size
    ? await ctx.db
        .select({ id: tables.aiSystems.id, name: tables.aiSystems.name })
        .from(tables.aiSystems)
        .where(inOrg(tables.aiSystems, ctx.orgId, anyOf(tables.aiSystems.id, [...systemIds])))
    : [];
  return {
    orgName: org?.name ?? ctx.orgId,
    criteria,
    generatedAt: new Date(),
    /** How many risks the register holds. */
    count: lines.length,
    /** The `i`-th risk in the order created (0-based). */
    risk(i: number): RegisterRisk {
      const values = JSON.parse(lines[i]!) as unknown[];
      return Object.fromEntries(SHOWN.map((f, k) => [f, values[k]])) as RegisterRisk;
    },
    /** Positions of the risks (for `risk`), highest inherent score first. */
    byScore,
    /** The treatment actions of the `i`-th risk, oldest first. */
    actionsOf(i: number): RegisterAction[] {
      return (actions.get(i) ?? []).map((a) => JSON.parse(a) as RegisterAction);
    },
    actionCount,
    /** Risks per inherent level key. */
    byLevel,
    /** Open risks rated above the appetite (§6.1.3: treatment or acceptance needed). */
    aboveAppetite,
    systems: new Map(named.map((s) => [s.id, s.name])),
    // Owners, approvers and accepters by name (§6.1.3: who approved the plan and accepted the residual risk).
    people: await userNames(ctx.db, [...userIds]),
  };
}

/** A loaded register, for a caller that writes it in more than one format (the audit pack reads it once). */
export type RiskRegister = Awaited<ReturnType<typeof loadRiskRegister>>;

/**
 * The organization's register as an Excel workbook: title block, header, one row per risk, and the actions —
 * written row by row (common/xlsx-stream.ts), so a large register is not held as cells.
 */
export async function risksXlsx(ctx: OrgContext, register?: RiskRegister): Promise<Buffer> {
  const reg = register ?? (await loadRiskRegister(ctx));
  const { orgName, criteria, systems, people, generatedAt } = reg;
  const level = levelLabel(criteria);
  const who = (id: string | null) => (id ? (people.get(id) ?? id) : '');
  const slices = new TimeSlices();
  return streamedXlsx(async (wb) => {
    const ws = wb.addWorksheet('Risk register', { views: [{ state: 'frozen', ySplit: 4 }] });
    ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: COLUMNS.length } };
    commitRow(ws, [`AI risk register — ${orgName}`], { bold: true, size: 14 });
    commitRow(ws, [`Current risk criteria: version ${criteria.number}, appetite ${criteria.appetite}`]);
    commitRow(ws, [`Generated ${generatedAt.toISOString()}`]);
    commitRow(ws, [...COLUMNS], { bold: true });
    for (let i = 0; i < reg.count; i++) {
      commitRow(ws, row(reg.risk(i), systems, level, who));
      await slices.pause();
    }
    ws.commit();
    const actions = wb.addWorksheet('Treatment actions');
    commitRow(actions, ['Risk', 'Task', 'Action', 'Owner', 'Due', 'Status', 'Completed at'], { bold: true });
    for (let i = 0; i < reg.count; i++) {
      const r = reg.risk(i);
      for (const a of reg.actionsOf(i))
        commitRow(actions, [
          r.id,
          a.id,
          a.title,
          a.ownerId ?? '',
          a.dueDate ?? '',
          a.status,
          a.completedAt ?? '',
        ]);
      await slices.pause();
    }
    actions.commit();
  });
}

/** The register as a printable PDF (§6.1.2 results, §6.1.3 treatment and acceptance), highest inherent score first. */
export async function risksPdf(ctx: OrgContext, register?: RiskRegister): Promise<Buffer> {
  const reg = register ?? (await loadRiskRegister(ctx));
  const { orgName, criteria, systems, people, generatedAt } = reg;
  const level = levelLabel(criteria);
  const who = (id: string | null) => (id ? (people.get(id) ?? id) : '—');
  const byLevel = criteria.bands
    .map((b) => `${reg.byLevel.get(b.key) ?? 0} ${b.label.toLowerCase()}`)
    .join(', ');
  const status = `Live register as of ${isoDay(generatedAt)} · risk criteria version ${criteria.number}`;
  // Each row is read from the register as it is drawn.
  const sorted = { count: reg.count, item: (n: number) => reg.risk(reg.byScore[n]!) };
  const actionAt = reg.byScore.flatMap((at) => reg.actionsOf(at).map((_, k) => [at, k] as const));
  const actions = {
    count: actionAt.length,
    item: (n: number) => {
      const [at, k] = actionAt[n]!;
      return { r: reg.risk(at), a: reg.actionsOf(at)[k]! };
    },
  };
  return renderPdfDocument(
    {
      organization: orgName,
      title: 'AI risk register',
      reference: 'ISO/IEC 42001:2023, 6.1.2 AI risk assessment and 6.1.3 AI risk treatment',
      status,
      landscape: true,
      generatedAt,
      details: [
        ['Version', `Live register as of ${isoDay(generatedAt)}`],
        [
          'Approval',
          'Treatment plans and residual-risk acceptances are approved per risk (6.1.3); see the Treatment and Status columns',
        ],
        [
          'Risk criteria',
          `Version ${criteria.number}, created ${isoDay(criteria.createdAt)}; appetite up to score ${criteria.appetite}`,
        ],
        ['Risks', `${reg.count} (inherent level: ${byLevel}); ${reg.aboveAppetite} open above appetite`],
      ],
    },
    (w) => {
      w.heading('Risks');
      w.paragraph(
        'Highest inherent score first. Scores are likelihood × consequence on the risk criteria; the residual score is the rating after treatment.',
        { muted: true },
      );
      recordTable(
        w,
        sorted,
        [
          { header: 'Risk', width: 22, cell: (r) => `${r.title}\n${r.id}` },
          { header: 'AI system', width: 11, cell: (r) => scopeOf(r, systems) },
          { header: 'Owner', width: 10, cell: (r) => who(r.ownerId) },
          {
            header: 'Inherent',
            width: 9,
            cell: (r) =>
              `${r.inherentScore} · ${level(r.inherentLevel)}\n(L${r.likelihood} × C${r.consequence})`,
          },
          {
            header: 'Treatment',
            width: 17,
            cell: (r) =>
              [
                r.treatmentOption ? TREATMENT_OPTION_LABEL[r.treatmentOption] : 'Not decided',
                r.controlRefs.length ? `Controls: ${r.controlRefs.join(', ')}` : '',
                r.ownControls.length ? `Own controls: ${r.ownControls.join('; ')}` : '',
                r.treatmentApprovedAt
                  ? `Plan approved ${isoDay(r.treatmentApprovedAt)} by ${who(r.treatmentApprovedBy)}`
                  : '',
              ]
                .filter(Boolean)
                .join('\n'),
          },
          {
            header: 'Residual',
            width: 10,
            cell: (r) =>
              r.residualScore != null
                ? `${r.residualScore} · ${level(r.residualLevel ?? '')}\n${r.withinAppetite ? 'Within' : 'Above'} appetite`
                : 'Not rated',
          },
          { header: 'Review date', width: 8, cell: (r) => r.reviewDate ?? '—' },
          {
            header: 'Status',
            width: 13,
            cell: (r) =>
              [
                RISK_STATUS_LABEL[r.status],
                r.acceptedAt ? `Accepted ${isoDay(r.acceptedAt)} by ${who(r.acceptedBy)}` : '',
                r.needsReassessment ? 'Needs re-assessment' : '',
              ]
                .filter(Boolean)
                .join('\n'),
          },
        ],
        { empty: 'No risks are registered yet.' },
      );
      w.heading('Treatment actions');
      recordTable(
        w,
        actions,
        [
          { header: 'Risk', width: 26, cell: ({ r }) => r.title },
          { header: 'Action', width: 34, cell: ({ a }) => a.title },
          { header: 'Owner', width: 14, cell: ({ a }) => who(a.ownerId) },
          { header: 'Due', width: 10, cell: ({ a }) => a.dueDate ?? '—' },
          {
            header: 'Status',
            width: 16,
            cell: ({ a }) =>
              `${taskStatus(a.status)}${a.completedAt ? `\ncompleted ${isoDay(a.completedAt)}` : ''}`,
          },
        ],
        { empty: 'No treatment actions are recorded.' },
      );
    },
  );
}
