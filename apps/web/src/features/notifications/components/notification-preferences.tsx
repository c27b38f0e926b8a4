// Your notification preferences (§7.4 communication: what is communicated, to whom, how): for each event, in-app
// and e-mail switches, and whether e-mails come as one daily digest. Each switch saves at once.
import { Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import type { NotificationPreference, NotifyEvent } from '@openaims/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useMyOrganizations } from '../../auth/api/get-me.ts';
import { useNotificationPreferences, useSetNotificationPreference } from '../api/notification-preferences.ts';

const EVENT_LABELS: Record<NotifyEvent, string> = {
  'reminder.due': 'Reminders of what falls due',
  'risk.accepted': 'A risk is accepted',
  'document.approved': 'A document is approved',
  'incident.created': 'An incident is reported',
  'invitation.created': 'Someone is invited',
  'webhook.test': 'Webhook test messages',
};

/** The switches of a row, in the columns' order; a digest only makes sense while e-mail is on. */
const CHANNELS = [
  { field: 'inApp', name: 'in-app' },
  { field: 'email', name: 'e-mail' },
  { field: 'digest', name: 'daily digest' },
] as const;

function Row({ orgId, pref }: { orgId: string; pref: NotificationPreference }) {
  const save = useSetNotificationPreference(orgId);
  const label = EVENT_LABELS[pref.event] ?? pref.event;
  const set = (change: Partial<NotificationPreference>) =>
    save
      .mutateAsync({ ...pref, ...change })
      .catch((e: unknown) => toast.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }));
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      {CHANNELS.map((c) => (
        <Table.Td key={c.field}>
          <Switch
            checked={pref[c.field]}
            disabled={save.isPending || (c.field === 'digest' && !pref.email)}
            aria-label={`${label}: ${c.name}`}
            onChange={(e) => set({ [c.field]: e.currentTarget.checked })}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** The preferences section of the notifications page, per organization. */
export function NotificationPreferencesSection() {
  const orgs = useMyOrganizations();
  const [picked, setPicked] = useState<string | null>(null);
  const orgId = picked ?? orgs[0]?.id;
  const prefs = useNotificationPreferences(orgId);
  if (!orgId) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notification-preferences">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notification-preferences">
          How you are told
        </Title>
        <Text size="sm" c="dimmed">
          Choose, per organization, which events reach you in the app and by e-mail. E-mail needs the server
          to be set up to send it.
        </Text>
        {orgs.length > 1 && (
          <Select
            label="Organization"
            w={320}
            value={orgId}
            allowDeselect={false}
            onChange={setPicked}
            data={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        {prefs.isPending ? (
          <PageSkeleton />
        ) : prefs.error ? (
          <ErrorAlert error={prefs.error} />
        ) : (
          <Table aria-label="Notification preferences">
            <TableHead labels={['Event', 'In-app', 'E-mail', 'Daily digest']} />
            <Table.Tbody>
              {prefs.data.items.map((p) => (
                <Row key={p.event} orgId={orgId} pref={p} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
