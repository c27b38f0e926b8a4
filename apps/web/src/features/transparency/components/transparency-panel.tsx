// The Transparency tab of an AI system (A.6.2.7, A.8.2, Art. 13/50): edit what users, operators and authorities
// are told, choose which fields the public page shows, publish it (leads), and open the public page.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  TRANSPARENCY_FIELD_LABEL,
  TRANSPARENCY_FIELDS,
  type TransparencyField,
  type TransparencyRecord,
  UpdateTransparencySchema,
} from '@openaims/core';
import { IconExternalLink } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useTransparency, useUpdateTransparency } from '../api/transparency.ts';

/** What each field is for, shown under its label. */
const HELP: Record<TransparencyField, string> = {
  purpose: 'What the system is for, in plain words (drafted from the inventory).',
  capabilities: 'What it does well and under which conditions.',
  limitations: 'Known limits, error rates, situations where it should not be relied on.',
  humanOversight: 'Who checks its outputs and how people can intervene.',
  contest: 'How a person can question a result, ask for a human, or reach you.',
  aiDisclosure:
    'The notice that tells people they are dealing with AI or AI-made content (EU AI Act Art. 50).',
  userNotes: 'Instructions for use for the people who use its outputs (Art. 13).',
  operatorNotes: 'What operators and deployers need to run it safely.',
  authorityNotes: 'Technical documentation notes for regulators and notified bodies.',
  reportingDuties: 'What you must report, to whom and when (A.8.5), e.g. serious incidents under Art. 73.',
};

type Values = Record<TransparencyField, string> & { publicFields: TransparencyField[] };

function valuesOf(r: TransparencyRecord): Values {
  return {
    ...(Object.fromEntries(TRANSPARENCY_FIELDS.map((f) => [f, r[f]])) as Record<TransparencyField, string>),
    publicFields: r.publicFields,
  };
}

export function TransparencyPanel({ aiSystemId, readOnly }: { aiSystemId: string; readOnly?: boolean }) {
  const { orgId } = useCurrentOrg();
  const query = useTransparency(orgId, aiSystemId);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <TransparencyForm
      key={query.data.version}
      record={query.data}
      readOnly={readOnly}
      aiSystemId={aiSystemId}
    />
  );
}

function TransparencyForm({
  record,
  aiSystemId,
  readOnly,
}: {
  record: TransparencyRecord;
  aiSystemId: string;
  readOnly?: boolean;
}) {
  const { orgId, can } = useCurrentOrg();
  const update = useUpdateTransparency(orgId, aiSystemId);
  const canEdit = can('transparency:update') && !readOnly;
  const canPublish = can('transparency:publish') && !readOnly;
  const form = useForm<Values>({
    initialValues: valuesOf(record),
    validate: zod4Resolver(UpdateTransparencySchema),
  });
  const publicUrl = `/public/orgs/${orgId}/ai-systems/${aiSystemId}`;

  async function save(input: Partial<Values> & { published?: boolean }, done: string) {
    try {
      await update.mutateAsync({ version: record.version, input });
      notifications.show({ color: 'teal', message: done });
    } catch (e) {
      if (isApiError(e, 412)) {
        notifications.show({
          color: 'red',
          message: 'Someone else changed this record. Reload the page to see their version.',
        });
      } else if (!applyFieldErrors(form, e)) notifications.show({ color: 'red', message: errorMessage(e) });
    }
  }

  const submit = form.onSubmit((v) => {
    const input = canPublish ? v : { ...v, publicFields: undefined };
    return save(input, 'Transparency record saved.');
  });

  return (
    <form onSubmit={submit} aria-label="Transparency record">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4">
              Transparency record
            </Title>
            <Text size="sm" c="dimmed">
              Version {record.version}, last changed {formatDateTime(record.updatedAt)}. Ticked fields appear
              on the public page once it is published; the others stay internal.
            </Text>
          </Stack>
          <Group gap="sm">
            <Badge color={record.published ? 'teal.9' : 'gray.7'}>
              {record.published ? 'Published' : 'Not published'}
            </Badge>
            {record.published && (
              <Anchor href={publicUrl} target="_blank" rel="noopener" size="sm">
                <Group gap={4} component="span">
                  Open public page <IconExternalLink size={14} aria-hidden />
                </Group>
              </Anchor>
            )}
          </Group>
        </Group>
        <Switch
          label="Publish the transparency page (anyone with the link can read the ticked fields, without signing in)"
          checked={record.published}
          disabled={!canPublish || update.isPending}
          description={canPublish ? undefined : 'Only owners, administrators and managers publish.'}
          onChange={(e) =>
            save(
              { published: e.currentTarget.checked },
              e.currentTarget.checked ? 'Published.' : 'Unpublished.',
            )
          }
        />
        {TRANSPARENCY_FIELDS.map((f) => (
          <Stack key={f} gap={4}>
            <Textarea
              label={TRANSPARENCY_FIELD_LABEL[f]}
              description={HELP[f]}
              autosize
              minRows={2}
              readOnly={!canEdit}
              {...form.getInputProps(f)}
            />
            <Checkbox
              size="xs"
              label="Show on the public page"
              aria-label={`Show “${TRANSPARENCY_FIELD_LABEL[f]}” on the public page`}
              disabled={!canPublish}
              checked={form.values.publicFields.includes(f)}
              onChange={(e) =>
                form.setFieldValue(
                  'publicFields',
                  e.currentTarget.checked
                    ? TRANSPARENCY_FIELDS.filter((x) => x === f || form.values.publicFields.includes(x))
                    : form.values.publicFields.filter((x) => x !== f),
                )
              }
            />
          </Stack>
        ))}
        {form.errors.published && <Alert color="red">{form.errors.published}</Alert>}
        {canEdit && (
          <Group>
            <Button type="submit" loading={update.isPending}>
              Save transparency record
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
