// Words and colours for review statuses, shared by the list and the review page.
import type { ReviewStatus } from '@openaims/core';

export const REVIEW_STATUS_LABEL: Record<ReviewStatus, string> = {
  planned: 'Planned',
  frozen: 'Inputs frozen',
  approved: 'Approved',
};

// Dark shades so white badge text keeps 4.5:1 contrast (axe).
export const REVIEW_STATUS_COLOR: Record<ReviewStatus, string> = {
  planned: 'indigo.7',
  frozen: 'grape.8',
  approved: 'teal.9',
};
