// Whether evidence is still valid, as the server judged it today (§9.1: evidence must be current at audit time).
import { Badge } from '@mantine/core';
import type { Evidence } from '@openaims/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';

const LOOK: Record<
  Evidence['validity'],
  { label: 'expired' | 'expiringSoon' | 'valid'; color: string } | null
> = {
  expired: { label: 'expired', color: 'red' },
  expiring_soon: { label: 'expiringSoon', color: 'orange' },
  valid: { label: 'valid', color: 'teal' },
  no_expiry: null,
};

export function ValidityBadge({ validity }: { validity: Evidence['validity'] }) {
  const { t } = useTranslation();
  const look = LOOK[validity];
  if (!look) return null;
  return (
    // Body-coloured text keeps 4.5:1 contrast on the light tint of every colour.
    <Badge color={look.color} c="var(--mantine-color-text)" variant="light" tt="none">
      {t(`evidence.${look.label}`)}
    </Badge>
  );
}

/** Options for the validity filter. */
export const VALIDITY_OPTIONS = [
  { value: 'expired', label: 'Expired' },
  { value: 'expiring_soon', label: 'Expiring within 30 days' },
  { value: 'valid', label: 'Valid' },
  { value: 'no_expiry', label: 'No end date' },
];

/** "1.2 MB" from bytes. */
export function formatBytes(n: number | null): string {
  if (n === null) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${formatNumber(n / 1024, 1)} KB`;
  return `${formatNumber(n / 1024 / 1024, 1)} MB`;
}
