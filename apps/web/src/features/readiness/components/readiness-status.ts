// How readiness statuses look everywhere they appear (page, dashboard): colours meet WCAG AA on white text.
import type { ReadinessStatus } from '@openaims/core';

// Mantine's yellow.9 and orange.9 fall short of 4.5:1 under white text, hence the darker hand-picked shades.
export const STATUS_COLOR: Record<ReadinessStatus, string> = {
  approved: 'teal.9',
  stale: '#9c3d0a',
  draft: '#735600',
  missing: 'red.9',
};
export const STATUS_LABEL: Record<ReadinessStatus, string> = {
  approved: 'Approved',
  stale: 'Stale',
  draft: 'Draft',
  missing: 'Missing',
};
export const STATUS_ORDER: ReadinessStatus[] = ['missing', 'stale', 'draft', 'approved'];
