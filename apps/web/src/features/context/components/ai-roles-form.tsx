// §4.1: the roles the organization holds toward AI systems (ISO/IEC 22989) and under the EU AI Act (Art. 3).
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ISO_AI_ROLE_LABEL,
  ISO_AI_ROLES,
  type IsoAiRole,
  OPERATOR_ROLE_LABEL,
  OPERATOR_ROLES,
  type OperatorRole,
} from '@openaims/core';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useContextProfile, useUpdateContextProfile } from '../api/context.ts';

export function AiRolesForm({
  orgId,
  canEdit,
  submitLabel = 'Save roles',
  onSaved,
}: {
  orgId: string;
  canEdit: boolean;
  /** The save button's label (the guided set-up says "Save and continue"). */
  submitLabel?: string;
  onSaved?: () => void;
}) {
  const q = useContextProfile(orgId);
  const save = useUpdateContextProfile(orgId);
  const [iso, setIso] = useState<string[]>([]);
  const [eu, setEu] = useState<string[]>([]);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!q.data) return;
    setIso(q.data.isoRoles);
    setEu(q.data.operatorRoles);
    setNote(q.data.rolesNote);
  }, [q.data]);
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const version = q.data.version;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text size="sm" c="dimmed">
          Your roles decide which controls and obligations apply: a provider answers for design and
          documentation, a deployer for use and oversight. Where a role differs for one AI system, record it
          on that system.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox.Group label="ISO/IEC 22989 roles" value={iso} onChange={setIso} readOnly={!canEdit}>
            <Stack gap={6} mt="xs">
              {ISO_AI_ROLES.map((r) => (
                <Checkbox key={r} value={r} label={ISO_AI_ROLE_LABEL[r as IsoAiRole]} disabled={!canEdit} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group label="EU AI Act operator roles" value={eu} onChange={setEu} readOnly={!canEdit}>
            <Stack gap={6} mt="xs">
              {OPERATOR_ROLES.map((r) => (
                <Checkbox
                  key={r}
                  value={r}
                  label={OPERATOR_ROLE_LABEL[r as OperatorRole]}
                  disabled={!canEdit}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </SimpleGrid>
        <GrowingTextarea
          label="How the roles were determined"
          minRows={2}
          value={note}
          onChange={setNote}
          readOnly={!canEdit}
        />
        <ErrorAlert error={save.error} />
        {canEdit && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {q.data.updatedAt
                ? `Version ${version}, saved ${q.data.updatedAt.slice(0, 10)}`
                : 'Not set yet'}
            </Text>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  {
                    version,
                    changes: {
                      isoRoles: iso as IsoAiRole[],
                      operatorRoles: eu as OperatorRole[],
                      rolesNote: note,
                    },
                  },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: 'AI roles saved.' });
                      onSaved?.();
                    },
                  },
                )
              }
            >
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
