// Global search (issue 16): one query over the organization's records, each hit with the web page it opens.
import { z } from 'zod';
import type { Permission } from '../orgs/permissions.ts';

/** The kinds of record search finds, in the order the results are grouped. */
export const SEARCH_TYPES = [
  'ai_system',
  'model',
  'dataset',
  'supplier',
  'risk',
  'impact_assessment',
  'control',
  'document',
  'evidence',
  'objective',
  'metric',
  'nonconformity',
  'incident',
  'audit',
  'management_review',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** What a person calls each kind of record, for group headings. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  ai_system: 'AI systems',
  model: 'Models',
  dataset: 'Datasets',
  supplier: 'Suppliers',
  risk: 'Risks',
  impact_assessment: 'Impact assessments',
  control: 'Annex A controls',
  document: 'Documents',
  evidence: 'Evidence',
  objective: 'Objectives',
  metric: 'Metrics',
  nonconformity: 'Nonconformities',
  incident: 'Incidents',
  audit: 'Audits',
  management_review: 'Management reviews',
};

/** The read permission each kind needs: a role that cannot read a module finds nothing of it. */
export const SEARCH_TYPE_PERMISSIONS: Record<SearchType, Permission> = {
  ai_system: 'ai_system:read',
  model: 'model:read',
  dataset: 'dataset:read',
  supplier: 'supplier:read',
  risk: 'risk:read',
  impact_assessment: 'impact:read',
  control: 'soa:read',
  document: 'document:read',
  evidence: 'evidence:read',
  objective: 'objective:read',
  metric: 'metric:read',
  nonconformity: 'improvement:read',
  incident: 'improvement:read',
  audit: 'audit:read',
  management_review: 'management_review:read',
};

/** Most hits returned per kind, so one busy module does not crowd out the others. */
export const SEARCH_LIMIT_PER_TYPE = 8;

/** `?q=`: 1–200 characters after trimming. */
export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Type at least one character.').max(200, 'A search is at most 200 characters.'),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** One hit: what it is, its id, what it is called and the web page that shows it. */
export const SearchItemSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.string(),
  title: z.string(),
  url: z.string(),
});
export type SearchItem = z.infer<typeof SearchItemSchema>;

/** The answer of `GET /orgs/{orgId}/search`. */
export const SearchResultSchema = z.object({ items: z.array(SearchItemSchema) });
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** Each kind's page under the organization, and whether it shows one record (its id follows). */
const SEARCH_PAGES: Record<SearchType, [page: string, ofRecord: boolean]> = {
  ai_system: ['ai-systems', true],
  model: ['models', true],
  dataset: ['datasets', true],
  supplier: ['suppliers', true],
  risk: ['risks', true],
  impact_assessment: ['impacts', false],
  control: ['soa', false],
  document: ['documents', true],
  evidence: ['evidence', true],
  objective: ['objectives', true],
  metric: ['monitoring/metrics', true],
  nonconformity: ['nonconformities', true],
  incident: ['improvement', false],
  audit: ['audits', true],
  management_review: ['management-reviews', true],
};

/**
 * The web path that shows a record. Kinds without a page of their own open their module's list (impact
 * assessments, incidents) or, for controls, the SoA.
 */
export function searchUrl(orgId: string, type: SearchType, id: string): string {
  const [page, ofRecord] = SEARCH_PAGES[type];
  return `/orgs/${encodeURIComponent(orgId)}/${page}${ofRecord ? `/${encodeURIComponent(id)}` : ''}`;
}

/** A LIKE pattern that matches `q` literally anywhere: `%`, `_` and the escape character are escaped. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
