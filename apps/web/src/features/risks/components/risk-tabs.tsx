// Navigation between the risk register, the risk criteria (§6.1.1) and the threat catalogue.
import { Group } from '@mantine/core';
import { useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';

const SUBPAGES = ['criteria', 'threats'] as const;

export function RiskTabs({ orgId }: { orgId: string }) {
  const { t: tr } = useTranslation();
  const { pathname } = useLocation();
  const base = `/orgs/${orgId}/risks`;
  const sub = SUBPAGES.find((s) => pathname === `${base}/${s}`);
  const tabs = [
    { key: 'register', to: '/orgs/$orgId/risks', label: tr('risks.sections.register'), active: !sub },
    {
      key: 'criteria',
      to: '/orgs/$orgId/risks/criteria',
      label: tr('risks.sections.criteria'),
      active: sub === 'criteria',
    },
    {
      key: 'threats',
      to: '/orgs/$orgId/risks/threats',
      label: tr('risks.sections.threats'),
      active: sub === 'threats',
    },
  ] as const;
  return (
    <Group gap={4} mb="md" component="nav" aria-label={tr('risks.sections.label')}>
      {tabs.map((t) => (
        <ButtonLink
          key={t.key}
          to={t.to}
          params={{ orgId }}
          // filled and default keep 4.5:1 when hovered; light and subtle do not with indigo text.
          variant={t.active ? 'filled' : 'default'}
          size="xs"
          aria-current={t.active ? 'page' : undefined}
        >
          {t.label}
        </ButtonLink>
      ))}
    </Group>
  );
}
