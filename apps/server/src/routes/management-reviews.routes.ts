// Management reviews (§9.3): plan, preview the §9.3.2 inputs live, freeze them at the meeting (`{inputs, sha256}`),
// record decisions whose actions become tasks (§9.3.3), approve (a lead), and compare with the previous review.
import {
  AddReviewDecisionsSchema,
  CreateManagementReviewSchema,
  FreezeResultSchema,
  ManagementReviewListQuerySchema,
  ManagementReviewSchema,
  ReviewDiffSchema,
  ReviewInputsResponseSchema,
  UpdateManagementReviewSchema,
} from '@openaims/core';
import {
  addReviewDecisions,
  approveManagementReview,
  createManagementReview,
  diffManagementReview,
  freezeManagementReview,
  getManagementReview,
  getReviewInputs,
  listManagementReviews,
  updateManagementReview,
} from '@openaims/services';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

export function managementReviewRoutes(route: RouteFn): void {
  const review = resourceRoutes(route, {
    path: 'management-reviews',
    resource: 'management_review',
    label: 'management review',
    tags: ['management-reviews'],
    entity: ManagementReviewSchema,
    list: {
      permission: 'management_review:read',
      summary: 'Management reviews, latest planned date first',
      query: ManagementReviewListQuerySchema,
      run: listManagementReviews,
    },
    create: {
      permission: 'management_review:update',
      summary: 'Plan a management review (§9.3.1)',
      body: CreateManagementReviewSchema,
      run: createManagementReview,
    },
    get: { permission: 'management_review:read', run: getManagementReview },
    update: {
      permission: 'management_review:update',
      summary: 'Change a planned review; once frozen only the notes (send If-Match)',
      body: UpdateManagementReviewSchema,
      run: updateManagementReview,
    },
  });
  review({
    method: 'get',
    verb: 'inputs',
    permission: 'management_review:read',
    summary: 'The §9.3.2 inputs: frozen once frozen, otherwise a live preview gathered now',
    response: ReviewInputsResponseSchema,
    run: getReviewInputs,
  });
  review({
    method: 'post',
    verb: 'freeze',
    permission: 'management_review:update',
    summary: 'Freeze the inputs at the meeting: stored as canonical JSON with its SHA-256 (§9.3.2)',
    response: FreezeResultSchema,
    run: freezeManagementReview,
  });
  review({
    method: 'post',
    verb: 'decisions',
    permission: 'management_review:update',
    summary: 'Record decisions (§9.3.3); each action becomes a task with owner and due date',
    input: { body: AddReviewDecisionsSchema },
    response: ManagementReviewSchema,
    run: addReviewDecisions,
  });
  review({
    method: 'post',
    verb: 'approve',
    permission: 'management_review:approve',
    summary: 'Approve the review results (a lead; only after the inputs are frozen)',
    response: ManagementReviewSchema,
    run: approveManagementReview,
  });
  review({
    method: 'get',
    verb: 'diff',
    permission: 'management_review:read',
    summary: "What moved since the previous review: this review's inputs against the previous frozen ones",
    response: ReviewDiffSchema,
    run: diffManagementReview,
  });
}
