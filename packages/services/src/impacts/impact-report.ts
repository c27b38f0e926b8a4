// What an impact assessment export shows (§6.1.4, §8.4, A.5; ISO/IEC 42005 clause 6; EU AI Act Art. 27): one
// assessment version as titled sections of fields or tables, so the PDF and the XLSX render the same content.
import { FRIA_LABELS, IMPACT_AREAS, IMPACT_STATUS_LABEL, type ImpactAssessment } from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { userNames } from '../common/user-names.ts';
import type { OrgContext } from '../context.ts';
import { getImpactAssessment } from './impact-query.service.ts';

/** A section: label/value fields, or a table with a header row. */
export type ReportSection =
  | { title: string; kind: 'fields'; fields: [label: string, value: string][] }
  | { title: string; kind: 'table'; columns: string[]; rows: (string | number)[][]; empty: string };

/** One assessment, ready to render. */
export interface ImpactReport {
  assessment: ImpactAssessment;
  organizationName: string;
  systemName: string;
  /** Who approved this version, by name. */
  approverName: string | null;
  sections: ReportSection[];
  generatedAt: Date;
}

const TEMPLATE_LABEL = {
  iso42005: 'ISO/IEC 42005 impact assessment',
  eu_fria: 'EU AI Act Art. 27 FRIA',
} as const;
const DECISION_LABEL = { proceed: 'Proceed', modify: 'Proceed with modifications', stop: 'Stop' } as const;
const REVERSIBILITY_LABEL = {
  reversible: 'Reversible',
  partly_reversible: 'Partly reversible',
  irreversible: 'Irreversible',
} as const;

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const listed = (xs: string[]) => xs.join('; ');
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const harmsFirst = (kind: 'benefit' | 'harm') => (kind === 'harm' ? 0 : 1);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Gathers one assessment of the organization (NOT_FOUND for another's) with its system, people and risks. */
export async function loadImpactReport(ctx: OrgContext, assessmentId: string): Promise<ImpactReport> {
  const ia = await getImpactAssessment(ctx, assessmentId);
  const { aiSystems, organizations, risks } = tables;
  const [sys] = await ctx.db
    .select({ name: aiSystems.name })
    .from(aiSystems)
    .where(inOrg(aiSystems, ctx.orgId, eq(aiSystems.id, ia.aiSystemId)));
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  const linked = ia.riskIds.length
    ? await ctx.db
        .select({ id: risks.id, title: risks.title, score: risks.inherentScore, level: risks.inherentLevel })
        .from(risks)
        .where(inOrg(risks, ctx.orgId, anyOf(risks.id, ia.riskIds)))
    : [];
  const people = await userNames(ctx.db, [
    ia.submittedBy,
    ia.approvedBy,
    ...ia.content.measures.map((m) => m.ownerId),
  ]);
  const who = (id: string | null) => (id ? (people.get(id) ?? id) : '');
  const systemName = sys?.name ?? ia.aiSystemId;
  const c = ia.content;
  const generatedAt = new Date();
  // Impacts grouped by area, in the order of IMPACT_AREAS (42005 6.8), harms before benefits within an area.
  const impacts = [...c.impacts].sort(
    (a, b) =>
      IMPACT_AREAS.indexOf(a.area) - IMPACT_AREAS.indexOf(b.area) || harmsFirst(a.kind) - harmsFirst(b.kind),
  );
  const sections: ReportSection[] = [
    {
      title: 'Assessment',
      kind: 'fields',
      fields: [
        ['Organization', org?.name ?? ctx.orgId],
        ['Title', ia.title],
        ['AI system', `${systemName} (${ia.aiSystemId})`],
        ['AI system version', String(ia.aiSystemVersion)],
        ['Assessment version', `#${ia.number}`],
        ['Template', TEMPLATE_LABEL[ia.template]],
        ['Status', IMPACT_STATUS_LABEL[ia.status]],
        ['Submitted', ia.submittedAt ? `${day(ia.submittedAt)} by ${who(ia.submittedBy)}` : 'Not submitted'],
        ['Approved', ia.approvedAt ? `${day(ia.approvedAt)} by ${who(ia.approvedBy)}` : 'Not approved'],
        ['Decision', c.decision ? DECISION_LABEL[c.decision] : 'Not decided'],
        ['Next review', ia.nextReviewDate ?? 'Not set'],
        ['Generated', generatedAt.toISOString()],
      ],
    },
    {
      title: 'Scope and trigger',
      kind: 'fields',
      fields: [
        ['Scope (42005 6.2)', c.scope],
        ['Trigger', c.trigger],
        ['Sensitive use', yesNo(c.sensitiveUse)],
        ['Restricted use', yesNo(c.restrictedUse)],
      ],
    },
    {
      title: 'AI system',
      kind: 'fields',
      fields: [
        ['Description', c.system.description],
        ['Capabilities', c.system.capabilities],
        ['Purpose (42005 6.3.3)', c.system.purpose],
        ['Intended uses (42005 6.3.4)', listed(c.system.intendedUses)],
        ['Unintended and foreseeable misuses', listed(c.system.unintendedUses)],
      ],
    },
    {
      title: 'Data and model',
      kind: 'fields',
      fields: [
        ['Data sources', listed(c.data.sources)],
        ['Data quality', c.data.qualityNotes],
        ['Data provenance', c.data.provenance],
        ['Model type', c.model.type],
        ['Model limitations', c.model.limitations],
      ],
    },
    {
      title: 'Deployment',
      kind: 'fields',
      fields: [
        ['Geography', listed(c.deployment.geography)],
        ['Languages', listed(c.deployment.languages)],
        ['Constraints', c.deployment.constraints],
        ['Human oversight (42005 6.6)', c.deployment.humanOversight],
      ],
    },
    {
      title: 'Affected parties',
      kind: 'table',
      columns: ['Category', 'Description', 'Vulnerable group'],
      rows: c.affectedParties.map((p) => [p.category, p.description, yesNo(p.vulnerable)]),
      empty: 'No affected parties recorded.',
    },
    {
      title: 'Impacts',
      kind: 'table',
      columns: [
        'Area',
        'Benefit or harm',
        'Description',
        'Severity (1-5)',
        'Likelihood (1-5)',
        'Reversibility',
        'Scale (1-5)',
      ],
      rows: impacts.map((i) => [
        capital(i.area.replace('_', ' ')),
        capital(i.kind),
        i.description,
        i.severity,
        i.likelihood,
        REVERSIBILITY_LABEL[i.reversibility],
        i.scale,
      ]),
      empty: 'No impacts recorded.',
    },
    {
      title: 'Measures',
      kind: 'table',
      columns: ['Measure', 'Owner', 'Status'],
      rows: c.measures.map((m) => [m.description, who(m.ownerId), capital(m.status)]),
      empty: 'No measures recorded.',
    },
    {
      title: 'Residual impact and decision',
      kind: 'fields',
      fields: [
        ['Residual impact', c.residualImpact],
        ['Decision', c.decision ? DECISION_LABEL[c.decision] : 'Not decided'],
        ['Next review', ia.nextReviewDate ?? 'Not set'],
      ],
    },
    {
      title: 'Linked risks',
      kind: 'table',
      columns: ['Risk', 'Title', 'Inherent score', 'Inherent level'],
      rows: linked.map((r) => [r.id, r.title, r.score, r.level]),
      empty: 'No risks linked.',
    },
  ];
  if (ia.template === 'eu_fria' || c.fria) {
    const f = c.fria;
    sections.push({
      title: 'FRIA (Art. 27)',
      kind: 'fields',
      fields: [
        ...Object.entries(FRIA_LABELS).map(
          ([k, label]) => [capital(label), f?.[k as keyof typeof FRIA_LABELS] ?? ''] as [string, string],
        ),
        ['Complaint mechanism', f?.complaintMechanism ?? ''],
        ['Market surveillance authority notified on (Art. 27(3))', f?.authorityNotifiedOn ?? 'Not notified'],
      ],
    });
  }
  return {
    assessment: ia,
    organizationName: org?.name ?? ctx.orgId,
    systemName,
    approverName: ia.approvedBy ? who(ia.approvedBy) : null,
    sections,
    generatedAt,
  };
}
