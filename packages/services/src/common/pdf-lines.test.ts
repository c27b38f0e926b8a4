import { describe, expect, it } from 'vitest';
import { WordWidths, wrapLines } from './pdf-lines.ts';

// A monospaced measure: every character is 1 wide, so line widths are easy to reason about.
const mono = () => new WordWidths((t) => [...t].length);

describe('table cell lines', () => {
  it('fills each line with whole words and keeps the text, word for word', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const lines = wrapLines(text, 10, mono());
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps line breaks, empty lines and runs of spaces, and an empty text is one empty line', () => {
    expect(wrapLines('a\n\nb\r\nc', 10, mono())).toEqual(['a', '', 'b', 'c']);
    expect(wrapLines('', 10, mono())).toEqual(['']);
    expect(wrapLines('A.1  Title', 20, mono())).toEqual(['A.1  Title']);
    expect(wrapLines('aaaa  bbbb', 5, mono())).toEqual(['aaaa ', 'bbbb']);
  });

  it('cuts a word wider than the line, after a separator when one fits, never losing a character', () => {
    const url = 'https://example.com/a/very/long/path';
    const lines = wrapLines(`see ${url}`, 12, mono());
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(12);
    expect(lines.join('').replace(/^see/, '')).toBe(url);
    expect(lines[1]).toBe('https://');
    const id = 'x'.repeat(25);
    expect(wrapLines(id, 10, mono())).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    // A line too narrow for one character still moves on, one character a line; surrogate pairs stay whole.
    expect(wrapLines('ab😀', 0.5, mono())).toEqual(['a', 'b', '😀']);
  });

  it('measures a word once and starts over past its limit', () => {
    const seen: string[] = [];
    const widths = new WordWidths((t) => {
      seen.push(t);
      return t.length;
    }, 3);
    wrapLines('a b a b a b', 100, widths);
    expect(seen.filter((w) => w === 'a')).toHaveLength(1);
    wrapLines('c d e', 100, widths);
    wrapLines('a', 100, widths);
    expect(seen.filter((w) => w === 'a')).toHaveLength(2);
  });
});
