// The fields of an AI system, shared by the create and edit pages; validated with the core schema.
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import {
  type AiSystem,
  CreateAiSystemSchema,
  ISO_AI_ROLES,
  type IsoAiRole,
  type LifecycleStage,
  OPERATOR_ROLES,
  type OperatorRole,
} from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { useLabelledOptions } from '../../../i18n/use-label.ts';
import { STAGE_OPTIONS } from './stage-badge.tsx';

/** The fields the form edits (links and the classification have their own screens). */
export const AI_SYSTEM_FORM_FIELDS = [
  'name',
  'purpose',
  'description',
  'lifecycleStage',
  'operatorRole',
  'isoRoles',
  'intendedUse',
  'foreseeableMisuse',
  'humanOversight',
  'deploymentContext',
] as const;
export type AiSystemFormValues = Pick<AiSystem, (typeof AI_SYSTEM_FORM_FIELDS)[number]>;

export const EMPTY_AI_SYSTEM: AiSystemFormValues = {
  name: '',
  purpose: '',
  description: '',
  lifecycleStage: 'inception',
  operatorRole: null,
  isoRoles: [],
  intendedUse: '',
  foreseeableMisuse: '',
  humanOversight: '',
  deploymentContext: '',
};

const label = (v: string) => v.replace(/^ai_/, 'AI ').replace(/_/g, ' ');
const OPERATOR_OPTIONS = OPERATOR_ROLES.map((value) => ({ value, label: label(value) }));
const ISO_OPTIONS = ISO_AI_ROLES.map((value) => ({ value, label: label(value) }));

interface AiSystemFormProps {
  initial: AiSystemFormValues;
  submitLabel: string;
  readOnly?: boolean;
  submitting?: boolean;
  /** Receives the form too, so the caller can put the server's field errors on it (applyFieldErrors). */
  onSubmit: (values: AiSystemFormValues, form: UseFormReturnType<AiSystemFormValues>) => void;
  extraActions?: ReactNode;
}

export function AiSystemForm(props: AiSystemFormProps) {
  const { t } = useTranslation();
  /** The options with their names in the active language, else core's English. */
  const translated = <V extends string>(
    options: readonly { value: V; label: string }[],
    group: 'operatorRoles' | 'isoRoleNames',
  ) =>
    options.map((o) => ({ ...o, label: t(`aiSystemForm.${group}.${o.value}`, { defaultValue: o.label }) }));
  const stageOptions = useLabelledOptions('lifecycleStage', STAGE_OPTIONS);
  const form = useForm<AiSystemFormValues>({
    mode: 'uncontrolled',
    initialValues: props.initial,
    validate: zod4Resolver(CreateAiSystemSchema),
  });
  const ro = props.readOnly;
  return (
    <form onSubmit={form.onSubmit((v) => props.onSubmit(v, form))} noValidate>
      <Stack gap="sm" maw={720}>
        <FormTextInput form={form} name="name" label={t('aiSystemForm.name')} required readOnly={ro} />
        <FormTextarea
          form={form}
          name="purpose"
          label={t('aiSystemForm.purpose')}
          description={t('aiSystemForm.purposeHelp')}
          required
          autosize
          minRows={2}
          readOnly={ro}
        />
        <FormTextarea
          form={form}
          name="description"
          label={t('aiSystemForm.description')}
          autosize
          minRows={3}
          readOnly={ro}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('aiSystemForm.operatorRole')}
            description={t('aiSystemForm.operatorRoleHelp')}
            data={translated(OPERATOR_OPTIONS, 'operatorRoles')}
            clearable
            readOnly={ro}
            key={form.key('operatorRole')}
            {...form.getInputProps('operatorRole')}
            onChange={(v) => form.setFieldValue('operatorRole', (v as OperatorRole | null) ?? null)}
          />
          <MultiSelect
            label={t('aiSystemForm.isoRoles')}
            description={t('aiSystemForm.isoRolesHelp')}
            data={translated(ISO_OPTIONS, 'isoRoleNames')}
            readOnly={ro}
            key={form.key('isoRoles')}
            {...form.getInputProps('isoRoles')}
            onChange={(v) => form.setFieldValue('isoRoles', v as IsoAiRole[])}
          />
        </SimpleGrid>
        {(
          [
            ['intendedUse', t('aiSystemForm.intendedUse'), t('aiSystemForm.intendedUseHelp')],
            ['foreseeableMisuse', t('aiSystemForm.misuse'), t('aiSystemForm.misuseHelp')],
            ['humanOversight', t('aiSystemForm.oversight'), t('aiSystemForm.oversightHelp')],
            ['deploymentContext', t('aiSystemForm.context'), t('aiSystemForm.contextHelp')],
          ] as const
        ).map(([field, title, help]) => (
          <Textarea
            key={form.key(field)}
            label={title}
            description={help}
            autosize
            minRows={2}
            readOnly={ro}
            {...form.getInputProps(field)}
          />
        ))}
        <Select
          label={t('aiSystemForm.stage')}
          data={stageOptions}
          allowDeselect={false}
          readOnly={ro}
          key={form.key('lifecycleStage')}
          {...form.getInputProps('lifecycleStage')}
          onChange={(v) => v && form.setFieldValue('lifecycleStage', v as LifecycleStage)}
        />
        {!ro && (
          <Group mt="sm">
            <Button type="submit" loading={props.submitting}>
              {props.submitLabel}
            </Button>
            {props.extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
