// One supplier: what it provides, the responsibilities allocated (A.10.2), assessments (A.10.3) and certificates.
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  SUPPLIER_OUTCOME_LABEL,
  SUPPLIER_OUTCOMES,
  SUPPLY_KIND_LABEL,
  SUPPLY_KINDS,
  type Supplier,
  SupplierAssessmentSchema,
  todayUtc,
  UpdateSupplierSchema,
} from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import type { z } from 'zod';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useRecord, useUpdateRecord } from '../api/record-detail.ts';

type Values = Pick<Supplier, 'name' | 'url' | 'provides' | 'responsibilities' | 'description'>;
type Assessment = z.input<typeof SupplierAssessmentSchema>;
const OUTCOMES = SUPPLIER_OUTCOMES.map((v) => ({ value: v, label: SUPPLIER_OUTCOME_LABEL[v] }));

export function SupplierDetailPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useRecord(orgId, 'suppliers', id);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <SupplierDetail
      key={query.data.version}
      orgId={orgId}
      supplier={query.data}
      canEdit={can('supplier:update') && !query.data.archivedAt}
    />
  );
}

function SupplierDetail({
  orgId,
  supplier,
  canEdit,
}: {
  orgId: string;
  supplier: Supplier;
  canEdit: boolean;
}) {
  const update = useUpdateRecord(orgId, 'suppliers', supplier.id);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: {
      name: supplier.name,
      url: supplier.url,
      provides: supplier.provides,
      responsibilities: supplier.responsibilities,
      description: supplier.description,
    },
    validate: zod4Resolver(UpdateSupplierSchema),
  });
  const [assessment, setAssessment] = useState<Assessment>({
    date: todayUtc(),
    outcome: 'approved',
    summary: '',
  });
  const save = (input: Parameters<typeof update.mutate>[0]['input'], message: string) =>
    update.mutate(
      { version: supplier.version, input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message }),
        onError: (e) =>
          applyFieldErrors(form, e) ||
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );
  return (
    <>
      <PageHeader
        title={supplier.name}
        eyebrow={
          <AnchorLink to="/orgs/$orgId/suppliers" params={{ orgId }} size="sm">
            ← Suppliers
          </AnchorLink>
        }
        description={`Version ${supplier.version} · ${supplier.source === 'manual' ? 'entered by hand' : `imported from ${supplier.source}`}`}
      />
      <Stack gap="md" maw={860}>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={form.onSubmit((v) => save(v, 'Saved.'))} noValidate>
            <Stack gap="sm">
              <TextInput
                label="Name"
                required
                readOnly={!canEdit}
                key={form.key('name')}
                {...form.getInputProps('name')}
              />
              <TextInput
                label="Web site"
                readOnly={!canEdit}
                key={form.key('url')}
                {...form.getInputProps('url')}
              />
              <MultiSelect
                label="Provides"
                data={SUPPLY_KINDS.map((k) => ({ value: k, label: SUPPLY_KIND_LABEL[k] }))}
                readOnly={!canEdit}
                key={form.key('provides')}
                {...form.getInputProps('provides')}
              />
              <Textarea
                label="Responsibilities allocated"
                description="Which party does what across the AI system life cycle (A.10.2)."
                autosize
                minRows={3}
                readOnly={!canEdit}
                key={form.key('responsibilities')}
                {...form.getInputProps('responsibilities')}
              />
              <Textarea
                label="Description"
                autosize
                minRows={2}
                readOnly={!canEdit}
                key={form.key('description')}
                {...form.getInputProps('description')}
              />
              {canEdit && (
                <Group>
                  <Button type="submit" loading={update.isPending}>
                    Save
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Assessments (A.10.3)
            </Title>
            {supplier.assessments.length === 0 ? (
              <Text size="sm">
                Not assessed yet. Record whether the supplier meets your approach to responsible AI.
              </Text>
            ) : (
              <Table aria-label="Assessments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Outcome</Table.Th>
                    <Table.Th>Summary</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {supplier.assessments.map((a) => (
                    <Table.Tr key={`${a.date} ${a.outcome} ${a.summary}`}>
                      <Table.Td>{a.date}</Table.Td>
                      <Table.Td>{SUPPLIER_OUTCOME_LABEL[a.outcome]}</Table.Td>
                      <Table.Td>{a.summary}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {canEdit && (
              <Group align="end">
                <TextInput
                  label="Date"
                  type="date"
                  value={assessment.date}
                  onChange={(e) => setAssessment({ ...assessment, date: e.currentTarget.value })}
                />
                <Select
                  label="Outcome"
                  data={OUTCOMES}
                  allowDeselect={false}
                  value={assessment.outcome}
                  onChange={(v) => v && setAssessment({ ...assessment, outcome: v as Assessment['outcome'] })}
                />
                <TextInput
                  label="Summary"
                  value={assessment.summary}
                  onChange={(e) => setAssessment({ ...assessment, summary: e.currentTarget.value })}
                  w={280}
                />
                <Button
                  variant="default"
                  loading={update.isPending}
                  onClick={() => {
                    const parsed = SupplierAssessmentSchema.safeParse(assessment);
                    if (parsed.success)
                      save({ assessments: [...supplier.assessments, parsed.data] }, 'Assessment recorded.');
                    else
                      notifications.show({
                        color: 'red',
                        title: 'Not recorded',
                        message: parsed.error.issues[0]?.message ?? 'Check the date.',
                      });
                  }}
                >
                  Record assessment
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
