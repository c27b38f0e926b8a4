// Pending and past invitations; owners and admins invite and revoke.
import { Badge, Stack } from '@mantine/core';
import { type Invitation, type InvitationStatus, invitationStatus } from '@openaims/core';
import { ConfirmRowAction } from '../../../components/confirm-row-action.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime, roleLabel } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useInvitations, useRevokeInvitation } from '../api/invitations.ts';
import { InviteForm } from './invite-form.tsx';

const STATUS_COLOR: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'orange',
};

function RevokeCell({ invitation }: { invitation: Invitation }) {
  const { orgId } = useCurrentOrg();
  const revoke = useRevokeInvitation(orgId);
  return (
    <ConfirmRowAction
      id={invitation.id}
      mutation={revoke}
      title="Revoke invitation?"
      aria-label={`Revoke invitation for ${invitation.email}`}
      message={`The link sent to ${invitation.email} will stop working.`}
      failed="Invitation not revoked"
    >
      Revoke
    </ConfirmRowAction>
  );
}

export function InvitationsPage() {
  const { orgId, org, can } = useCurrentOrg();
  const controls = useListControls('-createdAt');
  const state = useInvitations(orgId, { q: controls.q, sort: controls.sort });
  const manage = can('invitation:manage');

  const columns: Column<Invitation>[] = [
    { key: 'email', header: 'Email', sortField: 'email', render: (i) => i.email },
    { key: 'role', header: 'Role', render: (i) => roleLabel(i.role) },
    {
      key: 'status',
      header: 'Status',
      render: (i) => {
        const s = invitationStatus(i);
        return (
          <Badge color={STATUS_COLOR[s]} variant="light">
            {s}
          </Badge>
        );
      },
    },
    { key: 'created', header: 'Sent', sortField: 'createdAt', render: (i) => formatDateTime(i.createdAt) },
    { key: 'expires', header: 'Expires', render: (i) => formatDateTime(i.expiresAt) },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (i) => (invitationStatus(i) === 'pending' ? <RevokeCell invitation={i} /> : null),
    });
  }

  return (
    <>
      <PageHeader
        title="Invitations"
        description="Invite colleagues by email with a role. Each invitation link works once and expires."
      />
      <Stack gap="lg">
        {manage && org && <InviteForm orgId={orgId} myRole={org.role} />}
        <DataTable
          label="Invitations"
          columns={columns}
          state={state}
          controls={controls}
          searchPlaceholder="Search email"
          empty={
            <EmptyState
              title="No invitations yet"
              description={
                manage
                  ? 'Use the form above to invite a colleague; they get a link to join.'
                  : 'Owners and admins can invite colleagues.'
              }
            />
          }
        />
      </Stack>
    </>
  );
}
