// Navigation between the inventory's lists and its import page.
import { Group } from '@mantine/core';
import { useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';

const TABS = [
  { path: 'ai-systems', label: 'AI systems' },
  { path: 'models', label: 'Models' },
  { path: 'datasets', label: 'Datasets' },
  { path: 'suppliers', label: 'Suppliers' },
  { path: 'imports', label: 'Import and export' },
  { path: 'deployment-gate', label: 'Deployment gate' },
] as const;

export function InventoryTabs({ orgId }: { orgId: string }) {
  const { t: tr } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group gap={4} mb="md" component="nav" aria-label={tr('aiSystems.sections')}>
      {TABS.map((t) => {
        const href = `/orgs/${orgId}/${t.path}`;
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <ButtonLink
            key={t.path}
            to={`/orgs/$orgId/${t.path}` as '/orgs/$orgId/models'}
            params={{ orgId }}
            // filled and default keep 4.5:1 when hovered; light and subtle do not with indigo text.
            variant={active ? 'filled' : 'default'}
            size="xs"
            aria-current={active ? 'page' : undefined}
          >
            {tr(`aiSystems.tabs.${t.path}` as never, { defaultValue: t.label })}
          </ButtonLink>
        );
      })}
    </Group>
  );
}
