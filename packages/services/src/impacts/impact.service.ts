// AI system impact assessments (§6.1.4, §8.4, A.5.2–A.5.5; ISO/IEC 42005; EU AI Act Art. 27): drafted and
// autosaved, submitted when complete, approved by an authority, then frozen; a revision starts the next version.
// One module per job; this file is the module's public face.

export { approveImpactAssessment, submitImpactAssessment } from './impact-approval.service.ts';
export { updateImpactAssessment } from './impact-draft.service.ts';
export { createImpactAssessment, reviseImpactAssessment } from './impact-lifecycle.service.ts';
export { getImpactAssessment, listImpactAssessments } from './impact-query.service.ts';
export { createRiskFromImpactAssessment } from './impact-risk-links.service.ts';
