// Labels and badges shared by the documents pages.
import { Badge } from '@mantine/core';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentStatus,
  type DocumentVersionStatus,
  MANDATORY_ITEMS,
} from '@openaims/core';
import { useTranslation } from 'react-i18next';
import { en } from '../../../i18n/en.ts';
import { useLabel } from '../../../i18n/use-label.ts';
import { formatDate } from '../../../lib/format.ts';

// The English names are the source language's, written once in its resources.
export const TYPE_LABEL: Record<(typeof DOCUMENT_TYPES)[number], string> = en.labels.documentType;
export const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: TYPE_LABEL[t] }));

const STATUS_LABEL: Record<DocumentVersionStatus, string> = en.labels.documentStatus;
export const STATUS_OPTIONS = DOCUMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

const STATUS_COLOR: Record<DocumentVersionStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  superseded: 'dark',
};

export function StatusBadge({ status }: { status: DocumentStatus | DocumentVersionStatus }) {
  const label = useLabel();
  return (
    // Body-coloured text on the light tint keeps AA contrast for every colour.
    <Badge variant="light" color={STATUS_COLOR[status]} c="var(--mantine-color-text)" tt="none">
      {label('documentStatus', status, STATUS_LABEL[status])}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled">
      {t('documents.reviewOverdue')}
    </Badge>
  );
}

const MANDATORY = new Map<string, (typeof MANDATORY_ITEMS)[number]>(MANDATORY_ITEMS.map((i) => [i.key, i]));

/** "5.2 AI policy" for a mandatory key. */
export function mandatoryLabel(key: string | null): string | null {
  const item = key ? MANDATORY.get(key) : undefined;
  return item ? `${item.clause} ${item.title}` : null;
}

export const MANDATORY_OPTIONS = MANDATORY_ITEMS.map((i) => ({
  value: i.key,
  label: `${i.clause} ${i.title}`,
}));

/** A `YYYY-MM-DD` date shown in the reader's locale without a time-zone shift. */
export function formatDay(day: string | null): string {
  if (!day) return '—';
  return formatDate(`${day}T00:00:00`);
}
