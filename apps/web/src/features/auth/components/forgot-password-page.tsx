// "Forgot password?": asks for a reset link by e-mail, then says to check the inbox (the same answer for every
// address, so the page cannot tell whether an account exists).
import { Anchor, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type PasswordResetRequestInput, PasswordResetRequestSchema } from '@openaims/core';
import { Link } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormTextInput } from '../../../components/form-fields.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';
import { AuthForm } from './auth-form.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const form = useForm<PasswordResetRequestInput>({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: zod4Resolver(PasswordResetRequestSchema),
  });

  if (request.isSuccess) {
    return (
      <AuthLayout title="Check your e-mail">
        <Text role="status">{request.data.message}</Text>
        <Text size="sm" c="dimmed">
          Nothing after a few minutes? Look in the spam folder, or ask your administrator: this instance may
          not send e-mail. Accounts that use single sign-on get a note instead of a link.
        </Text>
        <Anchor component={Link} to="/sign-in">
          Back to sign-in
        </Anchor>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Reset your password" description="We will e-mail you a link to choose a new password.">
      <AuthForm
        onSubmit={form.onSubmit((values) => request.mutate(values))}
        error={request.error && errorMessage(request.error)}
        pending={request.isPending}
        submitLabel="Send the link"
        footer={
          <Anchor component={Link} to="/sign-in" size="sm">
            Back to sign-in
          </Anchor>
        }
      >
        <FormTextInput form={form} name="email" label="Email" type="email" required autoComplete="username" />
      </AuthForm>
    </AuthLayout>
  );
}
