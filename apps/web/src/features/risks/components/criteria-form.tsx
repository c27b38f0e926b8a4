// Edit the risk criteria (§6.1.1): scales, labels, level bands and appetite, with a live heatmap preview.
// The form checks the same rules as the server (core's schema and criteriaProblems); the server's field
// errors, when it still refuses, land on the same fields.
import {
  Alert,
  ColorInput,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import {
  criteriaProblems,
  MAX_SCALE,
  MIN_SCALE,
  type RiskCriteria,
  RiskCriteriaInputSchema,
} from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormTextarea } from '../../../components/form-fields.tsx';
import { AddRowButton, RemoveRowButton } from '../../../components/row-buttons.tsx';
import { CriteriaLegend } from './criteria-legend.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';

/** What the form edits: the criteria without version metadata. */
export type CriteriaFormValues = {
  likelihoodLabels: string[];
  consequenceLabels: string[];
  bands: { key: string; label: string; minScore: number; color: string }[];
  appetite: number;
  note: string;
};

const SIZES = Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => String(MIN_SCALE + i));
const NEXT_COLOURS = ['#2e7d32', '#f9a825', '#ef6c00', '#c62828', '#6a1b9a', '#37474f'];
const zodErrors = zod4Resolver(RiskCriteriaInputSchema);

/** Schema errors first, then the cross-field rules of core (bands rise, fit the matrix, appetite fits). */
function validate(v: CriteriaFormValues): FormErrors {
  const errors = zodErrors(v);
  if (Object.keys(errors).length === 0) for (const p of criteriaProblems(v)) errors[p.path] ??= p.message;
  return errors;
}

/** Shortens or lengthens a scale, keeping the labels already typed. */
function resize(labels: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => labels[i] ?? `Level ${i + 1}`);
}

export function CriteriaForm(props: {
  current: RiskCriteria;
  pending: boolean;
  /** Receives the form too, so the caller can put the server's field errors on it (applyFieldErrors). */
  onSubmit: (v: CriteriaFormValues, form: UseFormReturnType<CriteriaFormValues>) => void;
  onCancel: () => void;
}) {
  const c = props.current;
  const form = useForm<CriteriaFormValues>({
    mode: 'controlled',
    initialValues: {
      likelihoodLabels: [...c.likelihoodLabels],
      consequenceLabels: [...c.consequenceLabels],
      bands: c.bands.map((b) => ({ ...b })),
      appetite: c.appetite,
      note: '',
    },
    validate,
  });
  const v = form.values;
  const preview: RiskCriteria = { ...c, ...v, number: c.number + 1 };
  const scale = (field: 'likelihoodLabels' | 'consequenceLabels', title: string) => (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Select
          label={`${title} levels`}
          data={SIZES}
          value={String(v[field].length)}
          allowDeselect={false}
          onChange={(n) => n && form.setFieldValue(field, resize(v[field], Number(n)))}
          w={170}
        />
        {v[field].map((_, i) => (
          <TextInput
            // biome-ignore lint/suspicious/noArrayIndexKey: a scale position is its identity
            key={i}
            label={`${title} ${i + 1}`}
            {...form.getInputProps(`${field}.${i}`)}
          />
        ))}
      </Stack>
    </Paper>
  );

  return (
    <form onSubmit={form.onSubmit((values) => props.onSubmit(values, form))} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {scale('likelihoodLabels', 'Likelihood')}
              {scale('consequenceLabels', 'Consequence')}
            </SimpleGrid>
            <Paper withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Title order={3} size="h5">
                  Level bands
                </Title>
                <Text size="xs" c="dimmed">
                  A score (likelihood × consequence) takes the band with the highest lower bound not above it.
                  The lowest band starts at 1; bounds rise strictly.
                </Text>
                {typeof form.errors.bands === 'string' && (
                  <Text size="sm" c="red.8">
                    {form.errors.bands}
                  </Text>
                )}
                {v.bands.map((b, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: bands are edited in place by position
                  <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                    <TextInput label="Key" w={110} {...form.getInputProps(`bands.${i}.key`)} />
                    <TextInput
                      label="Label"
                      style={{ flex: 1 }}
                      {...form.getInputProps(`bands.${i}.label`)}
                    />
                    <NumberInput
                      label="From score"
                      min={1}
                      max={MAX_SCALE * MAX_SCALE}
                      w={100}
                      {...form.getInputProps(`bands.${i}.minScore`)}
                    />
                    <ColorInput
                      label="Colour"
                      format="hex"
                      eyeDropperButtonProps={{
                        'aria-label': `Pick the colour of band ${i + 1} from the screen`,
                      }}
                      w={130}
                      {...form.getInputProps(`bands.${i}.color`)}
                    />
                    <RemoveRowButton
                      variant="default"
                      mt={26}
                      size="lg"
                      disabled={v.bands.length <= 2}
                      onClick={() => form.removeListItem('bands', i)}
                      label={`Remove band ${b.label || i + 1}`}
                    />
                  </Group>
                ))}
                <AddRowButton
                  variant="default"
                  disabled={v.bands.length >= 6}
                  onClick={() =>
                    form.insertListItem('bands', {
                      key: `level_${v.bands.length + 1}`,
                      label: `Level ${v.bands.length + 1}`,
                      minScore: Math.min((v.bands.at(-1)?.minScore ?? 0) + 1, MAX_SCALE * MAX_SCALE),
                      color: NEXT_COLOURS[v.bands.length] ?? '#37474f',
                    })
                  }
                >
                  Add band
                </AddRowButton>
              </Stack>
            </Paper>
            <NumberInput
              label="Risk appetite"
              description="The highest score accepted without treatment (§6.1.1)."
              min={1}
              max={MAX_SCALE * MAX_SCALE}
              w={260}
              {...form.getInputProps('appetite')}
            />
            <FormTextarea
              form={form}
              name="note"
              label="Reason for the change"
              description="Recorded with the new version."
              autosize
              minRows={2}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {/* Sticky, so the preview stays in view while the bands below the scales are edited. */}
          <Stack
            gap="sm"
            style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 1rem)' }}
          >
            <Paper withBorder p="sm" radius="md" aria-label="Preview">
              <RiskHeatmap title={`Preview of version ${preview.number}`} criteria={preview} />
              <CriteriaLegend criteria={preview} />
            </Paper>
            <Alert variant="light" color="blue" title="Existing risks keep their version">
              Saving makes version {preview.number}. Risks already assessed keep the criteria version they
              were assessed with until they are re-assessed; new assessments use version {preview.number}.
            </Alert>
          </Stack>
        </Grid.Col>
      </Grid>
      <FormActions onCancel={props.onCancel} pending={props.pending} mt="lg">
        Save as version {preview.number}
      </FormActions>
    </form>
  );
}
