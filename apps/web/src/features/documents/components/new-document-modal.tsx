// Registers a controlled document (§7.5.2: identification — title, type, owner) with its first draft.
import { Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CreateDocumentSchema,
  DOCUMENT_TEMPLATES,
  type DocumentType,
  documentTemplate,
  type MandatoryKey,
  templateDraft,
} from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormTextarea } from '../../../components/form-fields.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { useCreateDocument } from '../api/documents.ts';
import { DocumentIdentificationFields } from './document-identification-fields.tsx';

const TEMPLATE_OPTIONS = DOCUMENT_TEMPLATES.map((t) => ({ value: t.key, label: t.title }));

type Values = {
  title: string;
  type: DocumentType;
  description: string;
  ownerId: string | null;
  mandatoryKey: MandatoryKey | null;
  requirementRefs: string[];
  reviewIntervalMonths: number;
  content: string;
};

export function NewDocumentModal({
  orgId,
  opened,
  onClose,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const create = useCreateDocument(orgId);
  const navigate = useNavigate();
  const me = useMe().data?.user;
  const form = useForm<Values>({
    initialValues: {
      title: '',
      type: 'policy',
      description: '',
      ownerId: me?.id ?? null,
      mandatoryKey: null,
      requirementRefs: [],
      reviewIntervalMonths: 12,
      content: '',
    },
    validate: zod4Resolver(CreateDocumentSchema),
  });
  const submit = (v: Values) =>
    create.mutate(
      { ...v, content: v.content.trim() ? v.content : undefined },
      {
        onSuccess: (doc) => {
          form.reset();
          onClose();
          void navigate({ to: '/orgs/$orgId/documents/$id', params: { orgId, id: doc.id } });
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title="New document"
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <ErrorAlert error={create.error} title="Not saved" />
          <Select
            label="Start from a template"
            description="A first draft in plain words for what ISO/IEC 42001 asks for most; edit it before you submit it"
            placeholder="Blank document"
            data={TEMPLATE_OPTIONS}
            clearable
            onChange={(key) => {
              const t = key ? documentTemplate(key) : undefined;
              if (!t) return;
              form.setValues(templateDraft(t));
            }}
          />
          <DocumentIdentificationFields form={form} orgId={orgId} isNew />
          <FormTextarea
            form={form}
            name="content"
            label="First draft (Markdown, optional)"
            autosize
            minRows={4}
            maxRows={12}
          />
          <FormActions onCancel={onClose} pending={create.isPending}>
            Create document
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
