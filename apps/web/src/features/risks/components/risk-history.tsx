// History tab of a risk: its ledger entries as a per-field timeline (who, when, field, from → to).
import { Table, Text } from '@mantine/core';
import type { LedgerEntry } from '@openaims/core';
import {
  RISK_STATUS_LABEL,
  type RiskStatus,
  TREATMENT_OPTION_LABEL,
  type TreatmentOption,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { memberDirectoryQuery } from '../../members/api/member-options.ts';
import { riskHistoryQuery } from '../api/risks.ts';

const ACTIONS: Record<string, string> = {
  'risk.created': 'Identified',
  'risk.updated': 'Changed',
  'risk.reassessed': 'Re-assessed',
  'risk.treatment_approved': 'Treatment plan approved',
  'risk.accepted': 'Residual risk accepted',
};

const FIELDS: Record<string, string> = {
  controlRefs: 'Annex A controls',
  ownControls: 'Own controls',
  treatmentApprovedBy: 'Plan approved by',
  treatmentApproval: 'Plan approval',
  acceptedBy: 'Accepted by',
  acceptance: 'Acceptance',
  riskSource: 'Risk source (Annex C)',
  affectedObjective: 'Affected objective (Annex C)',
  threatIds: 'Threats',
  aiSystemId: 'AI system',
  ownerId: 'Owner',
};

/** `residualLikelihood` → "Residual likelihood", unless named above. */
function fieldLabel(f: string): string {
  const words = f.replace(/([A-Z])/g, ' $1').toLowerCase();
  return FIELDS[f] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

type Names = (id: string) => string | undefined;

function show(v: unknown, name: Names): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' && v.startsWith('usr_')) return name(v) ?? v;
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('by' in o || 'at' in o) return `given ${o.at ? formatDateTime(String(o.at)) : ''}`.trim();
    return JSON.stringify(v);
  }
  return String(v);
}

/** Stored enum values of a field as people say them ("mitigate" → "Mitigate"). */
function labelOf(field: string, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (field === 'treatmentOption') return TREATMENT_OPTION_LABEL[v as TreatmentOption] ?? v;
  if (field === 'status') return RISK_STATUS_LABEL[v as RiskStatus] ?? v;
  return v;
}

interface Line {
  field: string;
  from: string;
  to: string;
}

/** One line per changed field; entries without field changes (creation) get one line. */
function lines(e: LedgerEntry, name: Names): Line[] {
  const changes = (e.data as { changes?: Record<string, unknown> } | null)?.changes;
  if (!changes) return [{ field: '—', from: '', to: '' }];
  return Object.entries(changes).map(([field, c]) => {
    const ch = (c ?? {}) as Record<string, unknown>;
    if ('added' in ch || 'removed' in ch) {
      return { field, from: show(ch.removed, name), to: show(ch.added, name) };
    }
    return { field, from: show(labelOf(field, ch.from), name), to: show(labelOf(field, ch.to), name) };
  });
}

export function RiskHistory({ orgId, riskId }: { orgId: string; riskId: string }) {
  const history = useQuery(riskHistoryQuery(orgId, riskId));
  const members = useQuery(memberDirectoryQuery(orgId));
  if (history.isPending) return <PageSkeleton />;
  if (history.error) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const name: Names = (id) => members.data?.items.find((x) => x.userId === id)?.name;
  const who = (e: LedgerEntry) => {
    return (
      (e.actorId ? name(e.actorId) : undefined) ??
      (e.actorType === 'user' ? 'Former member' : e.actorType === 'token' ? 'API token' : 'System')
    );
  };
  return (
    <Table.ScrollContainer minWidth={700}>
      <SimpleTable
        label="Risk history"
        striped
        rows={history.data.items.flatMap((e) => lines(e, name).map((l, i) => ({ e, l, first: i === 0 })))}
        rowKey={({ e, l }) => `${e.id}-${l.field}`}
        rowProps={({ e }) => ({ 'data-history': e.action })}
        columns={[
          { header: 'When', render: ({ e, first }) => (first ? formatDateTime(e.at) : '') },
          { header: 'Who', render: ({ e, first }) => (first ? who(e) : '') },
          { header: 'What', render: ({ e, first }) => (first ? (ACTIONS[e.action] ?? e.action) : '') },
          { header: 'Field', render: ({ l }) => (l.field === '—' ? '—' : fieldLabel(l.field)) },
          {
            header: 'From → to',
            render: ({ l }) =>
              l.field === '—' ? (
                ''
              ) : (
                <Text size="sm">
                  {l.from} → {l.to}
                </Text>
              ),
          },
        ]}
      />
    </Table.ScrollContainer>
  );
}
