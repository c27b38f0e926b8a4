// Download names that say what a file is (§7.5.2 a: documented information is identified): organization,
// document and date, e.g. `acme-gmbh_statement-of-applicability_2026-12-02.pdf`, so a folder of exports sorts
// by organization and document and an auditor can tell two printouts apart without opening them.

/**
 * A file-name part from free text: letters and digits of any script, lower-cased, every other run one hyphen,
 * at most `max` characters. Path separators, quotes, control and bidi characters cannot survive it.
 */
export function slugify(text: string, max = 48): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** `<organization>_<document>_<YYYY-MM-DD>.<ext>`; the document may carry its own subject and version. */
export function documentFilename(organization: string, document: string, date: Date, ext: string): string {
  const org = slugify(organization) || 'organization';
  const doc = slugify(document, 80) || 'export';
  return `${org}_${doc}_${date.toISOString().slice(0, 10)}.${ext}`;
}
