// The password field of a new account (first set-up, accepting an invitation): the same label, the same
// minimum-length hint as core's PasswordSchema, and the browser's "new password" autofill.
import type { UseFormReturnType } from '@mantine/form';
import { MIN_PASSWORD_LENGTH } from '@openaims/core';
import { FormPasswordField } from '../../../components/form-fields.tsx';

export function NewPasswordField({ form }: { form: UseFormReturnType<{ password: string }> }) {
  return (
    <FormPasswordField
      form={form}
      name="password"
      label="Password"
      description={`At least ${MIN_PASSWORD_LENGTH} characters`}
      required
      autoComplete="new-password"
    />
  );
}
