// "Create organization": POST /orgs, then switch to the new organization. Or load the demo organization
// (issue 16) to explore the platform with realistic records.
import { Button, Divider, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type CreateOrganizationInput, CreateOrganizationSchema } from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormTextInput } from '../../../components/form-fields.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useCreateDemoOrganization } from '../api/create-demo-organization.ts';
import { useCreateOrganization } from '../api/create-organization.ts';

export function CreateOrganizationModal(props: { opened: boolean; onClose: () => void }) {
  const create = useCreateOrganization();
  const demo = useCreateDemoOrganization();
  const navigate = useNavigate();
  const form = useForm<CreateOrganizationInput>({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: zod4Resolver(CreateOrganizationSchema),
  });
  const close = () => {
    form.reset();
    create.reset();
    demo.reset();
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
        // A new organization starts in the guided set-up (issue 16); it can be skipped or hidden from there.
        void navigate({ to: '/orgs/$orgId/setup', params: { orgId: org.id } });
      },
      onError: (e) => applyFieldErrors(form, e),
    }),
  );
  const loadDemo = () =>
    demo.mutate(
      {},
      {
        onSuccess: ({ orgId }) => {
          notifications.show({
            color: 'teal',
            title: 'Demo organization loaded',
            message: 'Explore it freely; your other organizations are untouched.',
          });
          close();
          void navigate({ to: '/orgs/$orgId', params: { orgId } });
        },
      },
    );
  return (
    <Modal opened={props.opened} onClose={close} title="Create organization" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormTextInput form={form} name="name" label="Organization name" required data-autofocus />
          <ErrorAlert error={create.error} />
          <FormActions onCancel={close} pending={create.isPending} mt="sm">
            Create organization
          </FormActions>
        </Stack>
      </form>
      <Divider my="md" label="or" labelPosition="center" />
      <Stack gap="xs">
        <Text size="sm">
          Try the platform first: a demo organization with AI systems, risks, an approved SoA, objectives,
          incidents and evidence, owned by you.
        </Text>
        <ErrorAlert error={demo.error} />
        <Button variant="light" onClick={loadDemo} loading={demo.isPending}>
          Load demo organization
        </Button>
      </Stack>
    </Modal>
  );
}
