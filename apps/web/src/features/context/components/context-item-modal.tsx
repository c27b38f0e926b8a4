// Add or change an issue (§4.1) or an interested party with its requirements (§4.2), validated by the core schema.
import { Group, Modal, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import {
  CONTEXT_CATEGORIES,
  CONTEXT_EFFECTS,
  type ContextItem,
  type ContextKind,
  type PartyRequirement,
} from '@openaims/core';
import { ChoiceSelect } from '../../../components/choice-select.tsx';
import { dialogRowFields } from '../../../components/dialog-row-fields.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import type { OrgDialogProps } from '../../../components/form-modal.tsx';
import { AddRowButton, RemoveRowButton } from '../../../components/row-buttons.tsx';
import { dialogTextFields } from '../../../lib/dialog-text-fields.ts';
import { dialogValueFields } from '../../../lib/dialog-value-fields.ts';
import { pickFields } from '../../../lib/forms.ts';
import { noticeThenClose } from '../../../lib/notice-then-close.ts';
import { useDialogValues } from '../../../lib/use-dialog-values.ts';
import { useCreateContextItem, useUpdateContextItem } from '../api/context.ts';

export const CATEGORY_LABEL: Record<(typeof CONTEXT_CATEGORIES)[number], string> = {
  legal_regulatory: 'Legal and regulatory',
  contractual: 'Contractual',
  ethical: 'Ethical',
  societal: 'Societal',
  technological: 'Technological',
  economic: 'Economic and market',
  organizational: 'Organizational',
  environmental: 'Environmental',
  other: 'Other',
};
export const EFFECT_LABEL = { opportunity: 'Opportunity', threat: 'Threat', neutral: 'Neutral' } as const;
export const KIND_LABEL: Record<ContextKind, string> = {
  internal_issue: 'Internal issue',
  external_issue: 'External issue',
  interested_party: 'Interested party',
};

interface Values {
  kind: ContextKind;
  title: string;
  description: string;
  category: (typeof CONTEXT_CATEGORIES)[number];
  effect: (typeof CONTEXT_EFFECTS)[number] | null;
  requirements: PartyRequirement[];
  reviewDate: string;
}

const blank = (kind: ContextKind): Values => ({
  kind,
  title: '',
  description: '',
  category: 'other',
  effect: null,
  requirements: [],
  reviewDate: '',
});

/** The item's fields the dialog edits as they are; its review date is held as text. */
const EDITABLE = ['kind', 'title', 'description', 'category', 'effect', 'requirements'] as const;

export function ContextItemModal(props: OrgDialogProps & { kind: ContextKind; item: ContextItem | null }) {
  const create = useCreateContextItem(props.orgId);
  const update = useUpdateContextItem(props.orgId);
  const {
    v,
    set,
    errors: fieldErrors,
    setErrors: setFieldErrors,
    onError,
  } = useDialogValues<Values>(
    () => {
      const i = props.item;
      return i ? { ...pickFields(i, EDITABLE), reviewDate: i.reviewDate ?? '' } : blank(props.kind);
    },
    props.opened,
    [create, update],
    [props.item, props.kind],
  );
  const text = dialogTextFields({ v, set, errors: fieldErrors });
  const pick = dialogValueFields({ v, set });
  const isParty = v.kind === 'interested_party';
  const mutation = props.item ? update : create;
  const requirements = dialogRowFields({ v, set })('requirements');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (v.title.trim() === '') return setFieldErrors({ title: 'A title is required.' });
    const body = {
      title: v.title,
      description: v.description,
      category: v.category,
      effect: isParty ? null : v.effect,
      requirements: isParty ? v.requirements : [],
      reviewDate: v.reviewDate || null,
    };
    const onSuccess = noticeThenClose(`${v.title} saved.`, props.onClose);
    if (props.item) update.mutate({ item: props.item, changes: body }, { onSuccess, onError });
    else create.mutate({ kind: v.kind, ...body }, { onSuccess, onError });
  };

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`${props.item ? 'Change' : 'Add'} ${KIND_LABEL[v.kind].toLowerCase()}`}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={isParty ? 'Who' : 'Issue'}
            required
            {...text('title')}
            description={
              isParty
                ? 'A person, group or body with a stake in your AI systems, e.g. job applicants, a regulator, customers.'
                : 'Something inside or outside the organization that affects what the AIMS can achieve.'
            }
          />
          <Textarea label="Description" autosize minRows={2} {...text('description')} />
          <Group grow>
            <ChoiceSelect
              label="Category"
              choices={CONTEXT_CATEGORIES}
              labels={CATEGORY_LABEL}
              {...pick('category')}
            />
            {!isParty && (
              <Select
                label="Effect on the AIMS"
                clearable
                value={v.effect}
                onChange={(x) => set('effect', x as Values['effect'])}
                error={fieldErrors.effect}
                data={CONTEXT_EFFECTS.map((c) => ({ value: c, label: EFFECT_LABEL[c] }))}
              />
            )}
            <TextInput type="date" label="Review by" {...text('reviewDate')} />
          </Group>
          {isParty && (
            <Stack gap="xs">
              <Text fw={600} size="sm">
                Requirements
              </Text>
              <Text size="xs" c="dimmed">
                What this party needs or expects (legal, contractual, societal) and whether the AIMS addresses
                it (§4.2). Say why when it does not.
              </Text>
              {fieldErrors.requirements && (
                <Text size="xs" c="red.8">
                  {fieldErrors.requirements}
                </Text>
              )}
              {v.requirements.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; their order is their identity
                <Group key={`req-${i}`} align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ flex: 1 }}>
                    <TextInput
                      aria-label={`Requirement ${i + 1}`}
                      placeholder="Requirement"
                      value={r.text}
                      onChange={(e) => requirements.patch(i, { text: e.currentTarget.value })}
                      error={fieldErrors[`requirements.${i}.text`]}
                    />
                    <TextInput
                      aria-label={`Requirement ${i + 1} note`}
                      placeholder={
                        r.addressedByAims
                          ? 'How it is addressed (optional)'
                          : 'Why it is not addressed through the AIMS'
                      }
                      value={r.note}
                      onChange={(e) => requirements.patch(i, { note: e.currentTarget.value })}
                      error={fieldErrors[`requirements.${i}.note`]}
                    />
                  </Stack>
                  <Switch
                    mt={8}
                    label="Addressed by the AIMS"
                    checked={r.addressedByAims}
                    onChange={(e) => requirements.patch(i, { addressedByAims: e.currentTarget.checked })}
                  />
                  <RemoveRowButton
                    mt={6}
                    label={`Remove requirement ${i + 1}`}
                    onClick={() => requirements.remove(i)}
                  />
                </Group>
              ))}
              <AddRowButton onClick={() => requirements.add({ text: '', addressedByAims: true, note: '' })}>
                Add a requirement
              </AddRowButton>
            </Stack>
          )}
          {mutation.error && !Object.keys(fieldErrors).length && <ErrorAlert error={mutation.error} />}
          <FormActions onCancel={props.onClose} pending={mutation.isPending} mt="sm">
            Save
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
