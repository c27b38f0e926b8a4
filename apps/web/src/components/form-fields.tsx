// Inputs bound to one field of a @mantine/form: value, error and handlers from the form, and the form's key
// for the field, so that an uncontrolled input shows values the form sets (reset, setValues).
import {
  MultiSelect,
  type MultiSelectProps,
  type PasswordInputProps,
  Select,
  type SelectProps,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ComponentType } from 'react';
import { PasswordField } from './password-field.tsx';

interface Binding {
  // biome-ignore lint/suspicious/noExplicitAny: a field of any form
  form: UseFormReturnType<any>;
  /** The field's path, e.g. `name` or `bands.0.color`. */
  name: string;
}

function bound<P extends object>(Input: ComponentType<P>) {
  return function BoundInput({ form, name, ...props }: Binding & Omit<P, keyof Binding>) {
    return <Input key={form.key(name)} {...(props as P)} {...form.getInputProps(name)} />;
  };
}

export const FormTextInput = bound<TextInputProps>(TextInput);
export const FormTextarea = bound<TextareaProps>(Textarea);
export const FormSelect = bound<SelectProps>(Select);
export const FormMultiSelect = bound<MultiSelectProps>(MultiSelect);
export const FormPasswordField = bound<PasswordInputProps>(PasswordField);

/** A text box for a top-level field that holds null when empty (an optional date or name): '' is stored as null. */
export function FormOptionalTextInput({
  form,
  name,
  ...props
}: Binding & Omit<TextInputProps, keyof Binding>) {
  return (
    <TextInput
      key={form.key(name)}
      {...props}
      {...form.getInputProps(name)}
      value={form.getValues()[name] ?? ''}
      onChange={(e) => form.setFieldValue(name, e.currentTarget.value || null)}
    />
  );
}

/** A select bound to a field that always holds one of its options (a direction, a kind): it cannot be emptied. */
export function FormChoiceSelect(props: Binding & Omit<SelectProps, keyof Binding | 'allowDeselect'>) {
  return <FormSelect {...props} allowDeselect={false} />;
}
