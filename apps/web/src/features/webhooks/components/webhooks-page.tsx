// Webhooks and e-mail (§7.4): where this organization's key events go, each endpoint's delivery log and a test
// button; and whether this server sends e-mail.
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications as toast } from '@mantine/notifications';
import { type CreateWebhookInput, CreateWebhookSchema, WEBHOOK_EVENTS, type Webhook } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormMultiSelect, FormTextInput } from '../../../components/form-fields.tsx';
import { OneTimeSecret } from '../../../components/one-time-secret.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SecretFormCard } from '../../../components/secret-form-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { submitThenReset } from '../../../lib/submit-then-reset.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import {
  useCreateWebhook,
  useDeleteWebhook,
  useDeliveries,
  useMailStatus,
  useTestWebhook,
  useWebhooks,
} from '../api/webhooks.ts';

type Values = { url: string; events: string[]; allowPrivate: boolean; description: string };
const validate = zod4Resolver(CreateWebhookSchema);

function MailStatusCard({ orgId }: { orgId: string }) {
  const status = useMailStatus(orgId);
  if (!status.data) return null;
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h4" mb="xs">
        E-mail
      </Title>
      {status.data.configured ? (
        <Text size="sm">
          <Badge color="teal" mr="xs">
            On
          </Badge>
          Reminders and invitations are sent as {status.data.from} through {status.data.host}.
        </Text>
      ) : (
        <Text size="sm">
          <Badge color="gray" mr="xs">
            Off
          </Badge>
          This server sends no e-mail: set AIMS_SMTP_URL and AIMS_SMTP_FROM to turn it on. Reminders still
          appear in the app, and invitation links are shown once to whoever invites.
        </Text>
      )}
    </Paper>
  );
}

function CreateWebhookForm({ orgId }: { orgId: string }) {
  const create = useCreateWebhook(orgId);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { url: '', events: ['risk.accepted'], allowPrivate: false, description: '' },
    validate: (v) => validate(v as CreateWebhookInput),
  });
  const submit = submitThenReset(form, create, (v) => v as CreateWebhookInput);
  return (
    <SecretFormCard
      title="Add a webhook"
      onSubmit={submit}
      error={create.error}
      secret={
        create.data && (
          <OneTimeSecret
            title="Webhook added"
            warning="Copy the signing secret now: it is not shown again. Check each delivery's X-OpenAIMS-Signature header with it."
            values={[{ label: 'Signing secret', value: create.data.secret }]}
          />
        )
      }
    >
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap">
          <FormTextInput
            form={form}
            name="url"
            label="URL"
            description="Receives a signed JSON POST for each event"
            placeholder="https://example.com/hooks/openaims"
            required
            w={380}
          />
          <FormMultiSelect
            form={form}
            name="events"
            label="Events"
            description="What to send"
            data={[...WEBHOOK_EVENTS]}
            required
            w={320}
          />
        </Group>
        <Checkbox
          label="Allow loopback, private and link-local addresses (only for receivers inside your own network)"
          key={form.key('allowPrivate')}
          {...form.getInputProps('allowPrivate', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add webhook
          </Button>
        </Group>
      </Stack>
    </SecretFormCard>
  );
}

function Deliveries({ orgId, id }: { orgId: string; id: string }) {
  const log = useDeliveries(orgId, id);
  if (log.isPending) return <Text size="sm">Loading deliveries…</Text>;
  if (log.error) return <Alert color="red">{errorMessage(log.error)}</Alert>;
  if (!log.data.items.length) return <Text size="sm">No deliveries yet. Send a test to see one here.</Text>;
  return (
    <SimpleTable
      striped
      withTableBorder
      label="Delivery log"
      rows={log.data.items}
      rowKey={(d) => d.id}
      columns={[
        { header: 'When', render: (d) => formatDateTime(d.createdAt) },
        { header: 'Event', render: (d) => d.event },
        { header: 'Attempt', render: (d) => d.attempt },
        {
          header: 'Result',
          render: (d) =>
            d.ok ? (
              <Badge color="teal">{d.responseStatus}</Badge>
            ) : (
              <Text size="sm" c="red">
                {d.error ?? `failed (${d.responseStatus})`}
              </Text>
            ),
        },
      ]}
    />
  );
}

function WebhookCard({ orgId, hook, manage }: { orgId: string; hook: Webhook; manage: boolean }) {
  const [open, setOpen] = useState(false);
  const test = useTestWebhook(orgId);
  const remove = useDeleteWebhook(orgId);
  const fail = (title: string) => (e: unknown) =>
    toast.show({ color: 'red', title, message: errorMessage(e) });
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {hook.url}
          </Text>
          <Group gap={4}>
            {hook.events.map((e) => (
              <Badge key={e} variant="light" size="sm">
                {e}
              </Badge>
            ))}
            {hook.allowPrivate && (
              <Badge color="orange" variant="light" size="sm">
                private targets allowed
              </Badge>
            )}
            {!hook.active && (
              <Badge color="gray" size="sm">
                paused
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? 'Hide deliveries' : 'Deliveries'}
          </Button>
          {manage && (
            <Button
              size="xs"
              loading={test.isPending}
              onClick={() =>
                test
                  .mutateAsync(hook.id)
                  .then(() => {
                    setOpen(true);
                    toast.show({
                      title: 'Test event queued',
                      message: 'It appears in the delivery log once sent.',
                    });
                  })
                  .catch(fail('Test not sent'))
              }
            >
              Send test
            </Button>
          )}
          {manage && (
            <ConfirmButton
              size="xs"
              title="Remove webhook?"
              aria-label={`Remove webhook ${hook.url}`}
              message="No more events go to this URL. Its delivery log is kept."
              loading={remove.isPending}
              onConfirm={() => remove.mutateAsync(hook.id).catch(fail('Webhook not removed'))}
            >
              Remove
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {open && (
        <Stack mt="sm">
          <Deliveries orgId={orgId} id={hook.id} />
        </Stack>
      )}
    </Paper>
  );
}

export function WebhooksPage() {
  const { orgId, can } = useCurrentOrg();
  const manage = can('webhook:manage');
  const hooks = useWebhooks(orgId);
  return (
    <>
      <PageHeader
        title="Webhooks and e-mail"
        description="Send this organization's key events (a risk accepted, a document approved, an incident recorded, a reminder due) to other systems, signed with a secret. Failed deliveries are retried with backoff."
      />
      <Stack gap="lg">
        <MailStatusCard orgId={orgId} />
        {manage && <CreateWebhookForm orgId={orgId} />}
        {hooks.error ? (
          <ErrorAlert error={hooks.error} />
        ) : !hooks.isPending && hooks.items.length === 0 ? (
          <EmptyState
            title="No webhooks yet"
            description="Add a URL above to have events delivered to it, then send a test."
          />
        ) : (
          hooks.items.map((h) => <WebhookCard key={h.id} orgId={orgId} hook={h} manage={manage} />)
        )}
      </Stack>
    </>
  );
}
