// Where a comment's record lives in the app, and what to call it on screen.
import type { CommentTargetType } from '@openaims/core';
import { recordHref } from '../../../lib/record-href.ts';

/** Labels for the kinds of record a request for information can name. */
export const COMMENT_TARGET_LABEL: Record<CommentTargetType, string> = {
  risk: 'Risk',
  ai_system: 'AI system',
  impact_assessment: 'Impact assessment',
  document: 'Document',
  evidence: 'Evidence',
  nonconformity: 'Nonconformity',
  incident: 'Incident',
  objective: 'Objective',
  task: 'Task',
  audit: 'Audit',
  finding: 'Audit finding',
  management_review: 'Management review',
  context_item: 'Context item',
  competence: 'Competence',
  metric: 'Metric',
};

/** The page a record is read on; kinds without a page of their own open their register. */
export function commentTargetHref(orgId: string, type: CommentTargetType, id: string): string {
  return recordHref(orgId, type, id) ?? `/orgs/${orgId}`;
}
