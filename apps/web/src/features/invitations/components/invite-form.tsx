// Invite someone by email with a role; the acceptance link and code are shown once.
import { Button, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreateInvitationInput, CreateInvitationSchema, type Role } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormChoiceSelect, FormTextInput } from '../../../components/form-fields.tsx';
import { OneTimeSecret } from '../../../components/one-time-secret.tsx';
import { SecretFormCard } from '../../../components/secret-form-card.tsx';
import { grantableRoleOptions } from '../../../lib/role-options.ts';
import { submitThenReset } from '../../../lib/submit-then-reset.ts';
import { useCreateInvitation } from '../api/invitations.ts';

export function InviteForm({ orgId, myRole }: { orgId: string; myRole: Role }) {
  const create = useCreateInvitation(orgId);
  const form = useForm<CreateInvitationInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'contributor' },
    validate: zod4Resolver(CreateInvitationSchema),
  });
  const roles = grantableRoleOptions(myRole);
  const submit = submitThenReset(form, create, (values) => values);
  const created = create.data;
  return (
    <SecretFormCard
      title="Invite someone"
      onSubmit={submit}
      error={create.error}
      secret={
        created && (
          <OneTimeSecret
            title={`Invitation for ${created.email} created`}
            warning={
              created.emailQueued
                ? `An e-mail with this link is on its way to ${created.email}. The link is also shown here, only now, in case the message does not arrive.`
                : 'Send this link to the person you invited. It is shown only now; if it is lost, revoke the invitation and invite again.'
            }
            values={[
              {
                label: 'Acceptance link',
                value: new URL(created.acceptUrl, window.location.origin).toString(),
              },
              { label: 'Code', value: created.code },
            ]}
            onClose={() => create.reset()}
          />
        )
      }
    >
      <Group align="flex-start" wrap="wrap">
        <FormTextInput form={form} name="email" label="Email" type="email" required w={300} />
        <FormChoiceSelect form={form} name="role" label="Role" data={roles} w={180} />
        <Button type="submit" loading={create.isPending} mt={25}>
          Invite
        </Button>
      </Group>
    </SecretFormCard>
  );
}
