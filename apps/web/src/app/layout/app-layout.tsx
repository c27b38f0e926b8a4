// The signed-in frame: header (product, organization switcher, colour scheme, user menu) and, inside an
// organization, the navigation.
import { Anchor, AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx';
import { OrganizationSwitcher } from '../../features/orgs/components/organization-switcher.tsx';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { ColorSchemeToggle } from './color-scheme-toggle.tsx';
import { Navbar } from './navbar.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const { orgId } = useParams({ strict: false });
  const [opened, { toggle, close }] = useDisclosure(false);
  const { t } = useTranslation();
  const withNav = !!orgId;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={withNav ? { width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding="lg"
    >
      <Anchor href="#main" className="skip-link">
        {t('shell.skipToMain')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {withNav && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('shell.toggleNavigation')}
              />
            )}
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('shell.home')}>
              <Group gap={8} wrap="nowrap">
                <ThemeIcon radius="md" aria-hidden>
                  <IconShieldCheck size={18} />
                </ThemeIcon>
                <Text fw={700} size="lg" visibleFrom="xs">
                  OpenAIMS
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {orgId && <SearchBox orgId={orgId} />}
            <OrganizationSwitcher />
            <NotificationBell />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {withNav && <Navbar onNavigate={close} />}
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
