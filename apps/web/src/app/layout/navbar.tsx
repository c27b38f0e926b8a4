// The side navigation: every module area (Plan / Operate / Check / Act) and Administration.
import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import { MODULE_AREAS, type Permission } from '@openaims/core';
import {
  type Icon,
  IconEye,
  IconHome,
  IconKey,
  IconList,
  IconMailPlus,
  IconMessageQuestion,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_GROUPS, areaLink } from '../../features/areas/area-groups.ts';
import { useCurrentOrg } from '../../features/orgs/use-current-org.ts';

type LinkProps = ReturnType<typeof areaLink> | { to: string; params: { orgId: string } };

function hrefOf(l: LinkProps): string {
  let href: string = l.to;
  for (const [k, v] of Object.entries(l.params)) href = href.replace(`$${k}`, v);
  return href;
}

function Item({
  link,
  label,
  icon,
  exact,
  onNavigate,
}: {
  link: LinkProps;
  label: string;
  icon?: ReactNode;
  exact?: boolean;
  onNavigate: () => void;
}) {
  const { pathname } = useLocation();
  const href = hrefOf(link);
  const active = exact
    ? pathname === href || pathname === `${href}/`
    : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <NavLink
      component={Link}
      to={link.to as '/'}
      params={link.params as never}
      activeOptions={{ exact: !!exact }}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

function GroupLabel({ children }: { children: string }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} component="h2">
      {children}
    </Text>
  );
}

/** Administration, in menu order; an item with a permission shows only to members who hold it. */
const ADMIN_ITEMS = [
  { path: 'members', label: 'nav.members', Icon: IconUsers },
  { path: 'invitations', label: 'nav.invitations', Icon: IconMailPlus, permission: 'invitation:read' },
  { path: 'tokens', label: 'nav.tokens', Icon: IconKey, permission: 'token:read' },
  { path: 'webhooks', label: 'nav.webhooks', Icon: IconWebhook, permission: 'webhook:read' },
  { path: 'ledger', label: 'nav.ledger', Icon: IconList },
  { path: 'comments', label: 'nav.comments', Icon: IconMessageQuestion },
  { path: 'access-log', label: 'nav.accessLog', Icon: IconEye, permission: 'access_log:read' },
] as const satisfies readonly { path: string; label: string; Icon: Icon; permission?: Permission }[];

export function Navbar({ onNavigate }: { onNavigate: () => void }) {
  const { orgId, can } = useCurrentOrg();
  const { t } = useTranslation();
  const admin = (path: string) => ({ to: `/orgs/$orgId/${path}`, params: { orgId } });
  return (
    <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
      <AppShell.Section grow component={ScrollArea}>
        <Item
          link={{ to: '/orgs/$orgId', params: { orgId } }}
          label={t('nav.dashboard')}
          icon={<IconHome size={16} />}
          exact
          onNavigate={onNavigate}
        />
        {AREA_GROUPS.map((g) => (
          <div key={g.label}>
            <GroupLabel>{t(`nav.groups.${g.label}` as never, { defaultValue: g.label })}</GroupLabel>
            {g.keys.map((k) => {
              const area = MODULE_AREAS.find((a) => a.key === k);
              return area ? (
                <Item
                  key={k}
                  link={areaLink(orgId, k)}
                  label={t(`nav.areas.${k}` as never, { defaultValue: area.title })}
                  onNavigate={onNavigate}
                />
              ) : null;
            })}
          </div>
        ))}
        <GroupLabel>{t('nav.administration')}</GroupLabel>
        {ADMIN_ITEMS.filter((i) => !('permission' in i) || can(i.permission)).map((i) => (
          <Item
            key={i.path}
            link={admin(i.path)}
            label={t(i.label)}
            icon={<i.Icon size={16} />}
            onNavigate={onNavigate}
          />
        ))}
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
