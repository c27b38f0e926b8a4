// Colours for improvement records (colours meet AA under white text); the words live in core.
export {
  NC_SOURCE_LABEL as SOURCE_LABEL,
  NC_STATUS_LABEL,
  SERIOUS_CATEGORY_LABEL as SERIOUS_LABEL,
} from '@openaims/core';
export const NC_STATUS_COLOR = {
  open: 'red.9',
  action_planned: '#735600',
  verifying: 'indigo.7',
  closed: 'teal.9',
} as const;
export const SEVERITY_COLOR = { major: 'red.9', minor: 'gray.7' } as const;
