// Regulation (EU) 2024/1689 (AI Act): the provisions that matter to an AIMS. Article titles as published;
// summaries are ours. Annex III areas are children of "Annex III".
import type { Requirement } from './catalog.schema.ts';

type Row = [ref: string, title: string, summary: string, parentRef?: string];

const ROWS: Row[] = [
  ['Art. 4', 'AI literacy', 'Staff and others using AI for you have enough AI literacy for their role.'],
  [
    'Art. 5',
    'Prohibited AI practices',
    'Eight AI practices are banned outright (manipulation, social scoring, and others).',
  ],
  [
    'Art. 6',
    'Classification rules for high-risk AI systems',
    'When a system is high-risk: Annex I products or Annex III areas, with a narrow derogation.',
  ],
  [
    'Art. 9',
    'Risk management system',
    'Providers run a documented, continuous risk process for each high-risk system.',
  ],
  [
    'Art. 10',
    'Data and data governance',
    'Training, validation and test data follow governance and quality rules.',
  ],
  [
    'Art. 11',
    'Technical documentation',
    'Keep up-to-date technical documentation with at least the Annex IV items.',
  ],
  ['Art. 12', 'Record-keeping', 'High-risk systems log events automatically over their lifetime.'],
  [
    'Art. 13',
    'Transparency and provision of information to deployers',
    'Design for interpretable output and ship instructions for use.',
  ],
  ['Art. 14', 'Human oversight', 'People can understand, override and stop a high-risk system.'],
  [
    'Art. 15',
    'Accuracy, robustness and cybersecurity',
    'Keep accuracy, robustness and security appropriate throughout the life cycle.',
  ],
  ['Art. 17', 'Quality management system', 'Providers keep a documented quality management system.'],
  [
    'Art. 26',
    'Obligations of deployers of high-risk AI systems',
    'Deployers use systems as instructed, with oversight, monitoring and logs.',
  ],
  [
    'Art. 27',
    'Fundamental rights impact assessment for high-risk AI systems',
    'Certain deployers assess effects on fundamental rights before first use.',
  ],
  [
    'Art. 50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Tell people they deal with AI and mark synthetic content.',
  ],
  [
    'Art. 72',
    'Post-market monitoring by providers and post-market monitoring plan for high-risk AI systems',
    'Providers collect and analyse performance data after release, following a plan.',
  ],
  [
    'Art. 73',
    'Reporting of serious incidents',
    'Report serious incidents to the authority within 15, 10 or 2 days.',
  ],
  [
    'Annex III',
    'High-risk AI systems referred to in Article 6(2)',
    'The eight areas in which an AI system is high-risk.',
  ],
  [
    'Annex III.1',
    'Biometrics',
    'Remote identification, categorisation by sensitive traits, emotion recognition.',
    'Annex III',
  ],
  [
    'Annex III.2',
    'Critical infrastructure',
    'Safety components of digital infrastructure, traffic and utilities.',
    'Annex III',
  ],
  [
    'Annex III.3',
    'Education and vocational training',
    'Admission, assessment, level placement and proctoring.',
    'Annex III',
  ],
  [
    'Annex III.4',
    'Employment, workers management and access to self-employment',
    'Recruitment, promotion, termination, task allocation and monitoring of workers.',
    'Annex III',
  ],
  [
    'Annex III.5',
    'Access to and enjoyment of essential private services and essential public services and benefits',
    'Benefits eligibility, credit scoring, insurance pricing, emergency triage.',
    'Annex III',
  ],
  [
    'Annex III.6',
    'Law enforcement',
    'Risk assessment of persons, evidence reliability, profiling by police.',
    'Annex III',
  ],
  [
    'Annex III.7',
    'Migration, asylum and border control management',
    'Risk assessment and examination of applications at borders.',
    'Annex III',
  ],
  [
    'Annex III.8',
    'Administration of justice and democratic processes',
    'Assisting judges, and influencing elections or votes.',
    'Annex III',
  ],
];

/** The AI Act provisions in the catalogue (articles and Annex III areas as kind `clause`). */
export const EU_AI_ACT_REQUIREMENTS: readonly Requirement[] = ROWS.map(
  ([ref, title, summary, parentRef]) => ({
    ref,
    title,
    kind: 'clause',
    parentRef: parentRef ?? null,
    summary,
  }),
);
