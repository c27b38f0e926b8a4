// The header's user menu: who is signed in, the language (remembered on the server, issue 16), "Change
// password" (the reset-by-e-mail flow, as there is no profile page yet) and "Sign out" (POST /auth/logout).
import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { LOCALES, type Locale } from '@openaims/core';
import { IconCheck, IconKey, IconLanguage, IconLogout } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale, LOCALE_NAMES } from '../../../i18n/index.ts';
import { useMe } from '../api/get-me.ts';
import { useSignOut } from '../api/sign-out.ts';
import { useUpdateMyLocale } from '../api/update-me.ts';

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase())
      .join('') || '?'
  );
}

export function UserMenu() {
  const me = useMe().data;
  const signOut = useSignOut();
  const updateLocale = useUpdateMyLocale();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const user = me?.user;
  if (!user) return null;
  const doSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate({ to: '/sign-in' }) });
  const active = currentLocale();
  const choose = (locale: Locale) =>
    updateLocale.mutate(locale, { onSuccess: () => void applyLocale(locale) });
  return (
    <Menu position="bottom-end" withArrow shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.accountMenu', { name: user.name })}>
          <Avatar radius="xl" color="blue" size={34}>
            {initials(user.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.signedInAs')}</Menu.Label>
        <Text size="sm" px="sm" fw={500} truncate>
          {user.name}
        </Text>
        <Text size="xs" px="sm" pb="xs" c="dimmed" truncate>
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Label>
          <IconLanguage size={12} aria-hidden /> {t('shell.language')}
        </Menu.Label>
        {LOCALES.map((l) => (
          <Menu.Item
            key={l}
            lang={l}
            data-locale={l}
            aria-current={l === active ? 'true' : undefined}
            rightSection={l === active ? <IconCheck size={14} aria-hidden /> : null}
            onClick={() => choose(l)}
          >
            {LOCALE_NAMES[l]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => navigate({ to: '/forgot-password' })}>
          {t('shell.changePassword')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={doSignOut}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
