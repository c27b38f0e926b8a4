// The SoA table: filter by area, status and applicability; edit status inline; exclusions ask for a justification.
import { Button, Group, Modal, Select, Switch, Table, Text } from '@mantine/core';
import {
  ANNEX_A_OBJECTIVES,
  type ImplementationStatus,
  isSoaEntryDecided,
  type SoaEntry,
  soaEntryProblems,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { ListQueryContent } from '../../../components/list-query-content.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useLabel } from '../../../i18n/use-label.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type SoaFilters, soaEntriesQuery, useDecideRemainingSoa, useUpdateSoaEntry } from '../api/soa.ts';
import {
  IMPLEMENTATION_STATUS_OPTIONS,
  ImplementationStatusSelect,
} from './implementation-status-select.tsx';
import { SoaEntryRisks } from './soa-entry-risks.tsx';

const AREAS = ANNEX_A_OBJECTIVES.filter((o) => o.parentRef === null).map((o) => ({
  value: o.ref,
  label: `${o.ref} ${o.title}`,
}));

export function SoaTable() {
  const { t } = useTranslation();
  const { orgId, can } = useCurrentOrg();
  const [filters, setFilters] = useState<SoaFilters>({});
  const entries = useQuery(soaEntriesQuery(orgId, filters));
  const update = useUpdateSoaEntry(orgId);
  const [editing, setEditing] = useState<{ entry: SoaEntry; applicable: boolean } | null>(null);
  const [showingRisks, setShowingRisks] = useState<SoaEntry | null>(null);
  const canEdit = can('soa:update');
  const decide = useDecideRemainingSoa(orgId);
  const riskCount = (n: number) => t('soa.riskCount', { count: n });
  const label = useLabel();
  const statusOptions = IMPLEMENTATION_STATUS_OPTIONS.map((o) => ({
    ...o,
    label: label('implementationStatus', o.value, o.label),
  }));
  const undecided = (entries.data?.items ?? []).filter((e) => !isSoaEntryDecided(e)).length;

  return (
    <>
      <Group mb="md" gap="sm" wrap="wrap">
        <Select
          label={t('soa.area')}
          placeholder={t('soa.allAreas')}
          data={AREAS}
          clearable
          value={filters.area ?? null}
          onChange={(v) => setFilters({ ...filters, area: v ?? undefined })}
          w={300}
        />
        <Select
          label={t('soa.status')}
          placeholder={t('soa.anyStatus')}
          data={statusOptions}
          clearable
          value={filters.status ?? null}
          onChange={(v) => setFilters({ ...filters, status: (v as ImplementationStatus) ?? undefined })}
          w={200}
        />
        <Select
          label={t('soa.applicability')}
          placeholder={t('soa.applicableAndExcluded')}
          data={[
            { value: 'true', label: t('soa.applicable') },
            { value: 'false', label: t('soa.excluded') },
          ]}
          clearable
          value={filters.applicable ?? null}
          onChange={(v) => setFilters({ ...filters, applicable: (v as 'true' | 'false') ?? undefined })}
          w={220}
        />
        {canEdit && (
          <ConfirmButton
            ml="auto"
            variant="default"
            color="gray"
            loading={decide.isPending}
            title={t('soa.decideTitle')}
            message={`${undecided > 0 ? t('soa.undecided', { count: undecided }) : ''}${t('soa.decideMessage')}`}
            onConfirm={() =>
              decide.mutateAsync().then(
                () => undefined,
                () => undefined,
              )
            }
          >
            {t('soa.decideButton')}
          </ConfirmButton>
        )}
      </Group>
      <ErrorAlert error={decide.error} mb="sm" title={t('soa.notDecided')} />
      <ErrorAlert error={update.error} mb="md" title={t('soa.notSaved')} />
      <ListQueryContent query={entries} emptyText={t('soa.noMatch')}>
        {(items) => (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover aria-label={t('soa.title')}>
              <TableHead
                labels={[
                  t('soa.control'),
                  t('soa.controlTitle'),
                  t('soa.applicable'),
                  t('soa.status'),
                  t('soa.justification'),
                  t('soa.risks'),
                  t('soa.links'),
                ]}
              />
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.controlRef} data-control={e.controlRef}>
                    <Table.Td>{e.controlRef}</Table.Td>
                    <Table.Td>{e.title}</Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`${e.controlRef} applicable`}
                        checked={e.applicable}
                        disabled={!canEdit}
                        onChange={(ev) =>
                          ev.currentTarget.checked
                            ? update.mutate({
                                controlRef: e.controlRef,
                                version: e.version,
                                input: { applicable: true },
                              })
                            : setEditing({ entry: e, applicable: false })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <ImplementationStatusSelect
                        label={`${e.controlRef} status`}
                        data={statusOptions}
                        value={e.implementationStatus}
                        disabled={!canEdit}
                        onChange={(implementationStatus) =>
                          update.mutate({
                            controlRef: e.controlRef,
                            version: e.version,
                            input: { implementationStatus },
                          })
                        }
                      />
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" lineClamp={2}>
                          {e.justification || '—'}
                        </Text>
                        {canEdit && (
                          <Button
                            variant="subtle"
                            size="compact-xs"
                            onClick={() => setEditing({ entry: e, applicable: e.applicable })}
                            aria-label={t('soa.editJustification', { ref: e.controlRef })}
                          >
                            {t('soa.edit')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        variant="default"
                        size="compact-xs"
                        onClick={() => setShowingRisks(e)}
                        aria-label={t('soa.risksLinked', {
                          risks: riskCount(e.riskCount),
                          ref: e.controlRef,
                        })}
                      >
                        {riskCount(e.riskCount)}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        <AnchorLink
                          to="/orgs/$orgId/evidence"
                          params={{ orgId }}
                          search={{ control: e.controlRef }}
                          size="xs"
                          underline="always"
                        >
                          {t('soa.evidenceCount', { count: e.evidenceCount })}
                        </AnchorLink>{' '}
                        · {t('soa.documentCount', { count: e.documentCount })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ListQueryContent>
      {showingRisks && (
        <SoaEntryRisks orgId={orgId} entry={showingRisks} onClose={() => setShowingRisks(null)} />
      )}
      {editing && (
        <JustificationModal
          entry={editing.entry}
          initialApplicable={editing.applicable}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function JustificationModal({
  entry,
  initialApplicable,
  onClose,
}: {
  entry: SoaEntry;
  initialApplicable: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { orgId } = useCurrentOrg();
  const update = useUpdateSoaEntry(orgId);
  const [applicable, setApplicable] = useState(initialApplicable);
  const [text, setText] = useState(entry.justification);
  const problem = soaEntryProblems({ applicable, justification: text })[0];
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${entry.controlRef} ${entry.title}`}
      closeButtonProps={{ 'aria-label': t('soa.close') }}
    >
      <Switch
        label={t('soa.applicable')}
        checked={applicable}
        onChange={(e) => setApplicable(e.currentTarget.checked)}
        mb="sm"
      />
      <GrowingTextarea
        label={t('soa.justification')}
        description={applicable ? t('soa.whyIncluded') : t('soa.whyExcluded')}
        value={text}
        onChange={setText}
        minRows={3}
        error={problem ? problem.message : update.error ? errorMessage(update.error) : undefined}
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('soa.cancel')}
        </Button>
        <Button
          disabled={problem !== undefined}
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              {
                controlRef: entry.controlRef,
                version: entry.version,
                input: { applicable, justification: text },
              },
              { onSuccess: onClose },
            )
          }
        >
          {t('soa.save')}
        </Button>
      </Group>
    </Modal>
  );
}
