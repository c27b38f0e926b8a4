// Where a comment's record lives in the app, and what to call it on screen.
import type { CommentTargetType } from '@openaims/core';

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
  const o = `/orgs/${orgId}`;
  const e = encodeURIComponent(id);
  switch (type) {
    case 'risk':
      return `${o}/risks/${e}`;
    case 'ai_system':
      return `${o}/ai-systems/${e}`;
    case 'document':
      return `${o}/documents/${e}`;
    case 'evidence':
      return `${o}/evidence/${e}`;
    case 'nonconformity':
      return `${o}/nonconformities/${e}`;
    case 'objective':
      return `${o}/objectives/${e}`;
    case 'audit':
      return `${o}/audits/${e}`;
    case 'management_review':
      return `${o}/management-reviews/${e}`;
    case 'metric':
      return `${o}/monitoring/metrics/${e}`;
    case 'impact_assessment':
      return `${o}/impacts`;
    case 'incident':
      return `${o}/improvement`;
    case 'context_item':
      return `${o}/context`;
    case 'competence':
      return `${o}/people`;
    case 'finding':
    case 'task':
      return `${o}/audits`;
  }
}
