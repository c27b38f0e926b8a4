// The Statement of Applicability area (§6.1.3): the SoA table, its versions, the clause tracker and the catalogue.
import { Badge, Group, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { soaStateQuery } from '../api/soa.ts';
import { CatalogBrowser } from './catalog-browser.tsx';
import { ClauseTracker } from './clause-tracker.tsx';
import { CoverageView } from './coverage-view.tsx';
import { SoaTable } from './soa-table.tsx';
import { SoaVersions } from './soa-versions.tsx';

export function SoaPage() {
  const { t } = useTranslation();
  const { orgId } = useCurrentOrg();
  const state = useQuery(soaStateQuery(orgId));
  const approved = state.data?.approvedVersion;
  const download = (file: string) => <ExportButton orgId={orgId} file={file} />;
  return (
    <>
      <PageHeader
        title={t('soa.title')}
        eyebrow={
          <Group gap="xs">
            <Badge variant="light">ISO/IEC 42001 6.1.3</Badge>
            {approved ? (
              <Badge color="teal.9">Version {approved.number} approved</Badge>
            ) : (
              <Badge color="gray.8">{t('soa.notApproved')}</Badge>
            )}
            {/* Changes are news only against a submitted version; a brand-new SoA has nothing to differ from. */}
            {state.data?.latestVersion && state.data.hasUnsubmittedChanges && (
              <Badge variant="light" color="orange" c="var(--mantine-color-text)">
                {t('soa.draftChanges')}
              </Badge>
            )}
          </Group>
        }
        description={t('soa.description')}
        actions={
          <Group gap="xs">
            {download('soa.xlsx')}
            {download('soa.csv')}
            {download('soa.pdf')}
            {download('oscal-ssp.json')}
          </Group>
        }
      />
      <Tabs defaultValue="soa" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="soa">{t('soa.controls')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('soa.versions')}</Tabs.Tab>
          <Tabs.Tab value="clauses">{t('soa.clauses')}</Tabs.Tab>
          <Tabs.Tab value="coverage">{t('soa.coverage')}</Tabs.Tab>
          <Tabs.Tab value="catalog">{t('soa.catalogue')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="soa">
          <SoaTable />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <SoaVersions />
        </Tabs.Panel>
        <Tabs.Panel value="clauses">
          <ClauseTracker />
        </Tabs.Panel>
        <Tabs.Panel value="coverage">
          <CoverageView />
        </Tabs.Panel>
        <Tabs.Panel value="catalog">
          <CatalogBrowser />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
