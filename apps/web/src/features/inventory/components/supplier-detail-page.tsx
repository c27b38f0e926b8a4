// One supplier: what it provides, the responsibilities allocated (A.10.2), assessments (A.10.3) and certificates.
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  SUPPLIER_OUTCOME_LABEL,
  SUPPLIER_OUTCOMES,
  SupplierAssessmentSchema,
  todayUtc,
  UpdateSupplierSchema,
} from '@openaims/core';
import { useState } from 'react';
import type { z } from 'zod';
import { FormTextarea } from '../../../components/form-fields.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { SupplierFields } from './inventory-fields.tsx';
import { type RecordDetailProps, RecordDetailRoute, RecordForm, useRecordForm } from './record-detail.tsx';

type Assessment = z.input<typeof SupplierAssessmentSchema>;
const OUTCOMES = SUPPLIER_OUTCOMES.map((v) => ({ value: v, label: SUPPLIER_OUTCOME_LABEL[v] }));

export function SupplierDetailPage() {
  return <RecordDetailRoute kind="suppliers" detail={SupplierDetail} />;
}

function SupplierDetail(props: RecordDetailProps<'suppliers'>) {
  const { record: supplier, canEdit } = props;
  const ro = !canEdit;
  const { form, save, pending } = useRecordForm(
    props,
    {
      name: supplier.name,
      url: supplier.url,
      provides: supplier.provides,
      responsibilities: supplier.responsibilities,
      description: supplier.description,
    },
    UpdateSupplierSchema,
  );
  const [assessment, setAssessment] = useState<Assessment>({
    date: todayUtc(),
    outcome: 'approved',
    summary: '',
  });
  return (
    <Stack gap="md" maw={860}>
      <RecordForm onSubmit={form.onSubmit((v) => save(v, 'Saved.'))} canEdit={canEdit} pending={pending}>
        <SupplierFields form={form} readOnly={ro} />
        <FormTextarea form={form} name="description" label="Description" autosize minRows={2} readOnly={ro} />
      </RecordForm>
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
            <SimpleTable
              label="Assessments"
              rows={supplier.assessments}
              rowKey={(a) => `${a.date} ${a.outcome} ${a.summary}`}
              columns={[
                { header: 'Date', render: (a) => a.date },
                { header: 'Outcome', render: (a) => SUPPLIER_OUTCOME_LABEL[a.outcome] },
                { header: 'Summary', render: (a) => a.summary },
              ]}
            />
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
                loading={pending}
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
  );
}
