// First set-up (POST /setup): the first organization and its owner; afterwards the owner is signed in.
import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MIN_PASSWORD_LENGTH, type SetupInput, SetupSchema } from '@openaims/core';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormTextInput } from '../../../components/form-fields.tsx';
import { FullPageLoader } from '../../../components/page-loader.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useSetupStatus } from '../api/get-setup-status.ts';
import { useRunSetup } from '../api/run-setup.ts';
import { AuthLayout } from './auth-layout.tsx';

export function SetupPage() {
  const status = useSetupStatus();
  const setup = useRunSetup();
  const navigate = useNavigate();
  const form = useForm<SetupInput>({
    mode: 'uncontrolled',
    initialValues: { organizationName: '', name: '', email: '', password: '' },
    validate: zod4Resolver(SetupSchema),
  });

  if (status.isPending) return <FullPageLoader />;
  if (status.data && !status.data.needsSetup && !setup.isSuccess) return <Navigate to="/" />;

  const submit = form.onSubmit((values) =>
    setup.mutate(values, {
      onSuccess: (res) => navigate({ to: '/orgs/$orgId', params: { orgId: res.organizationId } }),
      onError: (e) => applyFieldErrors(form, e),
    }),
  );

  return (
    <AuthLayout
      title="Set up OpenAIMS"
      description="Create your organization and the owner account. You can invite colleagues afterwards."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormTextInput
            form={form}
            name="organizationName"
            label="Organization name"
            required
            autoComplete="organization"
          />
          <FormTextInput form={form} name="name" label="Your name" required autoComplete="name" />
          <FormTextInput form={form} name="email" label="Email" type="email" required autoComplete="email" />
          <PasswordField
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters`}
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          {setup.error && (
            <Alert color="red" role="alert">
              {errorMessage(setup.error)}
            </Alert>
          )}
          <Button type="submit" loading={setup.isPending} mt="sm">
            Create organization and sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
