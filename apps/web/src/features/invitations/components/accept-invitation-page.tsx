// /invite/$code: join an organization. Signed in: one click. Not signed in: create the account here.
import { Button, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AcceptInvitationSchema, PasswordSchema } from '@openaims/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormTextInput } from '../../../components/form-fields.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { FullPageLoader } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { roleLabel } from '../../../lib/format.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { AuthForm } from '../../auth/components/auth-form.tsx';
import { AuthLayout } from '../../auth/components/auth-layout.tsx';
import { NewPasswordField } from '../../auth/components/new-password-field.tsx';
import { useAcceptInvitation } from '../api/accept-invitation.ts';
import { useInvitationPreview } from '../api/preview-invitation.ts';

/** A new account needs both a name and a password (the core schema has them optional for signed-in users). */
const NewAccountSchema = AcceptInvitationSchema.required({ name: true }).extend({ password: PasswordSchema });
type NewAccount = z.infer<typeof NewAccountSchema>;

export function AcceptInvitationPage() {
  const { code = '' } = useParams({ strict: false });
  const me = useMe();
  const preview = useInvitationPreview(code);
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const form = useForm<NewAccount>({
    mode: 'uncontrolled',
    initialValues: { code, name: '', password: '' },
    validate: zod4Resolver(NewAccountSchema),
  });

  if (me.isPending || preview.isPending) return <FullPageLoader />;
  if (isApiError(preview.error, 404)) {
    return (
      <AuthLayout
        title="Invitation not valid"
        description="This link has expired, was revoked, or was already used."
      >
        <Text size="sm">Ask the person who invited you to send a new invitation.</Text>
        <AnchorLink to="/">Go to OpenAIMS</AnchorLink>
      </AuthLayout>
    );
  }
  const offer = preview.data;
  const title = offer ? `Join ${offer.organizationName}` : 'Join organization';
  const invited = offer
    ? `You were invited as ${roleLabel(offer.role)} (${offer.email}).`
    : 'You were invited to an OpenAIMS organization.';
  const user = me.data?.user;
  const onSuccess = (res: { organizationId: string }) =>
    navigate({ to: '/orgs/$orgId', params: { orgId: res.organizationId } });
  const error = accept.error && <ErrorAlert error={accept.error} />;

  if (user) {
    return (
      <AuthLayout title={title} description={`${invited} You are signed in as ${user.email}.`}>
        {error}
        <Button loading={accept.isPending} onClick={() => accept.mutate({ code }, { onSuccess })}>
          Accept invitation
        </Button>
      </AuthLayout>
    );
  }

  const submit = form.onSubmit((values) =>
    accept.mutate(values, { onSuccess, onError: (e) => applyFieldErrors(form, e) }),
  );
  return (
    <AuthLayout title={title} description={`${invited} Create your account to accept.`}>
      <AuthForm
        onSubmit={submit}
        error={accept.error && errorMessage(accept.error)}
        pending={accept.isPending}
        submitLabel="Accept invitation"
      >
        <FormTextInput form={form} name="name" label="Your name" required autoComplete="name" />
        <NewPasswordField form={form} />
      </AuthForm>
      <Text size="sm" c="dimmed">
        Already have an account?{' '}
        <AnchorLink to="/sign-in" search={{ redirect: `/invite/${code}` }}>
          Sign in first
        </AnchorLink>
        ; you will come back here to accept.
      </Text>
    </AuthLayout>
  );
}
