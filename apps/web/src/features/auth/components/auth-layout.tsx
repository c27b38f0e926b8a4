// The centred card that frames set-up, sign-in and invitation pages.
import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function AuthLayout(props: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={props.width ?? 440} gap="lg">
        <Group gap="xs" justify="center">
          <ThemeIcon size="lg" radius="md" aria-hidden>
            <IconShieldCheck size={20} />
          </ThemeIcon>
          <Text fw={700} size="xl">
            OpenAIMS
          </Text>
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl" component="main">
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                {props.title}
              </Title>
              {props.description && (
                <Text c="dimmed" size="sm" mt={4}>
                  {props.description}
                </Text>
              )}
            </div>
            {props.children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
