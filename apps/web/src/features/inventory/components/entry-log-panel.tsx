// A dated log kept on an inventory record (a supplier's assessments, a model's V&V records): the entries so far
// and, for an editor, a row of inputs that appends one. The entry is checked with core's schema before the record
// is saved, so a bad one is refused with the schema's message instead of a round trip.
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';

/** The entry being written, and `add`, which hands it to `append` once it passes `schema`. */
export function useNewEntry<S extends z.ZodType<unknown, object>>(
  schema: S,
  blank: z.input<S>,
  refused: { title: string; fallback: string },
) {
  const [entry, setEntry] = useState<z.input<S>>(blank);
  const patch = (changes: Partial<z.input<S>>) => setEntry({ ...entry, ...changes });
  const add = (append: (valid: z.output<S>) => void) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) append(parsed.data);
    else
      notifications.show({
        color: 'red',
        title: refused.title,
        message: parsed.error.issues[0]?.message ?? refused.fallback,
      });
  };
  return { entry, patch, add };
}

export function EntryLogPanel(props: {
  title: string;
  /** The table of entries, or what to say when there are none. */
  entries: ReactNode;
  canEdit: boolean;
  entry: { date: string; summary?: string };
  onChange: (changes: { date?: string; summary?: string }) => void;
  summaryWidth: number;
  /** The inputs between the date and the summary (kind, outcome). */
  children: ReactNode;
  addLabel: string;
  pending: boolean;
  onAdd: () => void;
}) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.entries}
        {props.canEdit && (
          <Group align="end">
            <TextInput
              label="Date"
              type="date"
              value={props.entry.date}
              onChange={(e) => props.onChange({ date: e.currentTarget.value })}
            />
            {props.children}
            <TextInput
              label="Summary"
              value={props.entry.summary}
              onChange={(e) => props.onChange({ summary: e.currentTarget.value })}
              w={props.summaryWidth}
            />
            <Button variant="default" loading={props.pending} onClick={props.onAdd}>
              {props.addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
