// A printable SoA (PDF): organization, version, approval and date on top, then every control.

import { IMPLEMENTATION_STATUS_LABEL } from '@openaims/core';
import PDFDocument from 'pdfkit';
import { type SoaReport, versionLine } from './soa-report.ts';

/** Renders the SoA as a PDF document. */
export function soaPdf(r: SoaReport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `Statement of Applicability — ${r.organization.name}`, Creator: 'OpenAIMS' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Statement of Applicability');
    doc.fontSize(11).text(r.organization.name);
    doc.text('ISO/IEC 42001:2023, Annex A');
    doc.text(versionLine(r));
    doc.text(`Date: ${r.generatedAt.toISOString().slice(0, 10)}`);
    doc.moveDown();
    for (const e of r.entries) {
      doc.fontSize(10).font('Helvetica-Bold').text(`${e.controlRef}  ${e.title}`);
      const status = e.applicable ? IMPLEMENTATION_STATUS_LABEL[e.implementationStatus] : 'Excluded';
      doc
        .font('Helvetica')
        .text(
          `Applicable: ${e.applicable ? 'yes' : 'no'} · Status: ${status}${e.ownerId ? ` · Owner: ${r.ownerNames.get(e.ownerId) ?? e.ownerId}` : ''}`,
        );
      if (e.justification) doc.text(`Justification: ${e.justification}`);
      doc.moveDown(0.5);
    }
    doc.end();
  });
}
