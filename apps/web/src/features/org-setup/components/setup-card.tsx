// The dashboard's prompt to continue the guided set-up while it is neither finished nor hidden (issue 16).
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';
import { useOrgSetup } from '../api/get-org-setup.ts';

export function SetupCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const q = useOrgSetup(orgId);
  const s = q.data;
  if (!s?.isOpen) return null;
  const label = t('setupCard.continue', { done: s.doneCount, total: s.total });
  return (
    <Paper withBorder p="lg" radius="md" mb="lg" component="section" aria-labelledby="setup-card-title">
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={6} style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h4" id="setup-card-title">
            {t('setupCard.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('setupCard.progress', { done: s.doneCount, total: s.total })}
            {s.currentStep
              ? ` · ${t('setupCard.next', { step: t(`setupCard.steps.${s.currentStep}`) })}`
              : ''}
          </Text>
          <Progress
            value={(100 * s.doneCount) / s.total}
            aria-label={t('setupCard.progressLabel')}
            color="teal"
            maw={420}
          />
        </Stack>
        <ButtonLink to="/orgs/$orgId/setup" params={{ orgId }}>
          {label}
        </ButtonLink>
      </Group>
    </Paper>
  );
}
