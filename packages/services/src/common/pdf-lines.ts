// Table cells broken into lines by the report layout itself (common/pdf-document.ts), so a cell is measured once and
// drawn from the same lines. pdfkit's own text flow builds a line wrapper — an event emitter with its listeners, a
// Unicode line breaker and a measurement of every word — each time text is measured or drawn: a 22,000-risk register
// measured and drew every cell that way in every pass, ≈ 8.7 GB of short-lived objects for a 4 MB file, and the
// garbage set the process's peak memory (issue 17: the audit pack's peak RSS).

/** The width of a string in the font and size it is measured in (points). */
export type Measure = (text: string) => number;

/** Words measured at most once per font and size: a register repeats its names, labels and dates on every row. */
export class WordWidths {
  private readonly known = new Map<string, number>();

  /** `limit` bounds the words remembered; past it the memory starts over (a column of ids repeats nothing). */
  constructor(
    private readonly measure: Measure,
    private readonly limit = 20_000,
  ) {}

  width(word: string): number {
    let w = this.known.get(word);
    if (w === undefined) {
      w = this.measure(word);
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(word, w);
    }
    return w;
  }
}

/**
 * `text` broken into lines no wider than `width`: at its line breaks, then between words (the space where a line
 * breaks is dropped, other spaces are kept), and inside a word only when the word alone is wider than the line. An
 * empty text is one empty line. Widths add up word by word, as pdfkit's own wrapper measures them.
 */
export function wrapLines(text: string, width: number, widths: WordWidths): string[] {
  const lines: string[] = [];
  const space = widths.width(' ');
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let used = 0;
    let started = false;
    // Split at every space, so a run of spaces (a deliberate gap, "A.6.2.4  AI system verification") is kept.
    for (const word of paragraph.split(' ')) {
      let w = word ? widths.width(word) : 0;
      if (started && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (started) lines.push(line);
      started = true;
      line = word;
      used = w;
      // A word wider than the line (an id, a URL) is cut by characters, as many as fit on each line.
      while (used > width && line.length > firstCharLength(line)) {
        const cut = fittingPrefix(line, width, widths);
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        w = widths.width(line);
        used = w;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Characters after which a long word (a path, a URL, an id) is cut sooner than anywhere else. */
const BREAK_AFTER = new Set(['/', '-', '_', '.', ',', ';', ':', '?', '&', '=', '#', '|', '\\']);

/**
 * How many leading characters of `word` fit `width`: up to the last path or word separator that fits, else as many
 * as fit, and at least one character, so a line always moves on.
 */
function fittingPrefix(word: string, width: number, widths: WordWidths): number {
  let used = 0;
  let n = 0;
  let separator = 0;
  // By code point, so a character outside the Basic Multilingual Plane is never cut in half.
  for (const ch of word) {
    used += widths.width(ch);
    if (used > width) break;
    n += ch.length;
    if (BREAK_AFTER.has(ch)) separator = n;
  }
  if (separator > 0 && separator < n && separator >= n / 2) return separator;
  return Math.max(n, firstCharLength(word));
}

/** UTF-16 units of the first character (2 outside the Basic Multilingual Plane). */
const firstCharLength = (s: string) => (s.codePointAt(0)! > 0xffff ? 2 : 1);
