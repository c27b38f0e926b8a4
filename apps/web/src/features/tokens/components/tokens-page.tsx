// API tokens for scripts and integrations: bound to this organization and one role, stored hashed.
import { Badge, Code, Stack } from '@mantine/core';
import type { ApiToken } from '@openaims/core';
import { ConfirmRowAction } from '../../../components/confirm-row-action.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime, roleLabel } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useRevokeToken, useTokens } from '../api/tokens.ts';
import { CreateTokenForm } from './create-token-form.tsx';

function RevokeCell({ token }: { token: ApiToken }) {
  const { orgId } = useCurrentOrg();
  const revoke = useRevokeToken(orgId);
  return (
    <ConfirmRowAction
      id={token.id}
      mutation={revoke}
      title="Revoke token?"
      aria-label={`Revoke token ${token.name}`}
      message={`Anything using “${token.name}” will be refused from now on. This cannot be undone.`}
      failed="Token not revoked"
    >
      Revoke
    </ConfirmRowAction>
  );
}

export function TokensPage() {
  const { orgId, org, can } = useCurrentOrg();
  const controls = useListControls('-createdAt');
  const state = useTokens(orgId, { q: controls.q, sort: controls.sort });
  const manage = can('token:manage');

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: 'Name', sortField: 'name', render: (t) => t.name },
    { key: 'role', header: 'Role', render: (t) => roleLabel(t.role) },
    { key: 'prefix', header: 'Prefix', render: (t) => <Code>{t.prefix}…</Code> },
    { key: 'created', header: 'Created', sortField: 'createdAt', render: (t) => formatDateTime(t.createdAt) },
    {
      key: 'expires',
      header: 'Expires',
      render: (t) => (t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'),
    },
    {
      key: 'used',
      header: 'Last used',
      render: (t) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'),
    },
    {
      key: 'revoked',
      header: 'Revoked',
      render: (t) =>
        t.revokedAt ? (
          <Badge color="gray" variant="light">
            {formatDateTime(t.revokedAt)}
          </Badge>
        ) : (
          '—'
        ),
    },
  ];
  if (manage)
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (t) => (t.revokedAt ? null : <RevokeCell token={t} />),
    });

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and CI call the API as this organization with a fixed role: send them as “Authorization: Bearer …”."
      />
      <Stack gap="lg">
        {manage && org && <CreateTokenForm orgId={orgId} myRole={org.role} />}
        <DataTable
          label="API tokens"
          columns={columns}
          state={state}
          controls={controls}
          searchPlaceholder="Search name or prefix"
          empty={
            <EmptyState
              title="No API tokens yet"
              description={
                manage
                  ? 'Create a token above for each script or integration, with the least role it needs.'
                  : 'Owners and admins can create tokens.'
              }
            />
          }
        />
      </Stack>
    </>
  );
}
