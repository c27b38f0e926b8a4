// Where a person fixes what the readiness view reports: each source, item and blocker names a page of the web
// app, as a path under the organization (`/orgs/{orgId}` + path).
import type { ReadinessBlocker, ReadinessItem, ReadinessSource } from './readiness.schema.ts';

const SOURCE_PAGE: Record<ReadinessSource['type'], string> = {
  document: '/documents',
  evidence: '/evidence',
  soa: '/soa',
  risks: '/risks',
  impacts: '/impacts',
  objectives: '/objectives',
  competence: '/people',
  nonconformities: '/improvement',
  management_reviews: '/management-reviews',
  audits: '/audits',
};

/** The page of one source: the record itself when it has an id and its own page, else its collection. */
export function readinessSourcePath(s: ReadinessSource): string {
  const base = SOURCE_PAGE[s.type];
  return s.id && (s.type === 'document' || s.type === 'evidence') ? `${base}/${s.id}` : base;
}

/** Where an item is fixed without a source yet: records in their module, documents in the register. */
const ITEM_PAGE: Partial<Record<ReadinessItem['key'], string>> = {
  statement_of_applicability: '/soa',
  risk_opportunity_actions: '/risks',
  risk_assessment_results: '/risks',
  risk_treatment_results: '/risks',
  impact_assessment_results: '/impacts',
  ai_objectives: '/objectives',
  competence_evidence: '/people',
  operational_evidence: '/evidence',
  monitoring_results: '/monitoring',
  audit_programme_results: '/audits',
  management_review_results: '/management-reviews',
  nonconformity_records: '/improvement',
};

/** The page where an item is worked on: its first source, else its module, else the document register. */
export function readinessItemPath(item: Pick<ReadinessItem, 'key' | 'sources'>): string {
  const first = item.sources[0];
  if (first) return readinessSourcePath(first);
  return ITEM_PAGE[item.key] ?? '/documents';
}

const BLOCKER_PAGE: Record<string, string> = {
  soa_undecided: '/soa',
  soa_unjustified: '/soa',
  risks_reassess: '/risks',
  reviews_overdue: '/risks',
  major_nc_open: '/improvement',
};

/** The page where a blocker is cleared. */
export function readinessBlockerPath(b: Pick<ReadinessBlocker, 'key'>): string {
  return BLOCKER_PAGE[b.key] ?? '/readiness';
}
