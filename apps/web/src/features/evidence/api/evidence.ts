// Evidence API hooks: list, one record, upload (multipart), link evidence, edit, link/unlink, archive.
import {
  type CreateEvidenceLinkInput,
  type EvidenceLink,
  EvidenceSchema,
  type UpdateEvidenceInput,
} from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { collectionQuery } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const evidenceKeys = { all: (orgId: string) => ['orgs', orgId, 'evidence'] as const };

/** Filters of the evidence list. */
export interface EvidenceFilters {
  q?: string;
  sort?: string;
  kind?: 'file' | 'link';
  validity?: 'expired' | 'expiring_soon' | 'valid' | 'no_expiry';
  targetType?: string;
  targetId?: string;
  archived?: 'true' | 'false' | 'all';
}

export const evidenceListQuery = (orgId: string, f: EvidenceFilters = {}) =>
  collectionQuery(evidenceKeys.all(orgId), `/orgs/${orgId}/evidence`, EvidenceSchema, { ...f });

export const evidenceQuery = (orgId: string, id: string) =>
  apiQuery([...evidenceKeys.all(orgId), 'one', id] as const, `/orgs/${orgId}/evidence/${id}`, EvidenceSchema);

/** Where the stored file downloads from (a plain link: the browser sends the session cookie). */
export const evidenceContentUrl = (orgId: string, id: string) =>
  `/api/v1/orgs/${orgId}/evidence/${id}/content`;

/** Evidence changes show in the SoA too, so it refetches as well; the mutation settles without waiting for either. */
const useEvidenceMutation = featureMutation(
  (orgId) => [evidenceKeys.all(orgId), ['orgs', orgId, 'soa']],
  'background',
);

/** What the upload form sends beside the file. */
export interface UploadFields {
  title?: string;
  description?: string;
  evidenceDate: string;
  validUntil?: string | null;
  ownerId?: string | null;
  links: EvidenceLink[];
}

export function useUploadEvidence(orgId: string) {
  return useEvidenceMutation(orgId, ({ file, fields }: { file: File; fields: UploadFields }) => {
    const form = new FormData();
    form.set('file', file);
    form.set('evidenceDate', fields.evidenceDate);
    if (fields.title) form.set('title', fields.title);
    if (fields.description) form.set('description', fields.description);
    if (fields.validUntil) form.set('validUntil', fields.validUntil);
    if (fields.ownerId) form.set('ownerId', fields.ownerId);
    for (const l of fields.links) form.append('link', `${l.targetType}:${l.targetId}`);
    return api.postForm(`/orgs/${orgId}/evidence`, form, EvidenceSchema);
  });
}

export function useCreateLinkEvidence(orgId: string) {
  return useEvidenceMutation(orgId, (input: CreateEvidenceLinkInput) =>
    api.post(`/orgs/${orgId}/evidence`, input, EvidenceSchema),
  );
}

export function useUpdateEvidence(orgId: string) {
  return useEvidenceMutation(
    orgId,
    ({ id, version, input }: { id: string; version: number; input: UpdateEvidenceInput }) =>
      patchVersion(`/orgs/${orgId}/evidence/${id}`, version, input, EvidenceSchema),
  );
}

export function useChangeEvidenceLinks(orgId: string) {
  return useEvidenceMutation(
    orgId,
    ({ id, links, mode }: { id: string; links: EvidenceLink[]; mode: 'add' | 'remove' }) =>
      mode === 'add'
        ? api.post(`/orgs/${orgId}/evidence/${id}/links`, { links }, EvidenceSchema)
        : api.delete(`/orgs/${orgId}/evidence/${id}/links`, { links }, EvidenceSchema),
  );
}

export function useArchiveEvidence(orgId: string) {
  return useEvidenceMutation(orgId, (id: string) =>
    api.post(`/orgs/${orgId}/evidence/${id}/archive`, {}, EvidenceSchema),
  );
}
