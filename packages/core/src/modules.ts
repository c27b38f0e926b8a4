/** The module areas of the AIMS (DESIGN §3), with the clauses they serve; the web navigation is built from this. */
export const MODULE_AREAS = [
  {
    key: 'context',
    title: 'Context & scope',
    clauses: '4.1–4.4',
    summary:
      'Internal and external issues, interested parties and their requirements, your AI roles, and the AIMS scope statement.',
  },
  {
    key: 'documents',
    title: 'Policies & documents',
    clauses: '5.2, 7.5',
    summary:
      'The AI policy and every controlled document, with versions, approvals, review dates and acknowledgements.',
  },
  {
    key: 'soa',
    title: 'Statement of Applicability',
    clauses: '6.1.3',
    summary:
      'Your decision on each of the 38 Annex A controls: applicable or not, why, and how far implemented.',
  },
  {
    key: 'inventory',
    title: 'AI inventory',
    clauses: '4.1, A.4, A.6, A.7, A.10',
    summary: 'AI systems, models, datasets and suppliers, with their EU AI Act classification.',
  },
  {
    key: 'risks',
    title: 'AI risks',
    clauses: '6.1.1–6.1.3, 8.2, 8.3',
    summary: 'AI risk criteria, the risk register, treatment plans and accepted residual risk.',
  },
  {
    key: 'impacts',
    title: 'Impact assessments',
    clauses: '6.1.4, 8.4, A.5',
    summary:
      'AI system impact assessments on individuals, groups and society (ISO/IEC 42005, EU AI Act FRIA).',
  },
  {
    key: 'objectives',
    title: 'Objectives',
    clauses: '6.2, 9.1',
    summary: 'AI objectives, their KPIs and measurements.',
  },
  {
    key: 'people',
    title: 'Competence & awareness',
    clauses: '7.2, 7.3',
    summary: 'Competence requirements, training records and awareness acknowledgements (EU AI Act Art. 4).',
  },
  {
    key: 'monitoring',
    title: 'Monitoring',
    clauses: '9.1',
    summary: 'Metric streams from your AI systems with thresholds that raise alerts.',
  },
  {
    key: 'audits',
    title: 'Internal audits',
    clauses: '9.2',
    summary: 'The audit programme, audits, checklists and findings.',
  },
  {
    key: 'reviews',
    title: 'Management reviews',
    clauses: '9.3',
    summary: 'Management reviews with inputs assembled from live data, decisions and actions.',
  },
  {
    key: 'improvement',
    title: 'Improvement',
    clauses: '10.1, 10.2, A.8.4',
    summary: 'Nonconformities, corrective actions and AI incidents.',
  },
  {
    key: 'concerns',
    title: 'Concerns',
    clauses: 'A.3.3, A.8.3',
    summary:
      'Concerns and adverse-impact reports from outside, sent through the public form, triaged by leads.',
  },
  {
    key: 'evidence',
    title: 'Evidence',
    clauses: '7.5',
    summary: 'Files and links that prove controls work, hashed and dated, linked to what they prove.',
  },
  {
    key: 'readiness',
    title: 'Certification readiness',
    clauses: '4–10',
    summary: 'The mandatory documented information and what stands between you and the audit.',
  },
] as const;
export type ModuleAreaKey = (typeof MODULE_AREAS)[number]['key'];
