// Controlled documents API hooks (§5.2, §7.5): list, one document, versions, the workflow actions and acknowledgements.
import {
  type CreateDocumentInput,
  DocumentAcknowledgementSchema,
  type DocumentFilter,
  DocumentSchema,
  DocumentVersionSchema,
  type UpdateDocumentInput,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { collectionQuery, fetchAllPages, useCollection } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const documentKeys = {
  all: (orgId: string) => ['orgs', orgId, 'documents'] as const,
  one: (orgId: string, id: string) => ['orgs', orgId, 'documents', id] as const,
};

/** Filters and search of the list. */
export type DocumentListParams = Partial<DocumentFilter> & { q?: string; sort?: string };

export function useDocuments(orgId: string, p: DocumentListParams) {
  return useCollection(
    collectionQuery(documentKeys.all(orgId), `/orgs/${orgId}/documents`, DocumentSchema, {
      q: p.q,
      sort: p.sort,
      type: p.type,
      status: p.status,
      mandatoryKey: p.mandatoryKey,
      reviewOverdue: p.reviewOverdue,
    }),
  );
}

export const documentQuery = (orgId: string, id: string) =>
  apiQuery(documentKeys.one(orgId, id), `/orgs/${orgId}/documents/${id}`, DocumentSchema);

export const useDocument = queryHook(documentQuery);

/** Every version of a document, newest first, following the cursor. */
export function useDocumentVersions(orgId: string, id: string) {
  return useQuery({
    queryKey: [...documentKeys.one(orgId, id), 'versions'],
    queryFn: () => fetchAllPages(`/orgs/${orgId}/documents/${id}/versions`, DocumentVersionSchema),
  });
}

export function useDocumentAcknowledgements(orgId: string, id: string) {
  return useCollection(
    collectionQuery(
      [...documentKeys.one(orgId, id), 'acknowledgements'],
      `/orgs/${orgId}/documents/${id}/acknowledgements`,
      DocumentAcknowledgementSchema,
    ),
  );
}

const useDocumentMutation = featureMutation((orgId) => [documentKeys.all(orgId)]);

export function useCreateDocument(orgId: string) {
  return useDocumentMutation(orgId, (input: CreateDocumentInput) =>
    api.post(`/orgs/${orgId}/documents`, input, DocumentSchema),
  );
}

export function useUpdateDocument(orgId: string, id: string) {
  return useDocumentMutation(orgId, ({ version, input }: { version: number; input: UpdateDocumentInput }) =>
    patchVersion(`/orgs/${orgId}/documents/${id}`, version, input, DocumentSchema),
  );
}

/** Saves a draft: creates the next version, or edits the open draft (with its ETag). */
export function useSaveDraft(orgId: string, id: string) {
  return useDocumentMutation(
    orgId,
    (v: { draft?: { id: string; version: number }; content: string; changeNote: string }) =>
      v.draft
        ? patchVersion(
            `/orgs/${orgId}/documents/${id}/versions/${v.draft.id}`,
            v.draft.version,
            { content: v.content, changeNote: v.changeNote },
            DocumentVersionSchema,
          )
        : api.post(
            `/orgs/${orgId}/documents/${id}/versions`,
            { content: v.content, changeNote: v.changeNote },
            DocumentVersionSchema,
          ),
  );
}

/** Submit, approve or reject (with a note) one version. */
export function useVersionAction(orgId: string, id: string) {
  return useDocumentMutation(
    orgId,
    ({
      versionId,
      action,
      note,
    }: {
      versionId: string;
      action: 'submit' | 'approve' | 'reject';
      note?: string;
    }) =>
      api.post(
        `/orgs/${orgId}/documents/${id}/versions/${versionId}/${action}`,
        action === 'reject' ? { note: note ?? '' } : {},
        DocumentVersionSchema,
      ),
  );
}

export function useAcknowledge(orgId: string, id: string) {
  return useDocumentMutation(orgId, () =>
    api.post(`/orgs/${orgId}/documents/${id}/acknowledge`, {}, DocumentAcknowledgementSchema),
  );
}
