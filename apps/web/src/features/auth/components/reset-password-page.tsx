// `/reset-password/$token`: the e-mailed link; choose a new password (twice), then sign in with it.
import { Anchor, Button, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type PasswordResetFormInput, PasswordResetFormSchema } from '@openaims/core';
import { Link, useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormPasswordField } from '../../../components/form-fields.tsx';
import { isApiError } from '../../../lib/api.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { AuthForm } from './auth-form.tsx';
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
      <AuthForm
        onSubmit={form.onSubmit((v) => reset.mutate({ token, password: v.password }))}
        error={
          reset.error && (
            <>
              {errorMessage(reset.error)}
              {expired && (
                <>
                  {' '}
                  <Anchor component={Link} to="/forgot-password" c="inherit" underline="always" fw={600}>
                    Ask for a new link
                  </Anchor>
                </>
              )}
            </>
          )
        }
        pending={reset.isPending}
        submitLabel="Set the new password"
      >
        <FormPasswordField
          form={form}
          name="password"
          label="New password"
          required
          autoComplete="new-password"
        />
        <FormPasswordField
          form={form}
          name="confirm"
          label="Repeat the new password"
          required
          autoComplete="new-password"
        />
      </AuthForm>
    </AuthLayout>
  );
}
