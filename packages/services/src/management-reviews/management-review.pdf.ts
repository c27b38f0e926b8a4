// The minutes of a management review as a PDF (§9.3.3: documented information as evidence of the results):
// who met, the §9.3.2 inputs as frozen (or a marked live preview), the decisions and actions, and the approval.
import { assertCan, type ManagementReview, type ReviewInputsResponse } from '@openaims/core';
import { tables } from '@openaims/db';
import { anyOf } from '../common/any-of.ts';
import { isoDay, renderPdfDocument } from '../common/pdf-document.ts';
import type { OrgContext } from '../context.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { getManagementReview, getReviewInputs } from './management-review.service.ts';

/** Everything the minutes show. */
export interface ReviewMinutes {
  organization: string;
  review: ManagementReview;
  inputs: ReviewInputsResponse;
  names: Map<string, string>;
  generatedAt: Date;
}

/** Gathers a review, its inputs and the names of the people it mentions (permission `management_review:read`). */
export async function loadReviewMinutes(ctx: OrgContext, reviewId: string): Promise<ReviewMinutes> {
  assertCan(ctx.role, 'management_review:read');
  const review = await getManagementReview(ctx, reviewId);
  const inputs = await getReviewInputs(ctx, reviewId);
  const org = await getOrganization({ ...ctx, role: 'viewer' });
  const ids = [
    ...new Set(
      [
        review.chairId,
        review.approvedBy,
        review.frozenBy,
        ...review.attendeeIds,
        ...review.decisions.map((d) => d.ownerId),
      ].filter((x): x is string => !!x),
    ),
  ];
  const users = ids.length
    ? await ctx.db
        .select({ id: tables.users.id, name: tables.users.name })
        .from(tables.users)
        .where(anyOf(tables.users.id, ids))
    : [];
  return {
    organization: org.name,
    review,
    inputs,
    names: new Map(users.map((u) => [u.id, u.name])),
    generatedAt: new Date(),
  };
}

