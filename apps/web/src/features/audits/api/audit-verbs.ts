// POST /orgs/{orgId}/audits/{id}/checklist | start | complete: the audit's own verbs (one mutation each).
import { AuditSchema, ChecklistItemSchema } from '@openaims/core';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { auditKeys } from './audit-keys.ts';

function useAuditVerb<I>(orgId: string, fn: (input: I) => Promise<unknown>) {
  return useInvalidatingMutation([auditKeys.all(orgId)], fn);
}

/** Draws the checklist (a seed reproduces a sample). */
export const useGenerateChecklist = (orgId: string, id: string) =>
  useAuditVerb(orgId, (input: { seed?: number }) =>
    api.post(
      `/orgs/${orgId}/audits/${id}/checklist`,
      input,
      z.object({ audit: AuditSchema, items: z.array(ChecklistItemSchema) }),
    ),
  );

/** Starts a planned audit. */
export const useStartAudit = (orgId: string, id: string) =>
  useAuditVerb(orgId, (_: undefined) => api.post(`/orgs/${orgId}/audits/${id}/start`, {}, AuditSchema));

/** Completes an audit (422 while an item has no result). */
export const useCompleteAudit = (orgId: string, id: string) =>
  useAuditVerb(orgId, (input: { conclusion?: string }) =>
    api.post(`/orgs/${orgId}/audits/${id}/complete`, input, AuditSchema),
  );
