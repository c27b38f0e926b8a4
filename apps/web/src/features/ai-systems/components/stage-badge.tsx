// A life cycle stage as a coloured badge (ISO/IEC 22989 stages).
import { Badge } from '@mantine/core';
import { LIFECYCLE_STAGE_LABEL, type LifecycleStage } from '@openaims/core';
import { useLabel } from '../../../i18n/use-label.ts';

const COLOR: Record<LifecycleStage, string> = {
  inception: 'gray',
  design_development: 'blue',
  verification_validation: 'violet',
  deployment: 'orange',
  operation_monitoring: 'teal',
  re_evaluation: 'yellow',
  retirement: 'dark',
};

export function StageBadge({ stage }: { stage: LifecycleStage }) {
  const label = useLabel();
  return (
    // Body-coloured text: Mantine's light-variant orange and yellow text is below 4.5:1 on its tint.
    <Badge color={COLOR[stage]} c="var(--mantine-color-text)" variant="light" tt="none">
      {label('lifecycleStage', stage, LIFECYCLE_STAGE_LABEL[stage])}
    </Badge>
  );
}

/** Options for stage selects, in life cycle order. */
export const STAGE_OPTIONS = (Object.keys(LIFECYCLE_STAGE_LABEL) as LifecycleStage[]).map((value) => ({
  value,
  label: LIFECYCLE_STAGE_LABEL[value],
}));
