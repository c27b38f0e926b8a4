// The fields of an AI system, shared by the create and edit pages; validated with the core schema.
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { type AiSystem, CreateAiSystemSchema, type LifecycleStage } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { ReactNode } from 'react';
import { STAGE_OPTIONS } from './stage-badge.tsx';

export type AiSystemFormValues = Pick<AiSystem, 'name' | 'purpose' | 'description' | 'lifecycleStage'>;

export const EMPTY_AI_SYSTEM: AiSystemFormValues = {
  name: '',
  purpose: '',
  description: '',
  lifecycleStage: 'inception',
};

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
  const form = useForm<AiSystemFormValues>({
    mode: 'uncontrolled',
    initialValues: props.initial,
    validate: zod4Resolver(CreateAiSystemSchema),
  });
  const ro = props.readOnly;
  return (
    <form onSubmit={form.onSubmit((v) => props.onSubmit(v, form))} noValidate>
      <Stack gap="sm" maw={720}>
        <TextInput
          label="Name"
          required
          readOnly={ro}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Textarea
          label="Purpose"
          description="What the system is for and who it serves (A.6.2.2)."
          required
          autosize
          minRows={2}
          readOnly={ro}
          key={form.key('purpose')}
          {...form.getInputProps('purpose')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          readOnly={ro}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Select
          label="Life cycle stage"
          data={STAGE_OPTIONS}
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
