// The risk register as XLSX (DESIGN §4 `risks.xlsx`): the §6.1.2 assessment and §6.1.3 treatment records.
import {
  assertCan,
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
function scopeOf(r: Risk, systems: Map<string, string>): string {
  return r.aiSystemId ? (systems.get(r.aiSystemId) ?? r.aiSystemId) : 'AIMS-wide';
}

function row(
  r: Risk,
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

/** Everything a register export shows: the organization, the current criteria and every risk (permission risk:read). */
export async function loadRiskRegister(ctx: OrgContext) {
  assertCan(ctx.role, 'risk:read');
  const repo = riskRepository(ctx.db);
  const risks = await repo.hydrate(ctx.orgId, await repo.listAll(ctx.orgId));
  const [org] = await ctx.db
    .select()
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const criteria = await currentRiskCriteria(ctx.db, ctx.orgId);
  // Treatment actions are tasks whose source is the risk (§6.1.3 treatment plan).
  const tasks = new Map<string, TaskRow[]>();
  const rows = await taskRepository(ctx.db).listBySource(
    ctx.orgId,
    'risk',
    risks.map((r) => r.id),
  );
  for (const t of rows.filter((x) => x.kind === 'treatment'))
    tasks.set(t.sourceId!, [...(tasks.get(t.sourceId!) ?? []), t]);
  // A reader knows systems by name, not by id.
  const ids = [...new Set(risks.map((r) => r.aiSystemId).filter((x): x is string => !!x))];
  const named = ids.length
    ? await ctx.db
        .select({ id: tables.aiSystems.id, name: tables.aiSystems.name })
        .from(tables.aiSystems)
        .where(inOrg(tables.aiSystems, ctx.orgId, anyOf(tables.aiSystems.id, ids)))
    : [];
  const systems = new Map(named.map((s) => [s.id, s.name]));
  // Owners, approvers and accepters by name (§6.1.3: who approved the plan and accepted the residual risk).
  const people = await userNames(ctx.db, [
    ...risks.flatMap((r) => [r.ownerId, r.treatmentApprovedBy, r.acceptedBy]),
    ...rows.map((t) => t.ownerId),
  ]);
  return {
    orgName: org?.name ?? ctx.orgId,
    criteria,
    risks,
    tasks,
    systems,
    people,
    generatedAt: new Date(),
  };
}

/** A loaded register, for a caller that writes it in more than one format (the audit pack reads it once). */
export type RiskRegister = Awaited<ReturnType<typeof loadRiskRegister>>;

/**
 * The organization's register as an Excel workbook: title block, header, one row per risk, and the actions —
 * written row by row (common/xlsx-stream.ts), so a large register is not held as cells.
 */
export async function risksXlsx(ctx: OrgContext, register?: RiskRegister): Promise<Buffer> {
  const { orgName, criteria, risks, tasks, systems, people, generatedAt } =
    register ?? (await loadRiskRegister(ctx));
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
    for (const r of risks) {
      commitRow(ws, row(r, systems, level, who));
      await slices.pause();
    }
    ws.commit();
    const actions = wb.addWorksheet('Treatment actions');
    commitRow(actions, ['Risk', 'Task', 'Action', 'Owner', 'Due', 'Status', 'Completed at'], { bold: true });
    for (const r of risks) {
      for (const a of tasks.get(r.id) ?? [])
        commitRow(actions, [
          r.id,
          a.id,
          a.title,
          a.ownerId ?? '',
          a.dueDate ?? '',
          a.status,
          a.completedAt?.toISOString() ?? '',
        ]);
      await slices.pause();
    }
    actions.commit();
  });
}

/** The register as a printable PDF (§6.1.2 results, §6.1.3 treatment and acceptance), highest inherent score first. */
export async function risksPdf(ctx: OrgContext, register?: RiskRegister): Promise<Buffer> {
  const { orgName, criteria, risks, tasks, systems, people, generatedAt } =
    register ?? (await loadRiskRegister(ctx));
  const sorted = [...risks].sort(
    (a, b) => b.inherentScore - a.inherentScore || a.title.localeCompare(b.title),
  );
  const level = levelLabel(criteria);
  const who = (id: string | null) => (id ? (people.get(id) ?? id) : '—');
  const above = sorted.filter((r) => !r.withinAppetite && r.status !== 'closed').length;
  const byLevel = criteria.bands
    .map((b) => `${sorted.filter((r) => r.inherentLevel === b.key).length} ${b.label.toLowerCase()}`)
    .join(', ');
  const status = `Live register as of ${isoDay(generatedAt)} · risk criteria version ${criteria.number}`;
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
        ['Risks', `${sorted.length} (inherent level: ${byLevel}); ${above} open above appetite`],
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
      const actions = sorted.flatMap((r) => (tasks.get(r.id) ?? []).map((a) => ({ r, a })));
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
