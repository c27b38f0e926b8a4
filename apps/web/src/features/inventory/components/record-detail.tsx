// What the model, dataset and supplier pages share: loading the record from the route, the header with its
// way back to the list, the edit form's card and Save button, and saving with a notification either way.
import { Button, Group, Paper, Stack, type StackProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Permission } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { FormEventHandler, ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import {
  type Entity,
  type RecordKind,
  type Update,
  useRecord,
  useUpdateRecord,
} from '../api/record-detail.ts';

const LIST = {
  models: { title: 'Models', to: '/orgs/$orgId/models' },
  datasets: { title: 'Datasets', to: '/orgs/$orgId/datasets' },
  suppliers: { title: 'Suppliers', to: '/orgs/$orgId/suppliers' },
} as const;
const UPDATE: Record<RecordKind, Permission> = {
  models: 'model:update',
  datasets: 'dataset:update',
  suppliers: 'supplier:update',
};

export interface RecordDetailProps<K extends RecordKind> {
  orgId: string;
  kind: K;
  record: Entity<K>;
  canEdit: boolean;
}

/** The route's record of `kind` under its header; the detail is keyed on the record's version, so a save
 * starts its form afresh. */
export function RecordDetailRoute<K extends RecordKind>({
  kind,
  detail: Detail,
}: {
  kind: K;
  detail: (props: RecordDetailProps<K>) => ReactNode;
}) {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useRecord(orgId, kind, id);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <RecordHeader orgId={orgId} kind={kind} record={query.data} />
      <Detail
        key={query.data.version}
        orgId={orgId}
        kind={kind}
        record={query.data}
        canEdit={can(UPDATE[kind]) && !query.data.archivedAt}
      />
    </>
  );
}

/**
 * The edit form of the record's own fields, and `save` to PATCH: field errors go onto the form, other
 * failures into a notification.
 */
export function useRecordForm<K extends RecordKind, V extends Record<string, unknown>>(
  { orgId, kind, record }: RecordDetailProps<K>,
  initialValues: V,
  schema: Parameters<typeof zod4Resolver>[0],
) {
  const form = useForm<V>({ mode: 'uncontrolled', initialValues, validate: zod4Resolver(schema) });
  const update = useUpdateRecord(orgId, kind, record.id);
  const save = (input: Update<K>, message: string) =>
    update.mutate(
      { version: record.version, input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message }),
        onError: (e) =>
          applyFieldErrors(form, e) ||
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );
  return { form, save, pending: update.isPending };
}

function RecordHeader({
  orgId,
  kind,
  record,
}: {
  orgId: string;
  kind: RecordKind;
  record: Entity<RecordKind>;
}) {
  return (
    <PageHeader
      title={record.name}
      eyebrow={
        <AnchorLink to={LIST[kind].to} params={{ orgId }} size="sm">
          ← {LIST[kind].title}
        </AnchorLink>
      }
      description={`Version ${record.version} · ${record.source === 'manual' ? 'entered by hand' : `imported from ${record.source}`}`}
    />
  );
}

/** The record's own fields in a card, with Save for those who may edit. */
export function RecordForm({
  onSubmit,
  canEdit,
  pending,
  children,
  ...paper
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  canEdit: boolean;
  pending: boolean;
  children: ReactNode;
} & Pick<StackProps, 'maw'>) {
  return (
    <Paper withBorder p="lg" radius="md" {...paper}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          {canEdit && (
            <Group>
              <Button type="submit" loading={pending}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
