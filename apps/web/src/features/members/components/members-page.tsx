// Members and their roles (§5.3: roles, responsibilities and authorities are assigned).
import { Badge, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canGrantRole, type Member, type Role } from '@openaims/core';
import { IconUserPlus } from '@tabler/icons-react';
import { ConfirmRowAction } from '../../../components/confirm-row-action.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDate, roleLabel } from '../../../lib/format.ts';
import { grantableRoleOptions } from '../../../lib/role-options.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useChangeMemberRole, useMembers, useRemoveMember } from '../api/members.ts';

function RoleCell({ member, myRole, isSelf }: { member: Member; myRole: Role | undefined; isSelf: boolean }) {
  const { orgId } = useCurrentOrg();
  const change = useChangeMemberRole(orgId);
  const editable = !!myRole && canGrantRole(myRole, member.role) && !isSelf;
  if (!editable) return <Badge variant="light">{roleLabel(member.role)}</Badge>;
  const options = grantableRoleOptions(myRole);
  return (
    <Select
      aria-label={`Role of ${member.name || member.email}`}
      data={options}
      value={member.role}
      allowDeselect={false}
      disabled={change.isPending}
      w={160}
      size="xs"
      onChange={(role) =>
        role &&
        change.mutate(
          { memberId: member.id, role: role as Role },
          {
            onSuccess: () =>
              notifications.show({
                color: 'teal',
                message: `${member.name || member.email} is now ${roleLabel(role)}.`,
              }),
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Role not changed', message: errorMessage(e) }),
          },
        )
      }
    />
  );
}

function RemoveCell({ member }: { member: Member }) {
  const { orgId } = useCurrentOrg();
  const remove = useRemoveMember(orgId);
  return (
    <ConfirmRowAction
      id={member.id}
      mutation={remove}
      title="Remove member?"
      aria-label={`Remove ${member.name || member.email}`}
      message={`${member.name || member.email} will lose access to this organization. Their past actions stay in the ledger.`}
      failed="Member not removed"
    >
      Remove
    </ConfirmRowAction>
  );
}

export function MembersPage() {
  const { orgId, org, can } = useCurrentOrg();
  const myUserId = useMe().data?.user?.id;
  const controls = useListControls('name');
  const state = useMembers(orgId, { q: controls.q, sort: controls.sort });
  const manage = can('member:manage');

  const columns: Column<Member>[] = [
    {
      key: 'name',
      header: 'Name',
      sortField: 'name',
      render: (m) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {m.name || '—'}{' '}
            {m.userId === myUserId && (
              <Badge size="xs" variant="outline">
                You
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {m.email}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'role',
      header: 'Role',
      render: (m) => (
        <RoleCell member={m} myRole={manage ? org?.role : undefined} isSelf={m.userId === myUserId} />
      ),
    },
    { key: 'joined', header: 'Member since', sortField: 'createdAt', render: (m) => formatDate(m.createdAt) },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (m) => (m.userId === myUserId ? null : <RemoveCell member={m} />),
    });
  }

  const inviteButton = can('invitation:manage') && (
    <ButtonLink
      to="/orgs/$orgId/invitations"
      params={{ orgId }}
      variant="light"
      leftSection={<IconUserPlus size={16} />}
    >
      Invite people
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title="Members"
        description="People in this organization and their roles. Owners and admins manage members; the server checks every change."
        actions={inviteButton}
      />
      <DataTable
        label="Members"
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder="Search name or email"
        empty={
          <EmptyState
            title="No members"
            description="Invite colleagues to share the work of the management system."
            action={inviteButton}
          />
        }
      />
    </>
  );
}
