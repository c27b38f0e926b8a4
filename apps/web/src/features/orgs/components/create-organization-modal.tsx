// "Create organization": POST /orgs, then switch to the new organization.
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type CreateOrganizationInput, CreateOrganizationSchema } from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCreateOrganization } from '../api/create-organization.ts';

export function CreateOrganizationModal(props: { opened: boolean; onClose: () => void }) {
  const create = useCreateOrganization();
  const navigate = useNavigate();
  const form = useForm<CreateOrganizationInput>({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: zod4Resolver(CreateOrganizationSchema),
  });
  const close = () => {
    form.reset();
    create.reset();
    props.onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (org) => {
        notifications.show({
          color: 'teal',
          title: 'Organization created',
          message: `You are the owner of ${org.name}.`,
        });
        close();
        void navigate({ to: '/orgs/$orgId', params: { orgId: org.id } });
      },
      onError: (e) => applyFieldErrors(form, e),
    }),
  );
  return (
    <Modal opened={props.opened} onClose={close} title="Create organization" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Organization name"
            required
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          {create.error && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create organization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
