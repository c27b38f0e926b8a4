// Edits a document's identification and review settings (§7.5.2) with optimistic concurrency (If-Match → 412).
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type Document, type UpdateDocumentInput, UpdateDocumentSchema } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormActions } from '../../../components/form-actions.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { changedFields, pickFields } from '../../../lib/forms.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useUpdateDocument } from '../api/documents.ts';
import { DocumentIdentificationFields } from './document-identification-fields.tsx';

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
        <DocumentIdentificationFields form={form} orgId={orgId} readOnly={readOnly} />
        {!readOnly && <FormActions pending={update.isPending}>Save details</FormActions>}
      </Stack>
    </form>
  );
}
