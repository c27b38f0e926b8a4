// Test helper: the text a pdfkit PDF shows, read back from the real bytes. pdfkit writes its page content in
// FlateDecode streams, and text with the standard fonts as WinAnsi hex strings in `Tj`/`TJ` operators; this
// inflates every stream and decodes those strings, one output line per text operator.
import zlib from 'node:zlib';

function decodeHex(hex: string): string {
  return Buffer.from(hex.replace(/\s+/g, ''), 'hex').toString('latin1');
}

function textOf(content: string): string[] {
  const lines: string[] = [];
  // `[<48656c6c6f> 20 <776f726c64>] TJ` (kerned) or `<48656c6c6f> Tj`.
  for (const m of content.matchAll(/\[((?:<[0-9a-fA-F\s]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj/g)) {
    if (m[1] !== undefined)
      lines.push([...m[1].matchAll(/<([0-9a-fA-F\s]*)>/g)].map((h) => decodeHex(h[1]!)).join(''));
    else lines.push(decodeHex(m[2]!));
  }
  return lines;
}

/** The text of every page, text operators joined with newlines (content streams in file order). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = zlib.inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    out.push(...textOf(content));
  }
  return out.join('\n');
}
