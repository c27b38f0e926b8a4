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

/** The area's tabs in order: the label of each and the view it opens. */
const TABS = [
  { value: 'soa', label: 'soa.controls', View: SoaTable },
  { value: 'versions', label: 'soa.versions', View: SoaVersions },
  { value: 'clauses', label: 'soa.clauses', View: ClauseTracker },
  { value: 'coverage', label: 'soa.coverage', View: CoverageView },
  { value: 'catalog', label: 'soa.catalogue', View: CatalogBrowser },
] as const;

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
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, View }) => (
          <Tabs.Panel key={value} value={value}>
            <View />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
