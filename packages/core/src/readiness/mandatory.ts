// The mandatory documented information of ISO/IEC 42001:2023 clauses 4–10: what a certification auditor asks
// to see first. One list, shared by documents (a controlled document may say which item it is) and readiness
// (which evaluates each item as missing, draft, approved or stale). Titles are our own short wording.

/** How the item is kept: a controlled document, a record of results, or either. */
export type MandatoryKind = 'document' | 'record' | 'either';

export interface MandatoryItem {
  /** Stable key, used in URLs, API payloads and documents' `mandatoryKey`. */
  key: string;
  clause: string;
  title: string;
  kind: MandatoryKind;
}

export const MANDATORY_ITEMS = [
  { key: 'aims_scope', clause: '4.3', title: 'AIMS scope', kind: 'document' },
  { key: 'ai_policy', clause: '5.2', title: 'AI policy', kind: 'document' },
  {
    key: 'risk_opportunity_actions',
    clause: '6.1.1',
    title: 'Actions to address AI risks and opportunities',
    kind: 'record',
  },
  {
    key: 'risk_assessment_process',
    clause: '6.1.2',
    title: 'AI risk assessment process and risk criteria',
    kind: 'document',
  },
  { key: 'risk_treatment_process', clause: '6.1.3', title: 'AI risk treatment process', kind: 'document' },
  {
    key: 'statement_of_applicability',
    clause: '6.1.3',
    title: 'Statement of Applicability',
    kind: 'document',
  },
  {
    key: 'risk_treatment_plan',
    clause: '6.1.3',
    title: 'AI risk treatment plan, approved, residual risk accepted',
    kind: 'document',
  },
  {
    key: 'impact_assessment_process',
    clause: '6.1.4',
    title: 'AI system impact assessment process',
    kind: 'document',
  },
  { key: 'ai_objectives', clause: '6.2', title: 'AI objectives', kind: 'document' },
  { key: 'competence_evidence', clause: '7.2', title: 'Evidence of competence', kind: 'record' },
  {
    key: 'determined_documented_information',
    clause: '7.5.1',
    title: 'Documented information the organization determined necessary',
    kind: 'either',
  },
  {
    key: 'operational_evidence',
    clause: '8.1',
    title: 'Evidence that operational processes ran as planned',
    kind: 'record',
  },
  { key: 'risk_assessment_results', clause: '8.2', title: 'Results of AI risk assessments', kind: 'record' },
  { key: 'risk_treatment_results', clause: '8.3', title: 'Results of AI risk treatment', kind: 'record' },
  {
    key: 'impact_assessment_results',
    clause: '8.4',
    title: 'Results of AI system impact assessments',
    kind: 'record',
  },
  { key: 'monitoring_results', clause: '9.1', title: 'Monitoring and measurement results', kind: 'record' },
  {
    key: 'audit_programme_results',
    clause: '9.2.2',
    title: 'Internal audit programme and audit results',
    kind: 'record',
  },
  { key: 'management_review_results', clause: '9.3.3', title: 'Management review results', kind: 'record' },
  {
    key: 'nonconformity_records',
    clause: '10.2',
    title: 'Nonconformities, actions taken and corrective-action results',
    kind: 'record',
  },
] as const satisfies readonly MandatoryItem[];

export type MandatoryKey = (typeof MANDATORY_ITEMS)[number]['key'];
export const MANDATORY_KEYS = MANDATORY_ITEMS.map((i) => i.key) as [MandatoryKey, ...MandatoryKey[]];
