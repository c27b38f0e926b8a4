// The reads of one part of a review (…/management-reviews/{id}/inputs, …/diff), each keyed under the review so
// that a write to the review refreshes them too.
import type { z } from 'zod';
import { apiQuery } from '../../../lib/api-query.ts';
import { managementReviewKeys } from './management-review-keys.ts';

/** `(orgId, id) => query options` for `part` of a review, parsed by `schema`. */
export const reviewPartQuery =
  <S extends z.ZodType>(part: 'inputs' | 'diff', schema: S) =>
  (orgId: string, id: string) =>
    apiQuery(
      managementReviewKeys[part](orgId, id),
      `/orgs/${orgId}/management-reviews/${id}/${part}`,
      schema,
    );
