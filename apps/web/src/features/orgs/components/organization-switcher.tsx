// The header's organization switcher: the caller's organizations, and "Create organization".
import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { roleLabel } from '../../../lib/format.ts';
import { useMyOrganizations } from '../../auth/api/get-me.ts';
import { CreateOrganizationModal } from './create-organization-modal.tsx';

export function OrganizationSwitcher() {
  const orgs = useMyOrganizations();
  const { orgId } = useParams({ strict: false });
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Group gap="xs" wrap="nowrap">
      {orgs.length > 0 && (
        <Select
          aria-label="Organization"
          placeholder="Choose an organization"
          data={orgs.map((o) => ({ value: o.id, label: `${o.name} · ${roleLabel(o.role)}` }))}
          value={orgId ?? null}
          onChange={(id) => id && navigate({ to: '/orgs/$orgId', params: { orgId: id } })}
          allowDeselect={false}
          searchable={orgs.length > 8}
          w={{ base: 180, sm: 280 }}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {/* Hidden from assistive tech while its dialog is open, so the dialog's own button is the only one with that name. */}
      <Tooltip label="Create organization" withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={open}
          aria-label="Create organization"
          aria-hidden={opened || undefined}
        >
          <IconPlus size={18} />
        </ActionIcon>
      </Tooltip>
      <CreateOrganizationModal opened={opened} onClose={close} />
    </Group>
  );
}
