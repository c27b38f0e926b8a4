// The side navigation: every module area (Plan / Operate / Check / Act) and Administration.
import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import { MODULE_AREAS } from '@openaims/core';
import {
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
        <Item
          link={admin('members')}
          label={t('nav.members')}
          icon={<IconUsers size={16} />}
          onNavigate={onNavigate}
        />
        {can('invitation:read') && (
          <Item
            link={admin('invitations')}
            label={t('nav.invitations')}
            icon={<IconMailPlus size={16} />}
            onNavigate={onNavigate}
          />
        )}
        {can('token:read') && (
          <Item
            link={admin('tokens')}
            label={t('nav.tokens')}
            icon={<IconKey size={16} />}
            onNavigate={onNavigate}
          />
        )}
        {can('webhook:read') && (
          <Item
            link={admin('webhooks')}
            label={t('nav.webhooks')}
            icon={<IconWebhook size={16} />}
            onNavigate={onNavigate}
          />
        )}
        <Item
          link={admin('ledger')}
          label={t('nav.ledger')}
          icon={<IconList size={16} />}
          onNavigate={onNavigate}
        />
        <Item
          link={admin('comments')}
          label={t('nav.comments')}
          icon={<IconMessageQuestion size={16} />}
          onNavigate={onNavigate}
        />
        {can('access_log:read') && (
          <Item
            link={admin('access-log')}
            label={t('nav.accessLog')}
            icon={<IconEye size={16} />}
            onNavigate={onNavigate}
          />
        )}
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
