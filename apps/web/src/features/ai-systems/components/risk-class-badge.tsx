// An EU AI Act risk class as a badge; colour follows severity, the text carries the meaning. Text uses the
// body colour: Mantine's light-variant text on its tinted background falls below 4.5:1 for orange and teal.
import { Badge } from '@mantine/core';
import { RISK_CLASS_LABEL, RISK_CLASSES, type RiskClass } from '@openaims/core';
import { useLabel } from '../../../i18n/use-label.ts';

const COLOR: Record<RiskClass, string> = {
  prohibited: 'red',
  high: 'orange',
  limited: 'yellow',
  minimal: 'teal',
  gpai: 'indigo',
  gpai_systemic: 'grape',
  out_of_scope: 'gray',
  unassessed: 'gray',
};

export function RiskClassBadge({ riskClass }: { riskClass: RiskClass }) {
  const label = useLabel();
  return (
    <Badge
      c="var(--mantine-color-text)"
      color={COLOR[riskClass]}
      variant={riskClass === 'unassessed' ? 'outline' : 'light'}
      tt="none"
    >
      {label('riskClass', riskClass, RISK_CLASS_LABEL[riskClass])}
    </Badge>
  );
}

/** Options for risk-class selects. */
export const RISK_CLASS_OPTIONS = RISK_CLASSES.map((value) => ({ value, label: RISK_CLASS_LABEL[value] }));
