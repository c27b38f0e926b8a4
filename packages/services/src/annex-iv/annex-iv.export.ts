// `annex-iv.pdf` and `annex-iv.docx`: the Annex IV documentation as documents an authority files — a title page,
// the nine sections with each statement's source record, the open gaps, and on every page the organization, the
// system, the date and (for a draft) the word DRAFT, with page numbers.
import { ANNEX_IV_SOURCE_LABEL, type AnnexIvDocument, type AnnexIvSource } from '@openaims/core';
import type { Paragraph as DocxParagraph } from 'docx';
import { loadDocx, loadPdfKit } from '../common/heavy-modules.ts';

/** "Source: Model “ranker” (mdl_…)" — the record a statement was taken from. */
export function sourceText(s: AnnexIvSource): string {
  return `Source: ${ANNEX_IV_SOURCE_LABEL[s.type] ?? s.type} “${s.title}” (${s.id})`;
}

const dateOf = (d: AnnexIvDocument) => d.generatedAt.slice(0, 10);
const running = (d: AnnexIvDocument, draft: boolean) =>
  `${d.organization.name} · ${d.aiSystem.name} · Annex IV technical documentation · ${dateOf(d)}${draft ? ' · DRAFT' : ''}`;

/** Renders the documentation as PDF (A4, title page, running header, "Page n of m" footer). */
export async function annexIvPdf(d: AnnexIvDocument, draft: boolean): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 64, bottom: 64, left: 56, right: 56 },
      bufferPages: true,
      info: {
        Title: `Annex IV technical documentation — ${d.aiSystem.name}`,
        Author: d.organization.name,
        Creator: 'OpenAIMS',
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    // Title page.
    doc.moveDown(6);
    doc.font('Helvetica-Bold').fontSize(22).text('Technical documentation', { align: 'center' });
    doc.font('Helvetica').fontSize(13).text('EU AI Act, Article 11 and Annex IV', { align: 'center' });
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(16).text(d.aiSystem.name, { align: 'center' });
    doc.font('Helvetica').fontSize(12).text(d.organization.name, { align: 'center' });
    doc.text(`Risk class: ${d.aiSystem.riskClass}`, { align: 'center' });
    doc.text(`Generated ${dateOf(d)} by OpenAIMS from the AI management system's records`, {
      align: 'center',
    });
    if (draft) {
      doc.moveDown(2);
      doc.font('Helvetica-Bold').fontSize(18).fillColor('#b00020').text('DRAFT', { align: 'center' });
      doc.fillColor('black');
    }
    doc.moveDown(2);
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        d.gaps.length
          ? `${d.gaps.length} required field(s) are still empty; they are listed at the end.`
          : 'Every required field is filled.',
        { align: 'center' },
      );

    for (const s of d.sections) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(15).text(`${s.number}. ${s.title}`);
      doc.moveDown(0.5);
      for (const f of s.fields) {
        doc
          .font('Helvetica-Bold')
          .fontSize(11)
          .text(`${f.label}${f.required ? '' : ' (optional)'}`);
        if (f.lines.length === 0) {
          doc.font('Helvetica-Oblique').fontSize(10).fillColor('#b00020').text('Nothing recorded yet.');
          doc.fillColor('black');
        }
        for (const l of f.lines) {
          doc.font('Helvetica').fontSize(10).text(l.text);
          doc.font('Helvetica').fontSize(8).fillColor('#555555').text(sourceText(l.source));
          doc.fillColor('black');
          doc.moveDown(0.3);
        }
        doc.moveDown(0.5);
      }
    }
    if (d.gaps.length) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(15).text('Open gaps');
      doc.moveDown(0.5);
      for (const g of d.gaps) doc.font('Helvetica').fontSize(10).text(`Section ${g.section}: ${g.label}`);
    }

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const { left, right, top, bottom } = doc.page.margins;
      const width = doc.page.width - left - right;
      // Writing inside the bottom margin would make pdfkit start a new page: lift the margin while the footer is drawn.
      doc.page.margins.bottom = 0;
      doc.font('Helvetica').fontSize(8).fillColor('#555555');
      doc.text(running(d, draft), left, top / 2, { width, align: 'left', lineBreak: false });
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, doc.page.height - bottom / 2 - 8, {
        width,
        align: 'center',
        lineBreak: false,
      });
      doc.fillColor('black');
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

/** Renders the documentation as DOCX (Word, LibreOffice) with the same content and running header and footer. */
export async function annexIvDocx(d: AnnexIvDocument, draft: boolean): Promise<Buffer> {
  const { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } =
    await loadDocx();
  const body: DocxParagraph[] = [
    new Paragraph({
      text: 'Technical documentation',
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ text: 'EU AI Act, Article 11 and Annex IV', alignment: AlignmentType.CENTER }),
    new Paragraph({
      text: d.aiSystem.name,
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ text: d.organization.name, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: `Risk class: ${d.aiSystem.riskClass}`, alignment: AlignmentType.CENTER }),
    new Paragraph({
      text: `Generated ${dateOf(d)} by OpenAIMS from the AI management system's records`,
      alignment: AlignmentType.CENTER,
    }),
    ...(draft
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'DRAFT', bold: true, color: 'B00020', size: 36 })],
          }),
        ]
      : []),
  ];
  for (const s of d.sections) {
    body.push(
      new Paragraph({
        text: `${s.number}. ${s.title}`,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
    );
    for (const f of s.fields) {
      body.push(
        new Paragraph({
          text: `${f.label}${f.required ? '' : ' (optional)'}`,
          heading: HeadingLevel.HEADING_2,
        }),
      );
      if (f.lines.length === 0)
        body.push(
          new Paragraph({
            children: [new TextRun({ text: 'Nothing recorded yet.', italics: true, color: 'B00020' })],
          }),
        );
      for (const l of f.lines) {
        body.push(new Paragraph({ text: l.text }));
        body.push(
          new Paragraph({
            children: [new TextRun({ text: sourceText(l.source), size: 16, color: '555555' })],
          }),
        );
      }
    }
  }
  if (d.gaps.length) {
    body.push(new Paragraph({ text: 'Open gaps', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (const g of d.gaps)
      body.push(new Paragraph({ text: `Section ${g.section}: ${g.label}`, bullet: { level: 0 } }));
  }
  const doc = new Document({
    creator: 'OpenAIMS',
    title: `Annex IV technical documentation — ${d.aiSystem.name}`,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: running(d, draft), size: 16, color: '555555' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The document part of the file name: "annex-iv-resume-screener" (or "…-draft"), system and state. */
export function annexIvDocument(d: AnnexIvDocument, draft: boolean): string {
  return `annex-iv-${d.aiSystem.name}${draft ? '-draft' : ''}`;
}
