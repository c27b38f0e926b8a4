// ISO/IEC 27001:2022 clauses 4–10 (Harmonized Structure): ids and official short titles; summaries are ours.
// Annex A of 27001 is not shipped here.
import type { Requirement } from './catalog.schema.ts';
import { ISO42001_CLAUSES } from './iso42001.clauses.ts';

/** Where 27001 titles differ from 42001's; 6.1.4 and 8.4 have no 27001 counterpart. */
const TITLES_27001: Record<string, string> = {
  '4.3': 'Determining the scope of the information security management system',
  '4.4': 'Information security management system',
  '5.2': 'Policy',
  '5.3': 'Organizational roles, responsibilities and authorities',
  '6.1.2': 'Information security risk assessment',
  '6.1.3': 'Information security risk treatment',
  '6.2': 'Information security objectives and planning to achieve them',
  '8.2': 'Information security risk assessment',
  '8.3': 'Information security risk treatment',
};

const ONLY_IN_42001 = new Set(['6.1.4', '8.4']);

/** Clauses 4–10 of ISO/IEC 27001:2022, in document order. */
export const ISO27001_CLAUSES: readonly Requirement[] = ISO42001_CLAUSES.filter(
  (c) => !ONLY_IN_42001.has(c.ref),
).map((c) => ({
  ...c,
  title: TITLES_27001[c.ref] ?? c.title,
  summary: `The information security counterpart of ISO/IEC 42001 ${c.ref} (same Harmonized Structure clause).`,
}));
