// Words and colours for audit states, stages, results and finding kinds (colours pass WCAG AA on white).
export const STAGE_LABEL: Record<string, string> = {
  stage1: 'Stage 1',
  stage2: 'Stage 2',
  surveillance: 'Surveillance',
  recertification: 'Recertification',
  internal: 'Internal',
};
export const AUDIT_STATUS_LABEL: Record<string, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
export const AUDIT_STATUS_COLOR: Record<string, string> = {
  planned: 'indigo.7',
  in_progress: '#9c3d0a',
  completed: 'teal.9',
  cancelled: 'gray.7',
};
export const RESULT_LABEL: Record<string, string> = {
  conforming: 'Conforming',
  nonconforming: 'Nonconforming',
  observation: 'Observation',
  not_applicable: 'Not applicable',
};
export const KIND_LABEL: Record<string, string> = {
  major_nc: 'Major nonconformity',
  minor_nc: 'Minor nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
};
export const KIND_COLOR: Record<string, string> = {
  major_nc: 'red.9',
  minor_nc: '#9c3d0a',
  observation: 'indigo.7',
  opportunity: 'teal.9',
};
