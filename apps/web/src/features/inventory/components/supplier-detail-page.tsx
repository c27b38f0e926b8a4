// One supplier: what it provides, the responsibilities allocated (A.10.2), assessments (A.10.3) and certificates.
import { Select, Stack, Text } from '@mantine/core';
import {
  SUPPLIER_OUTCOME_LABEL,
  SUPPLIER_OUTCOMES,
  SupplierAssessmentSchema,
  todayUtc,
  UpdateSupplierSchema,
} from '@openaims/core';
import type { z } from 'zod';
import { FormTextarea } from '../../../components/form-fields.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { EntryLogPanel, useNewEntry } from './entry-log-panel.tsx';
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
  const assessment = useNewEntry(
    SupplierAssessmentSchema,
    { date: todayUtc(), outcome: 'approved', summary: '' },
    { title: 'Not recorded', fallback: 'Check the date.' },
  );
  return (
    <Stack gap="md" maw={860}>
      <RecordForm onSubmit={form.onSubmit((v) => save(v, 'Saved.'))} canEdit={canEdit} pending={pending}>
        <SupplierFields form={form} readOnly={ro} />
        <FormTextarea form={form} name="description" label="Description" autosize minRows={2} readOnly={ro} />
      </RecordForm>
      <EntryLogPanel
        title="Assessments (A.10.3)"
        entries={
          supplier.assessments.length === 0 ? (
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
          )
        }
        canEdit={canEdit}
        entry={assessment.entry}
        onChange={assessment.patch}
        summaryWidth={280}
        addLabel="Record assessment"
        pending={pending}
        onAdd={() =>
          assessment.add((a) => save({ assessments: [...supplier.assessments, a] }, 'Assessment recorded.'))
        }
      >
        <Select
          label="Outcome"
          data={OUTCOMES}
          allowDeselect={false}
          value={assessment.entry.outcome}
          onChange={(v) => v && assessment.patch({ outcome: v as Assessment['outcome'] })}
        />
      </EntryLogPanel>
    </Stack>
  );
}
