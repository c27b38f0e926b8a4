// The module areas grouped by Plan–Do–Check–Act, and where each one lives in the app.
import { MODULE_AREAS, type ModuleAreaKey } from '@openaims/core';

export type ModuleArea = (typeof MODULE_AREAS)[number];

/** Plan (clause 6), Operate (7–8), Check (9), Act (10). */
export const AREA_GROUPS: { label: string; keys: ModuleAreaKey[] }[] = [
  { label: 'Plan', keys: ['context', 'documents', 'risks', 'impacts', 'soa', 'objectives'] },
  { label: 'Operate', keys: ['inventory', 'people', 'evidence'] },
  { label: 'Check', keys: ['monitoring', 'audits', 'reviews', 'readiness'] },
  { label: 'Act', keys: ['improvement', 'concerns'] },
];

export function findArea(key: string): ModuleArea | undefined {
  return MODULE_AREAS.find((a) => a.key === key);
}

/** Areas with real pages; the rest open the placeholder page. */
type BuiltPath =
  | '/orgs/$orgId/ai-systems'
  | '/orgs/$orgId/soa'
  | '/orgs/$orgId/risks'
  | '/orgs/$orgId/impacts'
  | '/orgs/$orgId/readiness'
  | '/orgs/$orgId/context'
  | '/orgs/$orgId/objectives'
  | '/orgs/$orgId/people'
  | '/orgs/$orgId/improvement'
  | '/orgs/$orgId/audits'
  | '/orgs/$orgId/documents'
  | '/orgs/$orgId/evidence'
  | '/orgs/$orgId/monitoring'
  | '/orgs/$orgId/management-reviews'
  | '/orgs/$orgId/concerns';
const BUILT: Partial<Record<ModuleAreaKey, BuiltPath>> = {
  documents: '/orgs/$orgId/documents',
  inventory: '/orgs/$orgId/ai-systems',
  soa: '/orgs/$orgId/soa',
  risks: '/orgs/$orgId/risks',
  impacts: '/orgs/$orgId/impacts',
  readiness: '/orgs/$orgId/readiness',
  context: '/orgs/$orgId/context',
  objectives: '/orgs/$orgId/objectives',
  people: '/orgs/$orgId/people',
  improvement: '/orgs/$orgId/improvement',
  audits: '/orgs/$orgId/audits',
  evidence: '/orgs/$orgId/evidence',
  monitoring: '/orgs/$orgId/monitoring',
  reviews: '/orgs/$orgId/management-reviews',
  concerns: '/orgs/$orgId/concerns',
};

/** Link props for an area, typed for the router. */
export function areaLink(orgId: string, key: ModuleAreaKey) {
  const built = BUILT[key];
  if (built) return { to: built, params: { orgId } } as const;
  return { to: '/orgs/$orgId/areas/$areaKey', params: { orgId, areaKey: key } } as const;
}
