// Management reviews (§9.3): plan, preview the §9.3.2 inputs live, freeze them at the meeting (`{inputs, sha256}`),
// record decisions whose actions become tasks (§9.3.3), approve (a lead), and compare with the previous review.
import { createRoute } from '@hono/zod-openapi';
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
import { errorResponses, json, jsonBody, OrgIdParams } from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['management-reviews'];
const base = '/api/v1/orgs/{orgId}/management-reviews';
const resource = { resource: 'management_review' };

export function managementReviewRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'management-reviews',
    resource: 'management_review',
    label: 'management review',
    tags,
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
  route(
    { scope: 'org', permission: 'management_review:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/inputs`,
      tags,
      summary: 'The §9.3.2 inputs: frozen once frozen, otherwise a live preview gathered now',
      request: { params: OrgIdParams },
      responses: { 200: json(ReviewInputsResponseSchema), ...errorResponses },
    }),
    async (c) => c.json(await getReviewInputs(c.get('org'), c.req.valid('param').id), 200),
    resource,
  );
  route(
    { scope: 'org', permission: 'management_review:update' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/freeze`,
      tags,
      summary: 'Freeze the inputs at the meeting: stored as canonical JSON with its SHA-256 (§9.3.2)',
      request: { params: OrgIdParams },
      responses: { 200: json(FreezeResultSchema), ...errorResponses },
    }),
    async (c) => c.json(await freezeManagementReview(c.get('org'), c.req.valid('param').id), 200),
    resource,
  );
  route(
    { scope: 'org', permission: 'management_review:update' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/decisions`,
      tags,
      summary: 'Record decisions (§9.3.3); each action becomes a task with owner and due date',
      request: { params: OrgIdParams, body: jsonBody(AddReviewDecisionsSchema) },
      responses: { 200: json(ManagementReviewSchema), ...errorResponses },
    }),
    async (c) =>
      sendEntity(
        c,
        await addReviewDecisions(c.get('org'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    resource,
  );
  route(
    { scope: 'org', permission: 'management_review:approve' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/approve`,
      tags,
      summary: 'Approve the review results (a lead; only after the inputs are frozen)',
      request: { params: OrgIdParams },
      responses: { 200: json(ManagementReviewSchema), ...errorResponses },
    }),
    async (c) => sendEntity(c, await approveManagementReview(c.get('org'), c.req.valid('param').id), 200),
    resource,
  );
  route(
    { scope: 'org', permission: 'management_review:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/diff`,
      tags,
      summary: "What moved since the previous review: this review's inputs against the previous frozen ones",
      request: { params: OrgIdParams },
      responses: { 200: json(ReviewDiffSchema), ...errorResponses },
    }),
    async (c) => c.json(await diffManagementReview(c.get('org'), c.req.valid('param').id), 200),
    resource,
  );
}
