// `/reset-password/$token`: the e-mailed link; choose a new password (twice), then sign in with it.
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type PasswordResetFormInput, PasswordResetFormSchema } from '@openaims/core';
import { Link, useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { PasswordField } from '../../../components/password-field.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { AuthLayout } from './auth-layout.tsx';

export function ResetPasswordPage() {
  const { token } = useParams({ strict: false }) as { token: string };
  const reset = useResetPassword();
  const form = useForm<PasswordResetFormInput>({
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: zod4Resolver(PasswordResetFormSchema),
  });

  if (reset.isSuccess) {
    return (
      <AuthLayout title="Password changed">
        <Text role="status">Your new password is set, and every earlier session has been signed out.</Text>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </AuthLayout>
    );
  }

  const expired = isApiError(reset.error, 422);
  return (
    <AuthLayout title="Choose a new password" description="At least 12 characters; a passphrase works well.">
      <form onSubmit={form.onSubmit((v) => reset.mutate({ token, password: v.password }))} noValidate>
        <Stack gap="sm">
          <PasswordField
            label="New password"
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordField
            label="Repeat the new password"
            required
            autoComplete="new-password"
            key={form.key('confirm')}
            {...form.getInputProps('confirm')}
          />
          {reset.error && (
            <Alert color="red" role="alert">
              {errorMessage(reset.error)}
              {expired && (
                <>
                  {' '}
                  <Anchor component={Link} to="/forgot-password" c="inherit" underline="always" fw={600}>
                    Ask for a new link
                  </Anchor>
                </>
              )}
            </Alert>
          )}
          <Button type="submit" loading={reset.isPending} mt="sm">
            Set the new password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
