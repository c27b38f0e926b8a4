import { useForm } from '@mantine/form';
import { type SetupInput, SetupSchema } from '@openaims/core';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormTextInput } from '../../../components/form-fields.tsx';
import { FullPageLoader } from '../../../components/page-loader.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useSetupStatus } from '../api/get-setup-status.ts';
import { useRunSetup } from '../api/run-setup.ts';
import { AuthForm } from './auth-form.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { NewPasswordField } from './new-password-field.tsx';

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
      <AuthForm
        onSubmit={submit}
        error={setup.error && errorMessage(setup.error)}
        pending={setup.isPending}
        submitLabel="Create organization and sign in"
      >
        <FormTextInput
          form={form}
          name="organizationName"
          label="Organization name"
          required
          autoComplete="organization"
        />
        <FormTextInput form={form} name="name" label="Your name" required autoComplete="name" />
        <FormTextInput form={form} name="email" label="Email" type="email" required autoComplete="email" />
        <NewPasswordField form={form} />
      </AuthForm>
    </AuthLayout>
  );
}