const counts = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`)
    .join(', ');

/** The minutes as a PDF document. */
export function reviewMinutesPdf(m: ReviewMinutes): Promise<Buffer> {
  const { review: r, inputs: res } = m;
  const i = res.inputs;
  const name = (id: string | null) => (id ? (m.names.get(id) ?? id) : '-');
  const approval = r.approvedAt
    ? `Approved ${isoDay(r.approvedAt)} by ${name(r.approvedBy)}`
    : 'Not approved yet';
  return renderPdfDocument(
    {
      organization: m.organization,
      title: 'Management review minutes',
      subtitle: r.title,
      reference: 'ISO/IEC 42001:2023, 9.3 Management review',
      status: `${r.title} · ${approval}`,
      draft: !r.approvedAt,
      generatedAt: m.generatedAt,
      details: [
        ['Planned date', r.plannedDate],
        ['Status', r.status.charAt(0).toUpperCase() + r.status.slice(1).replace(/_/g, ' ')],
        ['Approval', approval],
        ['Chair', name(r.chairId)],
        ['Attendees', r.attendeeIds.map(name).join(', ') || '-'],
        ['Period', `${i.period.from ?? 'start of the AIMS'} to ${i.period.to}`],
        [
          'Inputs',
          res.frozen
            ? `Frozen ${isoDay(r.frozenAt ?? '')} by ${name(r.frozenBy)} · SHA-256 ${res.sha256}`
            : 'Live preview — not frozen yet, numbers may still change',
        ],
      ],
    },
    (w) => {
      const heading = (t: string) => w.heading(t, 2);
      const line = (t: string) => w.paragraph(t);
      const list = (rows: string[], empty: string) => {
        if (rows.length === 0) line(empty);
        else w.bullets(rows);
      };
      w.heading('Inputs (9.3.2)');
      heading('a) Actions from previous reviews');
      line(
        `${i.previousActions.total} action(s): ${counts(i.previousActions.byStatus)}; overdue ${i.previousActions.overdue}`,
      );
      list(
        i.previousActions.items.map(
          (t) => `${t.title} (${t.status}${t.dueDate ? `, due ${t.dueDate}` : ''})`,
        ),
        'No open actions.',
      );
      heading('b) Changes in external and internal issues and interested parties');
      for (const [kind, c] of Object.entries(i.contextChanges.byKind))
        line(`${kind.replace(/_/g, ' ')}: ${counts(c)}`);
      if (i.contextChanges.rolesChanged) line('The organization changed its AI roles.');
      list(
        [
          ...i.contextChanges.added.map((c) => `added: ${c.title}`),
          ...i.contextChanges.changed.map((c) => `changed: ${c.title}`),
          ...i.contextChanges.archived.map((c) => `removed: ${c.title}`),
        ],
        'No changes.',
      );
      heading('c) Nonconformities and corrective actions');
      const nc = i.nonconformities;
      line(
        `Open ${nc.open} (${counts(nc.openBySeverity)}); opened ${nc.openedInPeriod}, closed ${nc.closedInPeriod} in the period.`,
      );
      line(
        `Corrective actions: ${counts(nc.correctiveActions.byStatus)}; overdue ${nc.correctiveActions.overdue}; found effective ${nc.correctiveActions.effectiveInPeriod}, not effective ${nc.correctiveActions.ineffectiveInPeriod}.`,
      );
      line(
        `AI incidents: ${nc.incidents.openedInPeriod} in the period, ${nc.incidents.open} open (${nc.incidents.serious} serious).`,
      );
      heading('c) Monitoring and measurement results');
      line(
        `Sources: ${i.monitoring.sources.join(', ')}; ${i.monitoring.measurementsInPeriod} measurement(s) in the period; KPIs ${counts(i.monitoring.kpiStatus)}.`,
      );
      if (i.monitoring.alerts)
        line(
          `Alerts: ${i.monitoring.alerts.raisedInPeriod} raised in the period, ${i.monitoring.alerts.open} open.`,
        );
      list(
        i.monitoring.kpis.map(
          (k) =>
            `${k.objectiveTitle} / ${k.name}: ${k.value ?? 'no data'}${k.unit ? ` ${k.unit}` : ''} (target ${k.target}, ${k.status.replace(/_/g, ' ')})`,
        ),
        'No KPI is measured.',
      );
      heading('c) Audit results');
      if (!i.audits.available) line('No internal-audit records on this server.');
      else {
        line(`Findings by kind: ${counts(i.audits.findingsByKind)}; open findings ${i.audits.openFindings}.`);
        list(
          i.audits.completedInPeriod.map(
            (a) => `${a.title} (completed ${a.completedAt?.slice(0, 10) ?? '-'})`,
          ),
          'No audit completed in the period.',
        );
      }
      heading('c) Fulfilment of the AI objectives');
      line(counts(i.objectives.byStatus));
      list(
        i.objectives.items.map(
          (o) =>
            `${o.title}: ${o.status}, ${o.kpisOnTrack}/${o.kpisTotal} KPIs on track${o.pastTarget ? ', past its target date' : ''}`,
        ),
        'No objective set.',
      );
      heading('d) Changes in risks and opportunities');
      line(`Open risks by level: ${counts(i.risks.openByLevel) || 'none'}`);
      list(
        [
          ...i.risks.newInPeriod.map((x) => `new: ${x.title} (${x.level})`),
          ...i.risks.levelChanged.map(
            (x) => `level changed: ${x.title} (${x.from ?? '-'} to ${x.to ?? '-'})`,
          ),
          ...i.risks.acceptedInPeriod.map((x) => `accepted: ${x.title} (${x.level ?? '-'})`),
        ],
        'No changes.',
      );
      heading('e) Opportunities for continual improvement');
      list(
        i.opportunities.items.map((o) => `${o.title} (${o.source})`),
        'None recorded.',
      );

      w.heading('Outputs (9.3.3)');
      heading('Decisions and actions');
      list(
        r.decisions.map(
          (d) =>
            `${d.text}${d.taskId ? ` - action for ${name(d.ownerId)}${d.dueDate ? `, due ${d.dueDate}` : ''} (task ${d.taskId})` : ''}`,
        ),
        'No decisions recorded.',
      );
      if (r.notes.trim()) {
        heading('Notes');
        line(r.notes);
      }
      heading('Approval');
      line(r.approvedAt ? `${approval}.` : 'Not approved yet.');
    },
  );
}
