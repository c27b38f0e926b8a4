// Writes a draft version in Markdown with a preview (§7.5.3: changes are made in a new version, never in place).
import { Alert, Button, Group, Paper, Stack, Tabs, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentVersion } from '@openaims/core';
import { useState } from 'react';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useSaveDraft } from '../api/documents.ts';
import { MarkdownView } from './markdown-view.tsx';

export function DraftEditor(props: {
  orgId: string;
  documentId: string;
  /** The open draft being edited; absent when starting the next version. */
  draft?: DocumentVersion;
  initialContent: string;
  onDone: () => void;
}) {
  const save = useSaveDraft(props.orgId, props.documentId);
  const [content, setContent] = useState(props.draft?.content ?? props.initialContent);
  const [changeNote, setChangeNote] = useState(props.draft?.changeNote ?? '');
  const submit = () =>
    save.mutate(
      { draft: props.draft, content, changeNote },
      {
        onSuccess: (v) => {
          notifications.show({ color: 'teal', message: `Draft version ${v.number} saved.` });
          props.onDone();
        },
      },
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {props.draft ? `Edit draft version ${props.draft.number}` : 'New draft version'}
        </Title>
        {save.error && (
          <Alert color="red" title="Not saved">
            {isApiError(save.error, 412)
              ? 'Someone else saved this draft meanwhile. Close the editor and open it again.'
              : errorMessage(save.error)}
          </Alert>
        )}
        <Tabs defaultValue="write" keepMounted={false}>
          <Tabs.List aria-label="Editor">
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <GrowingTextarea
              label="Content (Markdown)"
              minRows={10}
              maxRows={30}
              value={content}
              onChange={setContent}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            <Paper withBorder p="md" mih={200}>
              <MarkdownView content={content} />
            </Paper>
          </Tabs.Panel>
        </Tabs>
        <TextInput
          label="What changed"
          placeholder="e.g. annual review, new section on human oversight"
          value={changeNote}
          onChange={(e) => setChangeNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
