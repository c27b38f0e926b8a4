// Words and colours for improvement records (colours meet AA under white text).
export const NC_STATUS_LABEL = {
  open: 'Open',
  action_planned: 'Action planned',
  verifying: 'Verifying',
  closed: 'Closed',
} as const;
export const NC_STATUS_COLOR = {
  open: 'red.9',
  action_planned: '#735600',
  verifying: 'indigo.7',
  closed: 'teal.9',
} as const;
export const SEVERITY_COLOR = { major: 'red.9', minor: 'gray.7' } as const;
export const SOURCE_LABEL = {
  audit: 'Audit',
  incident: 'Incident',
  monitoring: 'Monitoring',
  complaint: 'Complaint',
  review: 'Management review',
  other: 'Other',
} as const;
export const SERIOUS_LABEL = {
  death: 'Death of a person',
  serious_health_harm: 'Serious harm to health',
  critical_infrastructure: 'Serious disruption of critical infrastructure',
  fundamental_rights: 'Breach of fundamental-rights obligations',
  property_or_environment: 'Serious harm to property or the environment',
} as const;
