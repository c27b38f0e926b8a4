// A document's identification fields (§7.5.2: title, type, owner, what it addresses, review interval), the same on
// the new-document dialog and on an existing document's details, which may be read-only.
import { Group, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type Document, ISO42001_REQUIREMENTS } from '@openaims/core';
import {
  FormChoiceSelect,
  FormMultiSelect,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { FormMemberSelect } from '../../members/components/member-select.tsx';
import { MANDATORY_OPTIONS, TYPE_OPTIONS } from './document-labels.tsx';

/** The clauses and Annex A controls a document can address (objectives are not requirements). */
const REFS = ISO42001_REQUIREMENTS.filter((r) => r.kind !== 'objective').map((r) => ({
  value: r.ref,
  label: `${r.ref} ${r.title}`,
}));

/** What the new-document dialog says besides: which required item it is, and what to pick as requirements. */
const NEW_DOCUMENT_HINTS = {
  mandatoryKey: 'Which required item of ISO/IEC 42001 this document is, if any',
  requirementRefs: 'Clauses or Annex A controls',
};

type Identification = Pick<
  Document,
  'title' | 'type' | 'description' | 'ownerId' | 'mandatoryKey' | 'requirementRefs' | 'reviewIntervalMonths'
>;

/**
 * `isNew`: the dialog's hints for a document not yet registered; without it, the hint that the interval moves
 * the approved version's next review.
 */
export function DocumentIdentificationFields<V extends Identification>(props: {
  form: UseFormReturnType<V>;
  orgId: string;
  isNew?: boolean;
  readOnly?: boolean;
}) {
  const { form, readOnly } = props;
  const hints = props.isNew ? NEW_DOCUMENT_HINTS : undefined;
  return (
    <>
      <FormTextInput form={form} name="title" label="Title" required readOnly={readOnly} />
      <Group grow>
        <FormChoiceSelect form={form} name="type" label="Type" data={TYPE_OPTIONS} readOnly={readOnly} />
        <NumberInput
          label="Review every (months)"
          description={props.isNew ? undefined : 'Moves the next review date of the approved version'}
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
        description={hints?.mandatoryKey}
        placeholder="None"
        data={MANDATORY_OPTIONS}
        clearable
        searchable
        readOnly={readOnly}
      />
      <FormMemberSelect
        form={form}
        name="ownerId"
        orgId={props.orgId}
        label="Owner"
        placeholder="Nobody yet"
        clearable
        readOnly={readOnly}
      />
      <FormMultiSelect
        form={form}
        name="requirementRefs"
        label="Requirements it addresses"
        placeholder={hints?.requirementRefs}
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
    </>
  );
}
