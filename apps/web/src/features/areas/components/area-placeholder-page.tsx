// A module area that is not built yet: what it is for, the clauses it serves, and what it will hold.
import { Badge } from '@mantine/core';
import { IconBuildingFactory2 } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { findArea } from '../area-groups.ts';

export function AreaPlaceholderPage() {
  const { areaKey = '' } = useParams({ strict: false });
  const area = findArea(areaKey);
  if (!area) {
    return (
      <EmptyState
        title="Unknown area"
        description={`There is no module area called “${areaKey}”. Pick one from the navigation.`}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={area.title}
        eyebrow={
          <Badge variant="light" w="fit-content">
            ISO/IEC 42001 {area.clauses}
          </Badge>
        }
        description={area.summary}
      />
      <EmptyState
        icon={<IconBuildingFactory2 size={26} />}
        title={area.title}
        description={`This area holds: ${area.summary.charAt(0).toLowerCase()}${area.summary.slice(1)} Open it from the navigation.`}
      />
    </>
  );
}
