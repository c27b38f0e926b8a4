// An impact assessment carried all the way to approval: what the deployment gate and `aims check` look for
// (§8.4, A.5.2), for tests that need an approved one but are not about the approval steps themselves.
import type { CreateImpactAssessmentInput, UpdateImpactAssessmentInput } from '@openaims/core';
import type { OrgContext } from '../context.ts';
import {
  approveImpactAssessment,
  createImpactAssessment,
  submitImpactAssessment,
  updateImpactAssessment,
} from '../impacts/impact.service.ts';
import { complete } from './impact-content.ts';

/** Creates, fills (by default with the complete template content), submits and approves; `ctx` must be allowed to approve. */
export async function buildApprovedImpactAssessment(
  ctx: OrgContext,
  input: CreateImpactAssessmentInput,
  fill: UpdateImpactAssessmentInput = { content: complete },
) {
  const ia = await createImpactAssessment(ctx, input);
  await updateImpactAssessment(ctx, ia.id, fill);
  await submitImpactAssessment(ctx, ia.id);
  return approveImpactAssessment(ctx, ia.id);
}
