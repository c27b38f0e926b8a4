// Every enum value the web app shows has a label a person reads, never the stored value (`human_rights`).
import { describe, expect, it } from 'vitest';
import {
  ISO_AI_ROLE_LABEL,
  ISO_AI_ROLES,
  OPERATOR_ROLE_LABEL,
  OPERATOR_ROLES,
} from '../eu-ai-act/eu-ai-act.terms.ts';
import {
  IMPACT_AREA_LABEL,
  IMPACT_AREAS,
  IMPACT_DECISION_LABEL,
  IMPACT_DECISIONS,
  IMPACT_KIND_LABEL,
  IMPACT_KINDS,
  IMPACT_REVERSIBILITIES,
  IMPACT_REVERSIBILITY_LABEL,
  IMPACT_STATUS_LABEL,
  IMPACT_STATUSES,
} from '../impacts/impact.schema.ts';
import {
  RISK_STATUS_LABEL,
  RISK_STATUSES,
  TREATMENT_OPTION_LABEL,
  TREATMENT_OPTIONS,
} from '../risks/risk.schema.ts';
import { SOA_VERSION_STATUS_LABEL, SOA_VERSION_STATUSES } from '../soa/soa.schema.ts';

const maps: [string, readonly string[], Record<string, string>][] = [
  ['impact area', IMPACT_AREAS, IMPACT_AREA_LABEL],
  ['impact kind', IMPACT_KINDS, IMPACT_KIND_LABEL],
  ['reversibility', IMPACT_REVERSIBILITIES, IMPACT_REVERSIBILITY_LABEL],
  ['impact status', IMPACT_STATUSES, IMPACT_STATUS_LABEL],
  ['impact decision', IMPACT_DECISIONS, IMPACT_DECISION_LABEL],
  ['treatment', TREATMENT_OPTIONS, TREATMENT_OPTION_LABEL],
  ['risk status', RISK_STATUSES, RISK_STATUS_LABEL],
  ['SoA version status', SOA_VERSION_STATUSES, SOA_VERSION_STATUS_LABEL],
  ['ISO AI role', ISO_AI_ROLES, ISO_AI_ROLE_LABEL],
  ['operator role', OPERATOR_ROLES, OPERATOR_ROLE_LABEL],
];

describe('labels', () => {
  it.each(maps)('gives every %s a readable label', (_name, values, labels) => {
    for (const v of values) {
      const label = labels[v];
      expect(label, v).toBeTruthy();
      expect(label, v).not.toContain('_');
      expect(label![0], v).toBe(label![0]!.toUpperCase());
    }
  });
});
