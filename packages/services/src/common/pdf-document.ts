// One layout for every printed report (§7.5.2: documented information is identified — title, date, version —
// and reviewed and approved): a title page with the organization, document, version and approval; a running
// header (organization · document) and footer (version or approval · "Page N of M") on every page; and tables
// that wrap cell text, repeat their header row after a page break and fit the page width.
import { loadPdfKit } from './heavy-modules.ts';
import { WordWidths, wrapLines } from './pdf-lines.ts';
import { TimeSlices } from './time-slices.ts';

/** What identifies a printed document (§7.5.2 a, c). */
export interface DocumentMeta {
  organization: string;
  /** "Statement of Applicability". */
  title: string;
  /** What the document is about, e.g. the assessment or audit title. */
  subtitle?: string;
  /** The clause or standard it answers, e.g. "ISO/IEC 42001:2023, Annex A". */
  reference?: string;
  /** Short version and approval state for the footer: "Version 3 · approved 2026-05-01". */
  status: string;
  /** Label and value lines of the title page's identification block (version, approval, approver, dates). */
  details: [label: string, value: string][];
  /** Marks the title page and footer as not approved. */
  draft?: boolean;
  generatedAt: Date;
  landscape?: boolean;
}

/** A table column: its heading and its share of the width (relative weight). */
export interface Column {
  header: string;
  width: number;
}

/**
 * A table's rows built one at a time, as they are drawn: a long register's cell text is not all alive at once
 * (issue 17: 22,000 risks' cells were ≈ 40 MB of the heap while the PDF was laid out).
 */
export interface TableRows {
  count: number;
  row(index: number): string[];
}

/**
 * What a report body writes with. The body describes the document; the renderer lays it out afterwards, once per
 * pass, and lets other work run between table rows — a long register no longer holds the process for seconds.
 */
export interface DocumentWriter {
  /** A section heading, moved to the next page when too little room is left below it. */
  heading(text: string, level?: 1 | 2): void;
  /** A paragraph of body text. */
  paragraph(text: string, opts?: { muted?: boolean }): void;
  /** A bulleted list, one item per line. */
  bullets(items: readonly string[]): void;
  /** A table; every row is one string per column, given whole or one at a time (`TableRows`). */
  table(
    columns: Column[],
    rows: readonly string[][] | TableRows,
    opts?: { empty?: string; fontSize?: number },
  ): void;
  /** Label/value pairs as a two-column table without a header. */
  fields(pairs: [label: string, value: string][]): void;
  /** Starts a new page. */
  pageBreak(): void;
}

/** The layout helpers that draw at once into the pdfkit document; a table lets other work run between rows. */
type Layout = {
  [K in keyof DocumentWriter]: (...args: Parameters<DocumentWriter[K]>) => void | Promise<void>;
};

/** One thing the body wrote, laid out again in each pass. */
type Step = (layout: Layout) => void | Promise<void>;

/** The body's document as steps (the body runs once; its table rows are still built as they are drawn). */
function recordBody(body: (w: DocumentWriter) => void): Step[] {
  const steps: Step[] = [];
  body({
    heading: (...a) => steps.push((l) => l.heading(...a)),
    paragraph: (...a) => steps.push((l) => l.paragraph(...a)),
    bullets: (...a) => steps.push((l) => l.bullets(...a)),
    table: (...a) => steps.push((l) => l.table(...a)),
    fields: (...a) => steps.push((l) => l.fields(...a)),
    pageBreak: () => steps.push((l) => l.pageBreak()),
  });
  return steps;
}

/**
 * Columns whose widths follow their content: each column's share is its longest header word or typical cell
 * length, clamped so short codes stay narrow and long descriptions do not starve the rest.
 */
export function fitColumns(headers: string[], rows: (string | number)[][]): Column[] {
  return headers.map((header, i) => {
    const cells = rows.map((r) => String(r[i] ?? ''));
    const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length), 4);
    const typical = cells.length
      ? cells.map((c) => Math.min(c.length, 120)).reduce((a, b) => a + b, 0) / cells.length
      : header.length;
    return { header, width: Math.max(longestWord, Math.min(Math.max(typical, 6), 60)) };
  });
}

