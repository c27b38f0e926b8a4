// The header's organization switcher: the caller's organizations, and "Create organization".
import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../i18n/use-label.ts';
import { roleLabel } from '../../../lib/format.ts';
import { useMyOrganizations } from '../../auth/api/get-me.ts';
import { CreateOrganizationModal } from './create-organization-modal.tsx';

export function OrganizationSwitcher() {
  const { t } = useTranslation();
  const label = useLabel();
  const orgs = useMyOrganizations();
  const { orgId } = useParams({ strict: false });
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Group gap="xs" wrap="nowrap">
      {orgs.length > 0 && (
        <Select
          aria-label={t('shell.organization')}
          placeholder={t('shell.chooseOrganization')}
          data={orgs.map((o) => ({
            value: o.id,
            label: `${o.name} · ${label('role', o.role, roleLabel(o.role))}`,
          }))}
          value={orgId ?? null}
          onChange={(id) => id && navigate({ to: '/orgs/$orgId', params: { orgId: id } })}
          allowDeselect={false}
          searchable={orgs.length > 8}
          w={{ base: 180, sm: 280 }}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {/* Hidden from assistive tech while its dialog is open, so the dialog's own button is the only one with that name. */}
      <Tooltip label={t('shell.createOrganization')} withArrow>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={open}
          aria-label={t('shell.createOrganization')}
          aria-hidden={opened || undefined}
        >
          <IconPlus size={18} />
        </ActionIcon>
      </Tooltip>
      <CreateOrganizationModal opened={opened} onClose={close} />
    </Group>
  );
}
