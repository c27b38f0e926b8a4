// The default risk criteria's words in the reader's language. Labels an organization wrote itself are its own
// words and are shown as written; a label still equal to the shipped default is translated (core
// DEFAULT_RISK_CRITERIA is the English source).
import { DEFAULT_RISK_CRITERIA } from '@openaims/core';
import { useTranslation } from 'react-i18next';

type Axis = 'likelihood' | 'consequence';

/** `word(axis, index, stored)`: the stored label, or its translation when it is the default one. */
export function useCriteriaWords() {
  const { t } = useTranslation();
  return (axis: Axis, index: number, stored: string): string => {
    const defaults =
      axis === 'likelihood'
        ? DEFAULT_RISK_CRITERIA.likelihoodLabels
        : DEFAULT_RISK_CRITERIA.consequenceLabels;
    return defaults[index] === stored ? t(`risks.defaultCriteria.${axis}.${index}` as never) : stored;
  };
}
