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
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [evidenceDate, setEvidenceDate] = useState(todayUtc());
  const [validUntil, setValidUntil] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [controls, setControls] = useState<string[]>(initialLinks.filter((k) => k.startsWith('control:')));
  const [risks, setRisks] = useState<string[]>([]);
  const [systems, setSystems] = useState<string[]>([]);
  const pending = upload.isPending || createLink.isPending;
  const error = upload.error ?? createLink.error;
  const fieldError = (path: string) =>
    isApiError(error)
      ? error.problem.errors?.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message
      : undefined;

  const submit = () => {
    const links: EvidenceLink[] = [...controls, ...risks, ...systems].map(fromKey);
    const common = { evidenceDate, validUntil: validUntil || null, ownerId, description, links };
    const done = { onSuccess: (e: Evidence) => onCreated(e) };
    if (kind === 'file' && file)
      upload.mutate({ file, fields: { ...common, title: title.trim() || undefined } }, done);
    if (kind === 'link') createLink.mutate({ ...common, url: url.trim(), title: title.trim() }, done);
  };
  const ready =
    evidenceDate !== '' && (kind === 'file' ? file !== null : url.trim() !== '' && title.trim() !== '');

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
            value={file}
            onChange={setFile}
            leftSection={<IconUpload size={16} aria-hidden />}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the chosen file' }}
            required
            error={fieldError('file')}
          />
        ) : (
          <TextInput
            label="Address"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            required
            error={fieldError('url')}
          />
        )}
        <TextInput
          label="Title"
          description={kind === 'file' ? 'Leave empty to use the file name.' : undefined}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required={kind === 'link'}
          error={fieldError('title')}
        />
        <GrowingTextarea label="What it shows" value={description} onChange={setDescription} minRows={2} />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label="Evidence date"
            description="When the evidence was produced"
            value={evidenceDate}
            onChange={(e) => setEvidenceDate(e.currentTarget.value)}
            required
            error={fieldError('evidenceDate')}
          />
          <TextInput
            type="date"
            label="Valid until"
            description="Empty when it does not expire"
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={fieldError('validUntil')}
          />
        </SimpleGrid>
        <MemberSelect
          orgId={orgId}
          label="Owner"
          placeholder="Who keeps this evidence current"
          value={ownerId}
          onChange={setOwnerId}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear owner' }}
          error={fieldError('ownerId')}
        />
        <MultiSelect
          label="Proves controls"
          placeholder="Annex A controls"
          data={targets.controls}
          value={controls}
          onChange={setControls}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear controls' }}
        />
        <SimpleGrid cols={2}>
          <MultiSelect
            label="Risks"
            placeholder="Pick risks"
            data={targets.risks}
            value={risks}
            onChange={setRisks}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear risks' }}
          />
          <MultiSelect
            label="AI systems"
            placeholder="Pick AI systems"
            data={targets.systems}
            value={systems}
            onChange={setSystems}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear AI systems' }}
          />
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
