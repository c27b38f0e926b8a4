// Create an API token bound to this organization and a role; the secret is shown once.
import { Button, Group, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreateApiTokenInput, CreateApiTokenSchema, type Role } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormChoiceSelect, FormTextInput } from '../../../components/form-fields.tsx';
import { OneTimeSecret } from '../../../components/one-time-secret.tsx';
import { SecretFormCard } from '../../../components/secret-form-card.tsx';
import { grantableRoleOptions } from '../../../lib/role-options.ts';
import { submitThenReset } from '../../../lib/submit-then-reset.ts';
import { useCreateToken } from '../api/tokens.ts';

type Values = Omit<CreateApiTokenInput, 'expiresInDays'> & { expiresInDays: number | string };

/** An empty "expires in" box means "never expires": the field is left out. */
function toInput(v: Values): CreateApiTokenInput {
  const days = v.expiresInDays === '' ? undefined : Number(v.expiresInDays);
  return { name: v.name, role: v.role, ...(days === undefined ? {} : { expiresInDays: days }) };
}

const validate = zod4Resolver(CreateApiTokenSchema);

export function CreateTokenForm({ orgId, myRole }: { orgId: string; myRole: Role }) {
  const create = useCreateToken(orgId);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { name: '', role: 'viewer', expiresInDays: 90 },
    validate: (values) => validate(toInput(values)),
  });
  const roles = grantableRoleOptions(myRole);
  const submit = submitThenReset(form, create, toInput);
  const created = create.data;
  return (
    <SecretFormCard
      title="Create a token"
      onSubmit={submit}
      error={create.error}
      secret={
        created && (
          <OneTimeSecret
            title={`Token “${created.name}” created`}
            warning="Copy this token now and store it somewhere safe. It will not be shown again; if it is lost, revoke it and create a new one."
            values={[{ label: 'Token', value: created.token }]}
            onClose={() => create.reset()}
          />
        )
      }
    >
      <Group align="flex-start" wrap="wrap">
        <FormTextInput
          form={form}
          name="name"
          label="Token name"
          description="Say what uses it, e.g. “CI pipeline”"
          required
          w={260}
        />
        <FormChoiceSelect
          form={form}
          name="role"
          label="Role"
          description="What the token may do"
          data={roles}
          w={170}
        />
        <NumberInput
          label="Expires in days"
          description="Leave empty for no expiry"
          min={1}
          max={3650}
          allowDecimal={false}
          w={170}
          key={form.key('expiresInDays')}
          {...form.getInputProps('expiresInDays')}
        />
        <Button type="submit" loading={create.isPending} mt={47}>
          Create token
        </Button>
      </Group>
    </SecretFormCard>
  );
}
