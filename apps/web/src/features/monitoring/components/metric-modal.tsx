// Define a metric (§9.1 a–d, A.6.2.6): what is measured, which way is better, thresholds, window, what a breach
// opens, and the OpenTelemetry instrument it takes data from. Validated with the core schema; the server decides.
import { Modal, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type CreateMetricInput, CreateMetricSchema, METRIC_DEFAULTS } from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormActions } from '../../../components/form-actions.tsx';
import {
  FormChoiceSelect,
  FormOptionalTextInput,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { errorMessage, fieldErrorsOf } from '../../../lib/errors.ts';
import { useAiSystems } from '../../ai-systems/api/list-ai-systems.ts';
import { useCreateMetric } from '../api/create-metric.ts';

type Values = Required<Omit<CreateMetricInput, 'otelAttributes' | 'objectiveId' | 'kpiId'>>;

// The form holds neither the objective link nor attribute matchers: a metric defined here measures no KPI.
const {
  objectiveId: _objectiveId,
  kpiId: _kpiId,
  otelAttributes: _otelAttributes,
  ...defaults
} = METRIC_DEFAULTS;
const initial: Values = { ...defaults, name: '', direction: 'higher_is_better' };

/** Which way is better; a breach is a value past the threshold on the worse side. */
const DIRECTIONS: { value: Values['direction']; label: string }[] = [
  { value: 'higher_is_better', label: 'Higher is better (accuracy)' },
  { value: 'lower_is_better', label: 'Lower is better (latency, drift, complaints)' },
];
/** What a breach opens besides the alert. */
const ON_BREACH: { value: Values['onBreach']; label: string }[] = [
  { value: 'none', label: 'Only an alert' },
  { value: 'nonconformity', label: 'A nonconformity (§10.2)' },
  { value: 'incident', label: 'An AI incident (A.8.4)' },
];
/** The value of the window that is compared with the thresholds. */
const AGGREGATES: { value: Values['aggregate']; label: string }[] = [
  { value: 'last', label: 'Latest value' },
  { value: 'mean', label: 'Mean of the window' },
];

const num = (v: string | number) => (v === '' || v === undefined ? null : Number(v));

export function MetricModal(props: { orgId: string; opened: boolean; onClose: () => void }) {
  const create = useCreateMetric(props.orgId);
  const systems = useAiSystems(props.orgId, {});
  const navigate = useNavigate();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: zod4Resolver(CreateMetricSchema),
  });
  /** An optional threshold: an emptied box is no threshold (null), not zero. */
  const threshold = (name: 'warningThreshold' | 'breachThreshold') => ({
    ...form.getInputProps(name),
    onChange: (v: string | number) => form.setFieldValue(name, num(v)),
  });
  const submit = (v: Values) =>
    create.mutate(
      { ...v, otelName: v.otelName || null },
      {
        onSuccess: (m) => {
          notifications.show({ color: 'teal', message: `Metric “${m.name}” defined.` });
          form.reset();
          props.onClose();
          void navigate({
            to: '/orgs/$orgId/monitoring/metrics/$id',
            params: { orgId: props.orgId, id: m.id },
          });
        },
        onError: (e) => {
          const fields = fieldErrorsOf(e);
          if (Object.keys(fields).length) form.setErrors(fields);
          notifications.show({ color: 'red', message: errorMessage(e) });
        },
      },
    );
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="New metric"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <FormTextInput form={form} name="name" label="Name" required />
          <FormTextarea form={form} name="description" label="Description" autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FormSelect
              form={form}
              name="aiSystemId"
              label="AI system"
              description="The system it watches (A.6.2.6), if any."
              clearable
              searchable
              data={systems.items.map((s) => ({ value: s.id, label: s.name }))}
            />
            <FormTextInput form={form} name="unit" label="Unit" placeholder="%, ms, count" />
            <FormChoiceSelect form={form} name="direction" label="Direction" required data={DIRECTIONS} />
            <FormChoiceSelect form={form} name="onBreach" label="On breach, also open" data={ON_BREACH} />
            <NumberInput
              label="Warning threshold"
              key={form.key('warningThreshold')}
              {...threshold('warningThreshold')}
            />
            <NumberInput
              label="Breach threshold"
              key={form.key('breachThreshold')}
              {...threshold('breachThreshold')}
            />
            <FormChoiceSelect form={form} name="aggregate" label="Window value" data={AGGREGATES} />
            <NumberInput
              label="Window points"
              min={1}
              max={1000}
              key={form.key('windowPoints')}
              {...form.getInputProps('windowPoints')}
              onChange={(v) => form.setFieldValue('windowPoints', num(v) ?? 1)}
            />
          </SimpleGrid>
          <FormOptionalTextInput
            form={form}
            name="otelName"
            label="OpenTelemetry instrument name"
            description="Data points of this name sent to …/otlp/v1/metrics count for this metric."
            placeholder="model.accuracy"
          />
          <FormActions onCancel={props.onClose} pending={create.isPending}>
            Define metric
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
