// The header's user menu: who is signed in, "Change password" (the reset-by-e-mail flow, as there is no
// profile page yet) and "Sign out" (POST /auth/logout).
import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMe } from '../api/get-me.ts';
import { useSignOut } from '../api/sign-out.ts';

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
  const navigate = useNavigate();
  const user = me?.user;
  if (!user) return null;
  const doSignOut = () => signOut.mutate(undefined, { onSettled: () => navigate({ to: '/sign-in' }) });
  return (
    <Menu position="bottom-end" withArrow shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Avatar radius="xl" color="blue" size={34}>
            {initials(user.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text size="sm" px="sm" fw={500} truncate>
          {user.name}
        </Text>
        <Text size="xs" px="sm" pb="xs" c="dimmed" truncate>
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconKey size={16} />} onClick={() => navigate({ to: '/forgot-password' })}>
          Change password
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={doSignOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
