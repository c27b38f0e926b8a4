// A printable SoA (§6.1.3 d; §7.5.2): title page with the approval, then one table row per Annex A control with
// the columns an auditor reads — applicable, justification, implementation status, evidence and linked risks.
import { IMPLEMENTATION_STATUS_LABEL } from '@openaims/core';
import { isoDay, renderPdfDocument } from '../common/pdf-document.ts';
import { recordTable } from '../common/pdf-record-table.ts';
import { SOA_PDF_PREVIEW, type SoaReport, versionLine } from './soa-report.ts';

/** The footer's short version and approval state. */
function statusLine(r: SoaReport): string {
  if (!r.approved) return 'Draft — no approved version yet';
  const approved = `Version ${r.approved.number} · approved ${isoDay(r.approved.approvedAt ?? '')} by ${r.approverName ?? 'unknown'}`;
  return r.source === 'working' && r.hasUnsubmittedChanges
    ? `${approved} · working draft with later changes`
    : approved;
}

/**
 * Renders the SoA as a PDF document (landscape A4); linked records are printed by their titles in `titles`
 * (`soaReferenceTitles`), by id where a title is missing.
 */
export function soaPdf(r: SoaReport, titles: ReadonlyMap<string, string>): Promise<Buffer> {
  const applicable = r.entries.filter((e) => e.applicable);
  const count = (s: keyof typeof IMPLEMENTATION_STATUS_LABEL) =>
    applicable.filter((e) => e.implementationStatus === s).length;
  // Each kind names its first SOA_PDF_PREVIEW records and counts the rest: a control of a large organization is
  // linked to thousands, which the register and the SoA's links list in full.
  const titled = (...kinds: [ids: string[], count: number][]) =>
    kinds
      .flatMap(([ids, count]) => {
        const shown = ids.slice(0, SOA_PDF_PREVIEW).map((id) => `• ${titles.get(id) ?? id}`);
        return count > shown.length ? [...shown, `… and ${count - shown.length} more`] : shown;
      })
      .join('\n');
  return renderPdfDocument(
    {
      organization: r.organization.name,
      title: 'Statement of Applicability',
      reference: 'ISO/IEC 42001:2023, 6.1.3 d) and Annex A',
      status: statusLine(r),
      draft: !r.approved,
      landscape: true,
      generatedAt: r.generatedAt,
      details: [
        ['Version', r.approved ? `Version ${r.approved.number}` : 'Draft — no approved version yet'],
        [
          'Approval',
          r.approved
            ? `Approved ${isoDay(r.approved.approvedAt ?? '')} by ${r.approverName ?? 'unknown'}`
            : 'Not approved',
        ],
        ...(r.approved && (r.source === 'approved' || r.hasUnsubmittedChanges)
          ? [['Content', versionLine(r)] as [string, string]]
          : []),
        [
          'Controls',
          `${r.entries.length} Annex A controls: ${applicable.length} applicable, ${r.entries.length - applicable.length} excluded`,
        ],
        [
          'Implementation',
          `${count('implemented')} implemented, ${count('partial')} partly implemented, ${count('planned')} planned, ${count('not_started')} not started`,
        ],
      ],
    },
    (w) => {
      w.heading('Annex A controls');
      w.paragraph(
        'Each control of ISO/IEC 42001:2023 Annex A with the decision whether it applies, why, how far it is implemented, and the evidence and risks it is linked to. Excluded controls carry the justification for their exclusion.',
        { muted: true },
      );
      recordTable(w, r.entries, [
        {
          header: 'Control',
          width: 20,
          cell: (e) =>
            `${e.controlRef}  ${e.title}${e.ownerId ? `\nOwner: ${r.ownerNames.get(e.ownerId) ?? e.ownerId}` : ''}`,
        },
        { header: 'Applicable', width: 7, cell: (e) => (e.applicable ? 'Yes' : 'No') },
        { header: 'Justification', width: 30, cell: (e) => e.justification || '—' },
        {
          header: 'Implementation status',
          width: 10,
          cell: (e) => (e.applicable ? IMPLEMENTATION_STATUS_LABEL[e.implementationStatus] : 'Excluded'),
        },
        {
          header: 'Evidence references',
          width: 17,
          cell: (e) => titled([e.evidenceIds, e.evidenceCount], [e.documentIds, e.documentCount]) || '—',
        },
        { header: 'Linked risks', width: 16, cell: (e) => titled([e.riskIds, e.riskCount]) || '—' },
      ]);
    },
  );
}