const INK = '#1d2330';
const MUTED = '#5b6473';
const RULE = '#b9c0cb';
const HEAD_FILL = '#e6eaf0';
const ZEBRA = '#f6f7f9';
const PAD = 4;
const MARGIN = { top: 64, bottom: 58, left: 48, right: 48 };

/** "2026-12-02". */
export const isoDay = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);

function left(doc: PDFKit.PDFDocument) {
  return doc.page.margins.left;
}
function usableWidth(doc: PDFKit.PDFDocument) {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
function bottom(doc: PDFKit.PDFDocument) {
  return doc.page.height - doc.page.margins.bottom;
}

/**
 * The longest start of `text` (whole words where possible) that fits `maxH` at the current font, and the rest.
 */
function splitToHeight(doc: PDFKit.PDFDocument, text: string, width: number, maxH: number): [string, string] {
  const fits = (t: string) => doc.heightOfString(t || ' ', { width }) <= maxH;
  if (fits(text)) return [text, ''];
  const words = text.split(/(?<=\s)/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(words.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0) return [words.slice(0, lo).join('').trimEnd(), words.slice(lo).join('').trimStart()];
  // Not even one word fits: cut it by characters.
  let chars = 1;
  while (chars < text.length && fits(text.slice(0, chars + 1))) chars++;
  return [text.slice(0, chars), text.slice(chars)];
}

function layout(doc: PDFKit.PDFDocument, drawing: boolean): Layout {
  const table = async (...[columns, rows, opts = {}]: Parameters<DocumentWriter['table']>) => {
    const size = opts.fontSize ?? 8.5;
    const x0 = left(doc);
    const total = columns.reduce((s, c) => s + c.width, 0);
    // No column narrower than its longest header word (a heading must not break inside a word); the others
    // give up the difference in proportion.
    doc.font('Helvetica-Bold').fontSize(size);
    const minW = columns.map(
      (c) => Math.max(...c.header.split(/\s+/).map((word) => doc.widthOfString(word))) + 2 * PAD + 1,
    );
    let widths = columns.map((c) => (c.width / total) * usableWidth(doc));
    const short = widths.reduce((sum, w, i) => sum + Math.max(minW[i]! - w, 0), 0);
    if (short > 0) {
      const spare = widths.reduce((sum, w, i) => sum + (w > minW[i]! ? w - minW[i]! : 0), 0);
      widths = widths.map((w, i) =>
        w <= minW[i]! ? minW[i]! : w - ((w - minW[i]!) / spare) * Math.min(short, spare),
      );
    }
    const textWidth = (i: number) => Math.max(widths[i]! - 2 * PAD, 8);
    // Cells are broken into lines here, once, and drawn from those lines (common/pdf-lines.ts).
    const regular = new WordWidths((t) => doc.font('Helvetica').fontSize(size).widthOfString(t));
    const bold = new WordWidths((t) => doc.font('Helvetica-Bold').fontSize(size).widthOfString(t));
    const lineH = doc.font('Helvetica').fontSize(size).currentLineHeight(true);
    const linesOf = (cells: string[], head = false) =>
      cells.map((c, i) => wrapLines(c, textWidth(i), head ? bold : regular));
    const heightOf = (cells: string[][]) => Math.max(...cells.map((c) => c.length)) * lineH + 2 * PAD;
    const drawRow = (cells: string[][], y: number, h: number, kind: 'head' | 'odd' | 'even') => {
      // Counting pages needs the rows' heights only.
      if (!drawing) return;
      const fill = kind === 'head' ? HEAD_FILL : kind === 'odd' ? ZEBRA : null;
      if (fill) doc.rect(x0, y, usableWidth(doc), h).fill(fill);
      doc.lineWidth(0.5).strokeColor(RULE);
      let x = x0;
      cells.forEach((lines, i) => {
        doc.rect(x, y, widths[i]!, h).stroke();
        doc
          .fillColor(INK)
          .font(kind === 'head' ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(size);
        lines.forEach((line, k) => {
          if (line) doc.text(line, x + PAD, y + PAD + k * lineH, { lineBreak: false });
        });
        x += widths[i]!;
      });
    };
    const { count, row: rowAt }: TableRows =
      'row' in rows ? rows : { count: rows.length, row: (i) => rows[i]! };
    if (count === 0) {
      paragraph(opts.empty ?? 'None.', { muted: true });
      return;
    }
    const headers = linesOf(
      columns.map((c) => c.header),
      true,
    );
    const headH = heightOf(headers);
    let y = doc.y;
    // Keep the header with at least one row.
    const firstH = heightOf(linesOf(rowAt(0)));
    if (y + headH + Math.min(firstH, 60) > bottom(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    drawRow(headers, y, headH, 'head');
    y += headH;
    const newPage = () => {
      doc.addPage();
      y = doc.page.margins.top;
      drawRow(headers, y, headH, 'head');
      y += headH;
    };
    const fresh = () => bottom(doc) - doc.page.margins.top - headH;
    const drawRecord = (row: string[], n: number) => {
      const kind = n % 2 ? 'odd' : 'even';
      let cells = linesOf(row);
      // A row that does not fit moves to the next page; one taller than a page continues there, cut between
      // lines — nothing an auditor reads is dropped.
      for (let guard = 0; guard < 100; guard++) {
        const h = heightOf(cells);
        const room = bottom(doc) - y;
        if (h <= room) {
          drawRow(cells, y, h, kind);
          y += h;
          return;
        }
        if (h <= fresh() || room < 40) {
          newPage();
          if (h <= fresh()) continue;
        }
        const space = bottom(doc) - y;
        const fit = Math.max(Math.floor((space - 2 * PAD) / lineH), 1);
        drawRow(
          cells.map((c) => c.slice(0, fit)),
          y,
          space,
          kind,
        );
        cells = cells.map((c) => c.slice(fit));
        if (!cells[0]!.length) cells[0] = linesOf([`${row[0]!.split('\n')[0]} (continued)`])[0]!;
        cells = cells.map((c) => (c.length ? c : ['']));
        newPage();
      }
    };
    const slices = new TimeSlices();
    for (let n = 0; n < count; n++) {
      drawRecord(rowAt(n), n);
      await slices.pause();
    }
    // The same text state after the table in every pass (a pass that only counts pages draws nothing), so what
    // follows moves down by the same line height.
    doc.font('Helvetica').fontSize(size);
    doc.x = x0;
    doc.y = y + 10;
  };

  const paragraph: Layout['paragraph'] = (text, opts = {}) => {
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(opts.muted ? MUTED : INK)
      .text(text, left(doc), doc.y, { width: usableWidth(doc) });
    doc.fillColor(INK).moveDown(0.4);
  };

  return {
    heading(text, level = 1) {
      const size = level === 1 ? 14 : 11.5;
      // Keep a heading with what follows it.
      if (doc.y + size * 4 > bottom(doc)) doc.addPage();
      else if (doc.y > doc.page.margins.top + 1) doc.moveDown(level === 1 ? 0.8 : 0.4);
      doc
        .font('Helvetica-Bold')
        .fontSize(size)
        .fillColor(INK)
        .text(text, left(doc), doc.y, { width: usableWidth(doc) });
      doc.moveDown(0.3);
    },
    paragraph,
    bullets(items) {
      for (const item of items)
        doc
          .font('Helvetica')
          .fontSize(9.5)
          .fillColor(INK)
          .text(`•  ${item}`, left(doc), doc.y, { width: usableWidth(doc), indent: 8 })
          .moveDown(0.15);
    },
    table,
    fields(pairs) {
      const x0 = left(doc);
      const labelW = Math.min(170, usableWidth(doc) * 0.3);
      const valueW = usableWidth(doc) - labelW;
      const heightOf = (label: string, value: string) =>
        Math.max(
          doc
            .font('Helvetica')
            .fontSize(9.5)
            .heightOfString(value || '-', { width: valueW - 2 * PAD }),
          doc
            .font('Helvetica-Bold')
            .fontSize(9.5)
            .heightOfString(label, { width: labelW - 2 * PAD }),
        ) +
        2 * PAD;
      const draw = (label: string, value: string, h: number) => {
        const y = doc.y;
        doc
          .lineWidth(0.5)
          .strokeColor(RULE)
          .moveTo(x0, y)
          .lineTo(x0 + usableWidth(doc), y)
          .stroke();
        doc
          .font('Helvetica-Bold')
          .fontSize(9.5)
          .fillColor(MUTED)
          .text(label, x0 + PAD, y + PAD, { width: labelW - 2 * PAD });
        doc
          .font('Helvetica')
          .fillColor(INK)
          .text(value || '-', x0 + labelW + PAD, y + PAD, { width: valueW - 2 * PAD });
        doc.x = x0;
        doc.y = y + h;
      };
      for (const [label, full] of pairs) {
        let value = full;
        let name = label;
        // A long value continues on the next page under "(continued)", cut between words.
        for (let guard = 0; guard < 100; guard++) {
          const h = heightOf(name, value);
          const room = bottom(doc) - doc.y;
          if (h <= room) {
            draw(name, value, h);
            break;
          }
          if (room < 60 || h <= bottom(doc) - doc.page.margins.top) {
            doc.addPage();
            continue;
          }
          doc.font('Helvetica').fontSize(9.5);
          const [head, rest] = splitToHeight(doc, value, valueW - 2 * PAD, room - 2 * PAD);
          draw(name, head, room);
          value = rest;
          name = `${label} (continued)`;
          doc.addPage();
        }
      }
      doc.moveDown(0.6);
    },
    pageBreak() {
      doc.addPage();
    },
  };
}

function titlePage(doc: PDFKit.PDFDocument, m: DocumentMeta) {
  const x0 = left(doc);
  const w = usableWidth(doc);
  const top = m.landscape ? 110 : 170;
  doc.rect(x0, top - 24, 56, 4).fill('#2f5d9e');
  doc.fillColor(MUTED).font('Helvetica').fontSize(13).text(m.organization, x0, top, { width: w });
  doc.moveDown(0.4);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(26).text(m.title, { width: w });
  if (m.subtitle) doc.moveDown(0.2).font('Helvetica').fontSize(15).text(m.subtitle, { width: w });
  if (m.reference)
    doc.moveDown(0.3).fillColor(MUTED).font('Helvetica').fontSize(11).text(m.reference, { width: w });
  if (m.draft)
    doc
      .moveDown(0.8)
      .fillColor('#b00020')
      .font('Helvetica-Bold')
      .fontSize(13)
      .text('DRAFT — not approved', { width: w });
  doc.fillColor(INK).moveDown(1.5);
  const labelW = 120;
  const boxW = Math.min(w, 520);
  for (const [label, value] of [
    ...m.details,
    ['Generated', `${isoDay(m.generatedAt)} by OpenAIMS`] as [string, string],
  ]) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10);
    const h = doc.heightOfString(value || '-', { width: boxW - labelW }) + 8;
    doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(x0, y)
      .lineTo(x0 + boxW, y)
      .stroke();
    doc
      .font('Helvetica-Bold')
      .fillColor(MUTED)
      .text(label, x0, y + 4, { width: labelW - 8 });
    doc
      .font('Helvetica')
      .fillColor(INK)
      .text(value || '-', x0 + labelW, y + 4, { width: boxW - labelW });
    doc.y = y + h;
  }
  doc
    .lineWidth(0.5)
    .strokeColor(RULE)
    .moveTo(x0, doc.y)
    .lineTo(x0 + boxW, doc.y)
    .stroke();
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(
      'Generated from the records of the AI management system (ISO/IEC 42001:2023, 7.5). A printed copy is uncontrolled; the record in OpenAIMS is the current version.',
      x0,
      bottom(doc) - 40,
      { width: w },
    );
  doc.fillColor(INK);
}

/**
 * Running header (from page 2) and footer (every page) on the pages still buffered, each of which is complete: at the
 * end of the body, or — in a long document — before the next page is started. `total` is the document's page count.
 */
function furniture(doc: PDFKit.PDFDocument, m: DocumentMeta, total: number) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text in the margins must not trigger pdfkit's automatic page break.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x0 = doc.page.margins.left;
    const w = usableWidth(doc);
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    if (i > 0) {
      doc.text(`${m.organization} · ${m.title}${m.subtitle ? ` · ${m.subtitle}` : ''}`, x0, 32, {
        width: w,
        lineBreak: false,
        ellipsis: true,
        height: 10,
      });
      doc
        .lineWidth(0.5)
        .strokeColor(RULE)
        .moveTo(x0, 44)
        .lineTo(x0 + w, 44)
        .stroke();
    }
    const fy = doc.page.height - 40;
    doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(x0, fy - 6)
      .lineTo(x0 + w, fy - 6)
      .stroke();
    const pageLabel = `Page ${i + 1} of ${total}`;
    const pageW = doc.widthOfString(pageLabel) + 2;
    doc
      .fillColor(m.draft ? '#b00020' : MUTED)
      .text(m.status, x0, fy, { width: w - pageW - 24, lineBreak: false, ellipsis: true, height: 10 });
    doc.fillColor(MUTED).text(pageLabel, x0 + w - pageW, fy, { width: pageW, lineBreak: false });
    doc.page.margins.bottom = saved;
  }
}

/**
 * Pages a document keeps in memory at most. "Page N of M" needs M before a page is written out, so pdfkit buffers
 * pages; a register of 20,000 risks (≈ 1,300 pages) held ≈ 700 MB that way (issue 17). A document longer than this
 * is counted first, then written with its pages flushed as they complete.
 */
export const PAGES_IN_MEMORY = 50;

/**
 * Pages a long document's second pass keeps before it writes them out. pdfkit holds a page's content as one small
 * buffer per drawing operation until the page is written: 50 pages of the risk register were ≈ 100,000 buffers and
 * ≈ 20 MB of heap (issue 17).
 */
const FLUSH_EVERY = 5;

/** Thrown out of a single-pass render that grew past PAGES_IN_MEMORY. */
class LongDocument extends Error {}

/** The text state the body writes with (pdfkit keeps it on the document; a page's furniture changes it). */
type TextState = { _font: { name: string } | null; _fontSize: number; _fillColor: unknown };

/**
 * Writes the title page and the body into `doc`, calling `beforeNewPage` whenever a page is about to start — then
 * every page so far is complete, whether the body or pdfkit's own text flow starts it.
 */
async function writeBody(
  doc: PDFKit.PDFDocument,
  m: DocumentMeta,
  steps: Step[],
  beforeNewPage: () => void,
  drawing = true,
) {
  const addPage = doc.addPage.bind(doc);
  doc.addPage = (options?: PDFKit.PDFDocumentOptions) => {
    beforeNewPage();
    return addPage(options);
  };
  titlePage(doc, m);
  doc.addPage();
  const l = layout(doc, drawing);
  for (const step of steps) await step(l);
}

type PdfKit = Awaited<ReturnType<typeof loadPdfKit>>;

/** Output bytes gathered before they are joined into one buffer. */
const JOIN_BYTES = 64 * 1024;

/** A new pdfkit document in the shared layout; `done` resolves to its bytes (empty when `keep` is false). */
function openDocument(PDFDocument: PdfKit, m: DocumentMeta, bufferPages: boolean, keep = true) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: m.landscape ? 'landscape' : 'portrait',
    margins: MARGIN,
    bufferPages,
    info: {
      Title: `${m.title}${m.subtitle ? ` — ${m.subtitle}` : ''} — ${m.organization}`,
      Author: m.organization,
      Subject: m.reference ?? m.title,
      Creator: 'OpenAIMS',
    },
  });
  // pdfkit pushes a small buffer into its stream for every line it writes, and the layout below is synchronous, so
  // the stream holds them all until the document is done: ≈ 150,000 for the 20,000-risk register's 4 MB, at about
  // ten times their size in heap (issue 17). They are taken as they are pushed and joined every JOIN_BYTES (or
  // dropped, for a pass that only counts pages); the byte-comparison test checks the file is unchanged.
  const chunks: Buffer[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const join = () => {
    if (pending.length) chunks.push(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  const take = (bytes: Uint8Array) => {
    pending.push(bytes);
    pendingBytes += bytes.byteLength;
    if (pendingBytes >= JOIN_BYTES) join();
  };
  // The file's header, written by the constructor, is already in the stream.
  for (let head = doc.read(); head !== null; head = doc.read()) if (keep) take(head as Uint8Array);
  const push = doc.push.bind(doc);
  doc.push = (chunk: unknown) => {
    if (chunk === null) return push(null);
    if (keep) take(chunk as Uint8Array);
    return true;
  };
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      join();
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc.resume(); // nothing is read from the stream; flowing, it ends once pdfkit pushes its end
  return { doc, done };
}

/**
 * How many pages the document has: the body laid out without keeping pages or bytes, and its table rows measured
 * but not drawn (the pass that writes checks it comes to the same count).
 */
async function countPages(PDFDocument: PdfKit, m: DocumentMeta, steps: Step[]) {
  const { doc, done } = openDocument(PDFDocument, m, false, false);
  let pages = 1;
  await writeBody(
    doc,
    m,
    steps,
    () => {
      pages += 1;
    },
    false,
  );
  doc.end();
  await done;
  return pages;
}

/**
 * The document written once with every page kept, or null once it grows past `pagesInMemory` pages. A function of
 * its own, so the abandoned attempt is garbage as soon as it returns: kept in the caller's scope, where the later
 * passes' callbacks share it, its 50 buffered pages (≈ 100,000 small buffers, ≈ 25 MB) lived through the whole
 * layout of the 22,000-risk register (issue 17).
 */
async function renderShort(
  PDFDocument: PdfKit,
  m: DocumentMeta,
  steps: Step[],
  pagesInMemory: number,
): Promise<Buffer | null> {
  const { doc, done } = openDocument(PDFDocument, m, true);
  try {
    await writeBody(doc, m, steps, () => {
      if (doc.bufferedPageRange().count >= pagesInMemory) throw new LongDocument();
    });
  } catch (e) {
    if (e instanceof LongDocument) return null;
    throw e;
  }
  furniture(doc, m, doc.bufferedPageRange().count);
  doc.fillColor(INK).end();
  return done;
}

/**
 * Renders a report in the shared layout: title page, then the body the callback writes (from page 2), with the
 * running header and footer on every page. Most documents are written once, their pages kept until the end; one
 * longer than PAGES_IN_MEMORY is counted first and then written a few pages at a time (FLUSH_EVERY).
 */
export async function renderPdfDocument(
  m: DocumentMeta,
  body: (w: DocumentWriter) => void,
  { pagesInMemory = PAGES_IN_MEMORY }: { pagesInMemory?: number } = {},
): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const steps = recordBody(body);
  const whole = await renderShort(PDFDocument, m, steps, pagesInMemory);
  if (whole) return whole;
  const total = await countPages(PDFDocument, m, steps);
  const { doc, done } = openDocument(PDFDocument, m, true);
  await writeBody(doc, m, steps, () => {
    if (doc.bufferedPageRange().count < Math.min(pagesInMemory, FLUSH_EVERY)) return;
    // The furniture changes the font and colour; the body's text may be half-way through a paragraph that goes on
    // (the colour is restored as state only: a new page starts from the default in the file either way).
    const state = doc as unknown as TextState;
    const { _font: font, _fontSize: size, _fillColor: fill } = state;
    furniture(doc, m, total);
    doc.flushPages();
    if (font) doc.font(font.name);
    doc.fontSize(size);
    state._fillColor = fill;
  });
  const written = doc.bufferedPageRange();
  if (written.start + written.count !== total)
    throw new Error(
      `PDF layout differed between passes (${written.start + written.count} pages, counted ${total})`,
    );
  furniture(doc, m, total);
  doc.fillColor(INK).end();
  return done;
}
