// Display formatting shared by tables and detail pages, in the language the person chose (issue 16): the
// same `Intl` formatters, built once per language.
import { currentLocale } from '../i18n/index.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: (l: string) => F,
): F {
  const locale = currentLocale();
  const id = `${locale}:${key}`;
  let f = cache.get(id) as F | undefined;
  if (!f) {
    f = make(locale);
    cache.set(id, f);
  }
  return f;
}

const dateTime = () =>
  formatter('dt', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }));
const dateOnly = () => formatter('d', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' }));

/** "12 Mar 2026, 14:05" ("12.03.2026, 14:05" in German), or an em dash for missing values. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime().format(new Date(iso)) : '—';
}

/** "12 Mar 2026" ("12.03.2026" in German), or an em dash for missing values. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateOnly().format(new Date(iso)) : '—';
}

/** A number with the language's grouping and decimal marks ("1,234.5" / "1.234,5"); `digits` fixes the decimals. */
export function formatNumber(n: number | null | undefined, digits?: number): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const opts: Intl.NumberFormatOptions =
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return formatter(`n${digits ?? ''}`, (l) => new Intl.NumberFormat(l, opts)).format(n);
}

/** A share 0–1 as a percentage in the language's form ("85 %" in German). */
export function formatPercent(share: number): string {
  return formatter(
    'p',
    (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

/** Role names as people say them. */
export function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
