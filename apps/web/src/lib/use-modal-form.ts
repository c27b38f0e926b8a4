// A @mantine/form for a dialog: validated with a core schema, fresh each time the dialog opens.
import { type UseFormReturnType, useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect } from 'react';
import type { z } from 'zod';

/** The form of a modal; its values and errors reset whenever `opened` turns true. */
export function useModalForm<V extends Record<string, unknown>>(
  schema: z.ZodType,
  initial: () => V,
  opened: boolean,
): UseFormReturnType<V> {
  const form = useForm<V>({ initialValues: initial(), validate: zod4Resolver(schema) });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (opened) {
      form.setValues(initial());
      form.resetDirty();
      form.clearErrors();
    }
  }, [opened]);
  return form;
}
