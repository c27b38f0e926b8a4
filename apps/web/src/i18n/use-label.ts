// Enum labels in the active language: `labels.<map>.<value>` from the resources, else core's English label.
import { useTranslation } from 'react-i18next';

/** The label maps of core that the web shows, by the name used under `labels.` in the resources. */
export type LabelMap =
  | 'riskClass'
  | 'lifecycleStage'
  | 'riskStatus'
  | 'treatmentOption'
  | 'taskStatus'
  | 'implementationStatus'
  | 'soaVersionStatus'
  | 'readinessStatus'
  | 'documentType'
  | 'documentStatus'
  | 'evidenceTarget'
  | 'ncStatus'
  | 'ncSource'
  | 'operatorRole'
  | 'role'
  | 'reminder'
  | 'severity';

/** `label('riskStatus', r.status, RISK_STATUS_LABEL[r.status])`. */
export function useLabel() {
  const { t } = useTranslation();
  return (map: LabelMap, value: string, english: string): string =>
    t(`labels.${map}.${value}` as never, { defaultValue: english }) as string;
}

/** Select options `{value, label}` with their labels in the active language. */
export function useLabelledOptions<V extends string>(
  map: LabelMap,
  options: readonly { value: V; label: string }[],
): { value: V; label: string }[] {
  const label = useLabel();
  return options.map((o) => ({ value: o.value, label: label(map, o.value, o.label) }));
}
