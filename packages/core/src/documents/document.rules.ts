// Pure rules of controlled documents: the version workflow (§7.5.2, §7.5.3) and review dates (A.2.4).
import type { DocumentStatus, DocumentVersionStatus } from './document.schema.ts';

/** The actions that move a version; `supersede` happens only when another version is approved. */
export type DocumentVersionAction = 'submit' | 'approve' | 'reject' | 'supersede';

const TRANSITIONS: Record<DocumentVersionAction, { from: DocumentVersionStatus; to: DocumentVersionStatus }> =
  {
    submit: { from: 'draft', to: 'in_review' },
    approve: { from: 'in_review', to: 'approved' },
    reject: { from: 'in_review', to: 'draft' },
    supersede: { from: 'approved', to: 'superseded' },
  };

/** The status an action leads to, or null when the action is not allowed from `status`. */
export function nextVersionStatus(
  status: DocumentVersionStatus,
  action: DocumentVersionAction,
): DocumentVersionStatus | null {
  const t = TRANSITIONS[action];
  return t.from === status ? t.to : null;
}

/** Approved and superseded versions are frozen (§7.5.3: approved content is protected from change). */
export function isVersionFrozen(status: DocumentVersionStatus): boolean {
  return status === 'approved' || status === 'superseded';
}

/** Whether a version is still being worked on; a document has at most one such version at a time. */
export function isVersionOpen(status: DocumentVersionStatus): boolean {
  return status === 'draft' || status === 'in_review';
}

/**
 * The document's overall status from its versions: approved when one version is in force, otherwise the newest
 * version's state; `draft` when there is no version yet.
 */
export function documentStatus(
  versions: readonly { number: number; status: DocumentVersionStatus }[],
): DocumentStatus {
  if (versions.some((v) => v.status === 'approved')) return 'approved';
  const newest = [...versions].sort((a, b) => b.number - a.number)[0];
  return newest?.status === 'in_review' ? 'in_review' : 'draft';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Next planned review: the approval date (UTC) plus the review interval in months (A.2.4, §7.5.2). */
export function nextReviewDate(approvedAt: Date | string, intervalMonths: number): string {
  const iso = typeof approvedAt === 'string' ? approvedAt : approvedAt.toISOString();
  return addMonths(iso.slice(0, 10), intervalMonths);
}

/** Whether the planned review date has passed (the day itself is still on time). */
export function isReviewOverdue(nextReview: string | null, today: string): boolean {
  return nextReview !== null && nextReview < today;
}

/**
 * Four-eyes approval (§7.5.2 review and approval; A.3.2), when the organization turns it on: the person who wrote
 * or submitted a version may not also approve it. Returns the field errors, empty when the approval may go ahead.
 */
export function documentApprovalProblems(v: {
  fourEyes: boolean;
  authoredBy: string | null;
  submittedBy: string | null;
  approverId: string | null;
}): { path: string; message: string }[] {
  if (!v.fourEyes || v.approverId === null) return [];
  if (v.approverId === v.authoredBy)
    return [
      {
        path: 'approvedBy',
        message: 'four-eyes approval is on: the author of this version may not approve it',
      },
    ];
  if (v.approverId === v.submittedBy)
    return [
      {
        path: 'approvedBy',
        message: 'four-eyes approval is on: whoever submitted this version may not approve it',
      },
    ];
  return [];
}
