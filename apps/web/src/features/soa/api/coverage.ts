// Crosswalk coverage hooks: one query per target framework, refreshed with the SoA (same key prefix).
import { type COVERAGE_TARGETS, CoverageSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { soaKeys } from './soa.ts';

export type CoverageTarget = (typeof COVERAGE_TARGETS)[number];

export const coverageQuery = (orgId: string, framework: CoverageTarget) =>
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'coverage', framework] as const,
    queryFn: () => api.get(`/orgs/${orgId}/coverage`, CoverageSchema, { framework }),
  });
