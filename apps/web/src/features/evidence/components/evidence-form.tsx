// Add evidence: upload a file or record a link, with its evidence date, validity and what it proves (§7.5.3, §9.1).
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import {
  EVIDENCE_MEDIA_TYPE_LIST,
  EVIDENCE_MEDIA_TYPES,
  type Evidence,
  type EvidenceLink,
  todayUtc,
} from '@openaims/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { isApiError } from '../../../lib/api.ts';
import { dialogTextFields } from '../../../lib/dialog-text-fields.ts';
import { dialogValueFields } from '../../../lib/dialog-value-fields.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';
import { useCreateLinkEvidence, useUploadEvidence } from '../api/evidence.ts';
import { fromKey, useLinkTargetOptions } from './link-targets.ts';

const ACCEPT = [
  ...EVIDENCE_MEDIA_TYPE_LIST,
  ...Object.values(EVIDENCE_MEDIA_TYPES).flatMap((s) => s.extensions.map((e) => `.${e}`)),
].join(',');

export function EvidenceForm({
  orgId,
  initialLinks = [],
  onClose,
  onCreated,
}: {
  orgId: string;
  initialLinks?: string[];
  onClose: () => void;
  onCreated: (e: Evidence) => void;
}) {
  const upload = useUploadEvidence(orgId);
  const createLink = useCreateLinkEvidence(orgId);
  const targets = useLinkTargetOptions(orgId);
  const [kind, setKind] = useState<'file' | 'link'>('file');
  const [v, setV] = useState({
    file: null as File | null,
    url: '',
    title: '',
    description: '',
    evidenceDate: todayUtc(),
    validUntil: '',
    ownerId: null as string | null,
    controls: initialLinks.filter((k) => k.startsWith('control:')),
    risks: [] as string[],
    systems: [] as string[],
  });
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) =>
    setV((cur) => ({ ...cur, [k]: value }));
  const pending = upload.isPending || createLink.isPending;
  const error = upload.error ?? createLink.error;
  const errors = errorsByField(error);
  const text = dialogTextFields({ v, set, errors });
  const pick = dialogValueFields({ v, set });
  const { file, url, title } = v;

  const submit = () => {
    const links: EvidenceLink[] = [...v.controls, ...v.risks, ...v.systems].map(fromKey);
    const { evidenceDate, ownerId, description } = v;
    const common = { evidenceDate, validUntil: v.validUntil || null, ownerId, description, links };
    const done = { onSuccess: (e: Evidence) => onCreated(e) };
    if (kind === 'file' && file)
      upload.mutate({ file, fields: { ...common, title: title.trim() || undefined } }, done);
    if (kind === 'link') createLink.mutate({ ...common, url: url.trim(), title: title.trim() }, done);
  };
  const ready =
    v.evidenceDate !== '' && (kind === 'file' ? file !== null : url.trim() !== '' && title.trim() !== '');

  return (
    <Modal
      opened
      onClose={onClose}
      title="Add evidence"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Kind of evidence"
          value={kind}
          onChange={(v) => setKind(v as 'file' | 'link')}
          data={[
            { value: 'file', label: 'Upload a file' },
            { value: 'link', label: 'Record a link' },
          ]}
        />
        {kind === 'file' ? (
          <FileInput
            label="File"
            description="PDF, images, text, CSV, Markdown, JSON, Office files or ZIP. The content is checked against its type."
            placeholder="Choose a file"
            accept={ACCEPT}
            {...pick('file')}
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
            required
            error={errors.file}
          />
        ) : (
          <TextInput label="Address" placeholder="https://…" required {...text('url')} />
        )}
        <TextInput
          label="Title"
          description={kind === 'file' ? 'Leave empty to use the file name.' : undefined}
          required={kind === 'link'}
          {...text('title')}
        />
        <GrowingTextarea label="What it shows" {...pick('description')} minRows={2} />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="Evidence date"
            description="When the evidence was produced"
            required
            {...text('evidenceDate')}
          />
          <TextInput
            type="date"
            label="Valid until"
            description="Empty when it does not expire"
            {...text('validUntil')}
          />
        </SimpleGrid>
        <MemberSelect
          orgId={orgId}
          label="Owner"
          placeholder="Who keeps this evidence current"
          {...pick('ownerId')}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear owner' }}
          error={errors.ownerId}
        />
        <TargetsSelect group="controls" data={targets.controls} {...pick('controls')} />
        <SimpleGrid cols={2}>
          <TargetsSelect group="risks" data={targets.risks} {...pick('risks')} />
          <TargetsSelect group="systems" data={targets.systems} {...pick('systems')} />
        </SimpleGrid>
        {error && (
          <Alert color="red" title="Not saved">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={pending} disabled={!ready}>
            {kind === 'file' ? 'Upload' : 'Save link'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The three kinds of record evidence can prove, each picked in its own searchable list. */
const TARGET_GROUPS = {
  controls: { label: 'Proves controls', placeholder: 'Annex A controls', clear: 'Clear controls' },
  risks: { label: 'Risks', placeholder: 'Pick risks', clear: 'Clear risks' },
  systems: { label: 'AI systems', placeholder: 'Pick AI systems', clear: 'Clear AI systems' },
} as const;

function TargetsSelect(props: {
  group: keyof typeof TARGET_GROUPS;
  data: { value: string; label: string }[];
  value: string[];
  onChange: (keys: string[]) => void;
}) {
  const group = TARGET_GROUPS[props.group];
  return (
    <MultiSelect
      label={group.label}
      placeholder={group.placeholder}
      data={props.data}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': group.clear }}
    />
  );
}

/** The server's message for each field it refused, the first one when it gave several (`links.0` counts as `links`). */
function errorsByField(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const e of isApiError(error) ? (error.problem.errors ?? []) : [])
    errors[e.path.split('.')[0]!] ??= e.message;
  return errors;
}
