// The impact assessments area (§6.1.4, §8.4, A.5): start an assessment of an AI system, fill it in with the
// wizard, submit it, and approve it when your role holds that authority.
import { Badge, Button, Group, Modal, Select, Table, TextInput } from '@mantine/core';
import type { ImpactAssessment } from '@openaims/core';
import { IMPACT_STATUS_LABEL } from '@openaims/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ListQueryContent } from '../../../components/list-query-content.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RowActionButton } from '../../../components/row-buttons.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { AiSystemName, AiSystemSelect } from '../../ai-systems/components/ai-system-select.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { impactsQuery, useCreateImpact, useImpactAction } from '../api/impacts.ts';
import { ImpactWizard } from './impact-wizard.tsx';

export function ImpactsPage() {
  const { orgId, can } = useCurrentOrg();
  const list = useQuery(impactsQuery(orgId));
  const create = useCreateImpact(orgId);
  const approve = useImpactAction(orgId, 'approve');
  const [starting, setStarting] = useState(false);
  const [draft, setDraft] = useState({
    aiSystemId: '',
    title: '',
    template: 'iso42005' as 'iso42005' | 'eu_fria',
  });
  const [open, setOpen] = useState<ImpactAssessment | null>(null);

  return (
    <>
      <PageHeader
        title="Impact assessments"
        eyebrow={<Badge variant="light">ISO/IEC 42001 6.1.4, 8.4 · ISO/IEC 42005 · EU AI Act Art. 27</Badge>}
        description="What each AI system may do to individuals, groups and society: affected parties, benefits and harms, measures, and the decision."
        actions={
          can('impact:create') && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setStarting(true)}>
              New assessment
            </Button>
          )
        }
      />
      <ErrorAlert error={approve.error} mb="md" title="Not approved" />
      <ListQueryContent
        query={list}
        emptyText="No impact assessment yet. Use “New assessment” to assess an AI system from the inventory."
      >
        {(items) => (
          <Table striped aria-label="Impact assessments">
            <TableHead labels={['Assessment', 'AI system', 'Template', 'Version', 'Status', 'Actions']} />
            <Table.Tbody>
              {items.map((ia) => (
                <Table.Tr key={ia.id} data-impact={ia.title}>
                  <Table.Td>{ia.title}</Table.Td>
                  <Table.Td>
                    <AiSystemName orgId={orgId} id={ia.aiSystemId} />
                  </Table.Td>
                  <Table.Td>{ia.template === 'eu_fria' ? 'EU AI Act FRIA' : 'ISO/IEC 42005'}</Table.Td>
                  <Table.Td>{ia.number}</Table.Td>
                  <Table.Td>{IMPACT_STATUS_LABEL[ia.status]}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {can('impact:read') &&
                        (['pdf', 'xlsx'] as const).map((ext) => (
                          <Button
                            key={ext}
                            component="a"
                            href={`/api/v1/orgs/${orgId}/exports/impact-assessment.${ext}?assessmentId=${encodeURIComponent(ia.id)}`}
                            download
                            size="compact-xs"
                            variant="default"
                            leftSection={<IconDownload size={12} />}
                            aria-label={`Download ${ia.title} as ${ext.toUpperCase()}`}
                          >
                            {ext.toUpperCase()}
                          </Button>
                        ))}
                      {ia.status === 'draft' && can('impact:update') && (
                        <RowActionButton onClick={() => setOpen(ia)} aria-label={`Continue ${ia.title}`}>
                          Continue
                        </RowActionButton>
                      )}
                      {ia.status === 'submitted' && can('impact:approve') && (
                        // Approval is the §8.4 sign-off that opens the deployment gate: asked, not one stray click.
                        <ConfirmButton
                          size="compact-xs"
                          variant="default"
                          color="gray"
                          loading={approve.isPending}
                          title={`Approve ${ia.title}?`}
                          message="Approving records you as the approver in the ledger; the assessment is then frozen and counts for the AI system's deployment gate."
                          onConfirm={() =>
                            approve.mutateAsync(ia.id).then(
                              () => undefined,
                              () => undefined,
                            )
                          }
                          aria-label={`Approve ${ia.title}`}
                        >
                          Approve
                        </ConfirmButton>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ListQueryContent>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={starting}
        onClose={() => setStarting(false)}
        title="New impact assessment"
      >
        <ErrorAlert error={create.error} mb="sm" title="Not created" />
        <AiSystemSelect
          orgId={orgId}
          label="AI system"
          required
          value={draft.aiSystemId || null}
          onChange={(x) => setDraft({ ...draft, aiSystemId: x ?? '' })}
          mb="sm"
        />
        <TextInput
          label="Title"
          required
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          mb="sm"
        />
        <Select
          label="Template"
          allowDeselect={false}
          data={[
            { value: 'iso42005', label: 'ISO/IEC 42005 impact assessment' },
            { value: 'eu_fria', label: 'EU AI Act Art. 27 FRIA' },
          ]}
          value={draft.template}
          onChange={(x) => setDraft({ ...draft, template: x as typeof draft.template })}
          mb="sm"
        />
        <Group justify="flex-end">
          <Button
            disabled={!draft.aiSystemId || !draft.title.trim()}
            loading={create.isPending}
            onClick={() =>
              create.mutate(draft, {
                onSuccess: (ia) => {
                  setStarting(false);
                  setOpen(ia);
                },
              })
            }
          >
            Start assessment
          </Button>
        </Group>
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.title ?? ''}
        size="xl"
      >
        {open && <ImpactWizard orgId={orgId} assessment={open} onDone={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
