// RFC 4180 CSV for the exports that offer it (SoA, access log): one place that neutralises spreadsheet formulas.

/** One cell: a leading =, +, -, @, tab or CR is prefixed with ' (CSV injection), and quoting is added where needed. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends and a final CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
