// Following a report with its code (A.3.3): its status and the messages between reporter and organization, and a
// way to add information. No ids, no names of members, no internal notes are ever shown here.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CONCERN_KIND_LABEL, CONCERN_STATUS_LABEL } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAddReporterMessage, usePublicConcern } from '../api/transparency.ts';
import { PublicLayout } from './public-layout.tsx';
import { publicLoadStatus } from './public-load-status.tsx';

export function PublicFollowUpPage() {
  const { code = '' } = useParams({ strict: false });
  const concern = usePublicConcern(code);
  const add = useAddReporterMessage(code);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (concern.isPending || concern.error)
    return publicLoadStatus(concern, {
      title: 'No report has this code',
      hint: 'Check the code you were given; letters and digits must match exactly.',
    });
  const c = concern.data;
  async function send(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await add.mutateAsync(body);
      setBody('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <PublicLayout>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {c.organizationName} · {CONCERN_KIND_LABEL[c.kind]}
        </Text>
        <Title order={1} size="h2">
          {c.title}
        </Title>
        <Group gap="xs">
          <Badge>{CONCERN_STATUS_LABEL[c.status]}</Badge>
          <Text size="xs" c="dimmed">
            Received {formatDateTime(c.receivedAt)}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <MultilineText>{c.description}</MultilineText>
      </Paper>
      <Title order={2} size="h4">
        Messages
      </Title>
      {c.messages.length === 0 && (
        <Text size="sm" c="dimmed">
          No answer yet. Come back with your code later.
        </Text>
      )}
      {c.messages.map((m) => (
        <Paper
          key={`${m.at}-${m.from}`}
          withBorder
          p="sm"
          radius="md"
          bg={m.from === 'organization' ? 'var(--mantine-color-blue-light)' : undefined}
        >
          <Text size="xs" c="dimmed" mb={4}>
            {m.from === 'organization' ? c.organizationName : 'You'} · {formatDateTime(m.at)}
          </Text>
          <MultilineText>{m.body}</MultilineText>
        </Paper>
      ))}
      <form onSubmit={send} aria-label="Add information">
        <Stack gap="xs">
          <GrowingTextarea
            label="Add information"
            minRows={3}
            value={body}
            error={error}
            onChange={setBody}
          />
          <Group>
            <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
              Send
            </Button>
          </Group>
        </Stack>
      </form>
    </PublicLayout>
  );
}
