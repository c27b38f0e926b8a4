import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/pdf-text.ts';
import { type DocumentWriter, renderPdfDocument } from './pdf-document.ts';
import { SLICE_MS } from './time-slices.ts';

const meta = {
  organization: 'Acme GmbH',
  title: 'Test register',
  status: 'Version 2 · approved 2026-12-01 by Ana',
  details: [['Version', 'Version 2']] as [string, string][],
  generatedAt: new Date('2026-12-02T08:00:00Z'),
};
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('shared PDF layout (§7.5.2)', () => {
  it('repeats the header row on every page of a long table and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Row ${i + 1}`, `Text of row ${i + 1}`]);
    const pdf = await renderPdfDocument(meta, (w) =>
      w.table(
        [
          { header: 'Name', width: 1 },
          { header: 'Text', width: 3 },
        ],
        rows,
      ),
    );
    const pages = pagesOf(pdf);
    const lines = pdfText(pdf).split('\n');
    expect(pages).toBeGreaterThan(3);
    expect(lines.filter((l) => l === 'Name')).toHaveLength(pages - 1);
    expect(lines).toContain(`Page ${pages} of ${pages}`);
    expect(lines.filter((l) => l === 'Acme GmbH · Test register')).toHaveLength(pages - 1);
    expect(lines.filter((l) => l === meta.status)).toHaveLength(pages);
    expect(lines).toContain('Row 120');
  });

  it('continues a cell or a field taller than a page on the next page, dropping nothing', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
    const pdf = await renderPdfDocument(meta, (w) => {
      w.table(
        [
          { header: 'Control', width: 1 },
          { header: 'Justification', width: 2 },
        ],
        [['A.2.2', words]],
      );
      w.fields([['Scope', words]]);
    });
    const text = pdfText(pdf);
    expect(text).toContain('w1499');
    expect(text).toContain('Scope (continued)');
    expect(text).toContain('A.2.2 (continued)');
    const seen = text.split(/\s+/).filter((t) => /^w\d+$/.test(t));
    expect(new Set(seen).size).toBe(1500);
    expect(text).toContain(`Page ${pagesOf(pdf)} of ${pagesOf(pdf)}`);
  });

  it('writes a long document keeping few pages in memory, with the same pages and text as kept whole', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const body = (w: DocumentWriter) => {
      w.heading('Register');
      // A muted paragraph that pdfkit itself carries over several pages, then a table that breaks its own pages.
      w.paragraph(Array.from({ length: 25 }, () => words).join(' '), { muted: true });
      w.table(
        [
          { header: 'Name', width: 1 },
          { header: 'Text', width: 3 },
        ],
        Array.from({ length: 100 }, (_, i) => [`Row ${i + 1}`, `Text of row ${i + 1}`]),
      );
      w.paragraph('The end.');
    };
    const whole = await renderPdfDocument(meta, body, { pagesInMemory: Number.POSITIVE_INFINITY });
    const flushed = await renderPdfDocument(meta, body, { pagesInMemory: 3 });
    const pages = pagesOf(flushed);
    expect(pages).toBeGreaterThan(9);
    expect(pagesOf(whole)).toBe(pages);
    // Every content stream (text, fonts, colours, lines) is the same, in the same order.
    const streams = (pdf: Buffer) =>
      [...pdf.toString('latin1').matchAll(/stream\r?\n/g)].flatMap((m) => {
        const start = m.index! + m[0].length;
        const bytes = pdf.subarray(start, pdf.indexOf('endstream', start, 'latin1'));
        try {
          return [zlib.inflateSync(bytes).toString('latin1')];
        } catch {
          return [];
        }
      });
    expect(streams(flushed)).toEqual(streams(whole));
    // Every byte pdfkit wrote is in the file, in order: the cross-reference table's offsets (counted by pdfkit as it
    // writes) point at their objects, and startxref at the table, in both files.
    for (const pdf of [whole, flushed]) {
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
      expect(text.slice(xref, xref + 4)).toBe('xref');
      const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n ?$/gm)].map((m) => Number(m[1]));
      expect(offsets.length).toBeGreaterThan(pages);
      offsets.forEach((at, i) => {
        expect(text.slice(at, at + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
      });
    }
    const lines = pdfText(flushed).split('\n');
    for (let i = 1; i <= pages; i++)
      expect(lines.filter((l) => l === `Page ${i} of ${pages}`)).toHaveLength(1);
    expect(lines).toContain('The end.');
  });

  it('lets other work run while it lays out a long table, and writes the same file', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Row ${i + 1}`, `Text of row ${i + 1} `.repeat(3)]);
    const body = (w: DocumentWriter) => {
      w.heading('Register');
      w.table(
        [
          { header: 'Name', width: 1 },
          { header: 'Text', width: 3 },
        ],
        { count: rows.length, row: (i) => rows[i]! },
      );
      w.bullets(['First point', 'Second point']);
    };
    // Count the event loop's turns while the document is laid out: other requests get a turn between rows.
    let turns = 0;
    let laying = true;
    const turn = () => {
      if (!laying) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    const started = performance.now();
    const pdf = await renderPdfDocument(meta, body);
    const took = performance.now() - started;
    laying = false;
    // About one turn per SLICE_MS of layout (asserted loosely: a loaded machine stretches slices); a layout that
    // never pauses gives none (checked).
    expect(turns).toBeGreaterThanOrEqual(Math.floor(took / (10 * SLICE_MS)));
    expect(turns).toBeGreaterThan(10);
    // Pausing changes nothing in the file: the same as laid out with everything kept in memory.
    const whole = await renderPdfDocument(meta, body, { pagesInMemory: Number.POSITIVE_INFINITY });
    expect(pagesOf(pdf)).toBe(pagesOf(whole));
    expect(pdfText(pdf)).toBe(pdfText(whole));
    const lines = pdfText(pdf).split('\n');
    expect(lines).toContain('Row 3000');
    expect(lines.filter((l) => l.endsWith(' Second point'))).toHaveLength(1);
  });
});
