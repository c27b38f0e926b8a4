// Edits a document's identification and review settings (§7.5.2) with optimistic concurrency (If-Match → 412).
import { Alert, Button, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type Document,
  ISO42001_REQUIREMENTS,
  type UpdateDocumentInput,
  UpdateDocumentSchema,
} from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import {
  FormMultiSelect,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { changedFields, pickFields } from '../../../lib/forms.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useUpdateDocument } from '../api/documents.ts';
import { MANDATORY_OPTIONS, TYPE_OPTIONS } from './document-labels.tsx';

const REFS = ISO42001_REQUIREMENTS.filter((r) => r.kind !== 'objective').map((r) => ({
  value: r.ref,
  label: `${r.ref} ${r.title}`,
}));
const FIELDS = [
  'title',
  'type',
  'description',
  'ownerId',
  'mandatoryKey',
  'requirementRefs',
  'reviewIntervalMonths',
] as const;
type Values = Pick<Document, (typeof FIELDS)[number]>;

export function DocumentDetailsForm({ doc, onReload }: { doc: Document; onReload: () => void }) {
  const { orgId, can } = useCurrentOrg();
  const update = useUpdateDocument(orgId, doc.id);
  const form = useForm<Values>({
    initialValues: pickFields(doc, FIELDS),
    validate: zod4Resolver(UpdateDocumentSchema),
  });
  const readOnly = !can('document:update');
  const save = (v: Values) => {
    const input = changedFields(doc, v, FIELDS);
    if (Object.keys(input).length === 0) {
      notifications.show({ message: 'Nothing changed.' });
      return;
    }
    update.mutate(
      { version: doc.version, input: input as UpdateDocumentInput },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Saved.' }),
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack gap="sm" maw={720}>
        {update.error && (
          <Alert color="red" title="Not saved">
            {isApiError(update.error, 412) ? (
              <Group gap="sm">
                Someone else changed this document meanwhile.
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => {
                    update.reset();
                    onReload();
                  }}
                >
                  Reload
                </Button>
              </Group>
            ) : (
              errorMessage(update.error)
            )}
          </Alert>
        )}
        <FormTextInput form={form} name="title" label="Title" required readOnly={readOnly} />
        <Group grow>
          <FormSelect
            form={form}
            name="type"
            label="Type"
            data={TYPE_OPTIONS}
            allowDeselect={false}
            readOnly={readOnly}
          />
          <NumberInput
            label="Review every (months)"
            description="Moves the next review date of the approved version"
            min={1}
            max={60}
            readOnly={readOnly}
            {...form.getInputProps('reviewIntervalMonths')}
          />
        </Group>
        <FormSelect
          form={form}
          name="mandatoryKey"
          label="Mandatory documented information"
          placeholder="None"
          data={MANDATORY_OPTIONS}
          clearable
          searchable
          readOnly={readOnly}
        />
        <MemberSelect
          orgId={orgId}
          label="Owner"
          placeholder="Nobody yet"
          clearable
          readOnly={readOnly}
          {...form.getInputProps('ownerId')}
          value={form.values.ownerId}
        />
        <FormMultiSelect
          form={form}
          name="requirementRefs"
          label="Requirements it addresses"
          data={REFS}
          searchable
          readOnly={readOnly}
        />
        <FormTextarea
          form={form}
          name="description"
          label="Description"
          autosize
          minRows={2}
          readOnly={readOnly}
        />
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              Save details
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
