// The catalogue registry: which frameworks exist, their requirements, and the version of our data.
import type { Framework, FrameworkId, Requirement } from './catalog.schema.ts';
import { EU_AI_ACT_REQUIREMENTS } from './eu-ai-act.ts';
import { ISO27001_CLAUSES } from './iso27001.clauses.ts';
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES } from './iso42001.annex-a.ts';
import { ISO42001_CLAUSES } from './iso42001.clauses.ts';
import { NIST_AI_RMF_REQUIREMENTS } from './nist-ai-rmf.ts';

/** Version of the shipped catalogue data; bump when any requirement or mapping changes. */
export const CATALOG_VERSION = '2026.1';

/** ISO/IEC 42001:2023 requirements: clauses 4–10, then Annex A areas, objectives and controls. */
export const ISO42001_REQUIREMENTS: readonly Requirement[] = [
  ...ISO42001_CLAUSES,
  ...ANNEX_A_OBJECTIVES,
  ...ANNEX_A_CONTROLS,
];

const REQUIREMENTS: Record<FrameworkId, readonly Requirement[]> = {
  'iso-iec-42001-2023': ISO42001_REQUIREMENTS,
  'eu-ai-act-2024': EU_AI_ACT_REQUIREMENTS,
  'nist-ai-rmf-1.0': NIST_AI_RMF_REQUIREMENTS,
  'iso-iec-27001-2022': ISO27001_CLAUSES,
};

const META: Record<FrameworkId, Omit<Framework, 'id' | 'catalogVersion' | 'requirementCount'>> = {
  'iso-iec-42001-2023': {
    title: 'ISO/IEC 42001:2023 Artificial intelligence — Management system',
    publisher: 'ISO/IEC',
    published: '2023-12',
    note: 'Ids and official short titles only; summaries are our own words. Attach licensed full text by importing an OSCAL catalog.',
  },
  'eu-ai-act-2024': {
    title: 'Regulation (EU) 2024/1689 (AI Act)',
    publisher: 'European Union',
    published: '2024-07-12',
    note: 'The provisions that matter to an AI management system; not the whole regulation.',
  },
  'nist-ai-rmf-1.0': {
    title: 'NIST AI Risk Management Framework 1.0 (NIST AI 100-1)',
    publisher: 'NIST',
    published: '2023-01',
    note: 'Functions, categories and subcategory ids.',
  },
  'iso-iec-27001-2022': {
    title: 'ISO/IEC 27001:2022 Information security management systems — Clauses 4–10',
    publisher: 'ISO/IEC',
    published: '2022-10',
    note: 'Harmonized Structure clauses only; Annex A of 27001 is not included.',
  },
};

/** Every framework in the catalogue. */
export function listFrameworks(): Framework[] {
  return (Object.keys(REQUIREMENTS) as FrameworkId[]).map((id) => ({
    id,
    ...META[id],
    catalogVersion: CATALOG_VERSION,
    requirementCount: REQUIREMENTS[id].length,
  }));
}

/** All requirements of a framework in document order. */
export function frameworkRequirements(id: FrameworkId): readonly Requirement[] {
  return REQUIREMENTS[id];
}

/** One requirement by framework and ref, or undefined. */
export function findRequirement(id: FrameworkId, ref: string): Requirement | undefined {
  return REQUIREMENTS[id].find((r) => r.ref === ref);
}
