// The frame of the public pages (no sign-in): a narrow column with the organization's name, and nothing of the
// signed-in app (no navigation, no session).
import { Anchor, Container, Divider, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function PublicLayout({ children, orgId }: { children: ReactNode; orgId?: string }) {
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="lg">
        {children}
        <Divider />
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            Published with OpenAIMS. No sign-in needed.
          </Text>
          {orgId && (
            <Anchor href={`/public/orgs/${orgId}/concerns/new`} size="xs">
              Report a concern
            </Anchor>
          )}
        </Group>
      </Stack>
    </Container>
  );
}
