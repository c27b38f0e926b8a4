// ISO/IEC 42001:2023 Annex A (normative): 9 areas, 10 objectives, 38 controls. Ids and official short titles
// only; every summary is our own wording. A.x.1 is the objective of an area, so controls start at A.x.2.
import type { Requirement } from './catalog.schema.ts';

type Row = [ref: string, title: string, summary: string];

/** Areas and sub-areas (kind `objective`); `A.6` has the two sub-areas `A.6.1` and `A.6.2`. */
const OBJECTIVES: Row[] = [
  [
    'A.2',
    'Policies related to AI',
    'Management sets direction and support for AI in line with business needs.',
  ],
  ['A.3', 'Internal organization', 'Accountability for responsible AI is set up inside the organization.'],
  [
    'A.4',
    'Resources for AI systems',
    'Every resource an AI system relies on is known, so its risks and impacts can be judged.',
  ],
  [
    'A.5',
    'Assessing impacts of AI systems',
    'Impacts on people, groups and society are assessed across the life cycle.',
  ],
  ['A.6', 'AI system life cycle', 'Responsible design, development and operation of AI systems.'],
  [
    'A.6.1',
    'Management guidance for AI system development',
    'Documented goals and processes steer responsible development.',
  ],
  ['A.6.2', 'AI system life cycle', 'Each life-cycle stage has defined criteria and requirements.'],
  ['A.7', 'Data for AI systems', 'The role and effect of data are understood throughout the life cycle.'],
  [
    'A.8',
    'Information for interested parties of AI systems',
    'Interested parties get what they need to understand risks and impacts.',
  ],
  ['A.9', 'Use of AI systems', 'AI systems are used responsibly and as the organization intends.'],
  [
    'A.10',
    'Third-party and customer relationships',
    'Accountability and risk are shared properly with suppliers, partners and customers.',
  ],
];

const CONTROLS: Row[] = [
  ['A.2.2', 'AI policy', 'Keep a written policy for how you develop or use AI systems.'],
  [
    'A.2.3',
    'Alignment with other organizational policies',
    'Line up quality, security, privacy and other policies with your AI aims.',
  ],
  ['A.2.4', 'Review of the AI policy', 'Revisit the AI policy on schedule and when things change.'],
  ['A.3.2', 'AI roles and responsibilities', 'Name who is responsible for what in AI work.'],
  ['A.3.3', 'Reporting of concerns', 'Give people a safe channel to raise concerns about AI systems.'],
  ['A.4.2', 'Resource documentation', 'Record the resources each life-cycle stage of a system needs.'],
  ['A.4.3', 'Data resources', 'Record the data a system uses: origin, categories, quality, retention, bias.'],
  [
    'A.4.4',
    'Tooling resources',
    'Record the models, algorithms and tools used to build and evaluate a system.',
  ],
  [
    'A.4.5',
    'System and computing resources',
    'Record compute, storage, network and hosting, and their environmental cost.',
  ],
  ['A.4.6', 'Human resources', 'Record the people and skills needed across the life cycle.'],
  [
    'A.5.2',
    'AI system impact assessment process',
    'Run a defined process to assess what a system may do to people and society.',
  ],
  [
    'A.5.3',
    'Documentation of AI system impact assessments',
    'Keep impact assessment results for a set period.',
  ],
  [
    'A.5.4',
    'Assessing AI system impact on individuals or groups of individuals',
    'Assess effects on people and groups: fairness, safety, privacy, rights.',
  ],
  [
    'A.5.5',
    'Assessing societal impacts of AI systems',
    'Assess wider effects on society, environment, economy and democracy.',
  ],
  [
    'A.6.1.2',
    'Objectives for responsible development of AI system',
    'Write down goals for responsible development and build them into the life cycle.',
  ],
  [
    'A.6.1.3',
    'Processes for responsible AI system design and development',
    'Document the processes used to design and develop systems responsibly.',
  ],
  [
    'A.6.2.2',
    'AI system requirements and specification',
    'Specify and document requirements for new systems and major changes.',
  ],
  [
    'A.6.2.3',
    'Documentation of AI system design and development',
    'Document the design and development against the requirements.',
  ],
  [
    'A.6.2.4',
    'AI system verification and validation',
    'Define how a system is tested and what it must meet before release.',
  ],
  ['A.6.2.5', 'AI system deployment', 'Plan deployment and check the release criteria are met first.'],
  [
    'A.6.2.6',
    'AI system operation and monitoring',
    'Define monitoring, repair, update and support for systems in use.',
  ],
  [
    'A.6.2.7',
    'AI system technical documentation',
    'Give each kind of interested party the technical documentation it needs.',
  ],
  [
    'A.6.2.8',
    'AI system recording of event logs',
    'Decide when event logs are kept, at least while the system is in use.',
  ],
  [
    'A.7.2',
    'Data for development and enhancement of AI system',
    'Run documented data management for building and improving systems.',
  ],
  ['A.7.3', 'Acquisition of data', 'Record how data is obtained and chosen, and the rights to use it.'],
  ['A.7.4', 'Quality of data for AI systems', 'Set data quality requirements and make sure data meets them.'],
  ['A.7.5', 'Data provenance', 'Track where data came from and what was done to it.'],
  ['A.7.6', 'Data preparation', 'Record how data preparation methods are chosen and applied.'],
  [
    'A.8.2',
    'System documentation and information for users',
    'Tell users what they need: that it is AI, its purpose, limits and how to use it.',
  ],
  ['A.8.3', 'External reporting', 'Let interested parties report adverse impacts of a system.'],
  ['A.8.4', 'Communication of incidents', 'Plan how and when users hear about incidents.'],
  ['A.8.5', 'Information for interested parties', 'Know what you must report about a system, and to whom.'],
  [
    'A.9.2',
    'Processes for responsible use of AI systems',
    'Run documented processes that govern responsible use.',
  ],
  [
    'A.9.3',
    'Objectives for responsible use of AI system',
    'Set goals for responsible use such as fairness and human oversight.',
  ],
  [
    'A.9.4',
    'Intended use of the AI system',
    'Use systems as intended and documented, and be able to show it.',
  ],
  [
    'A.10.2',
    'Allocating responsibilities',
    'Split life-cycle responsibilities clearly with partners, suppliers and customers.',
  ],
  ['A.10.3', 'Suppliers', 'Make sure what suppliers provide fits your responsible-AI approach.'],
  ['A.10.4', 'Customers', 'Take customer expectations and needs into account.'],
];

/** The Annex A control reference pattern: matches exactly the 38 control ids. */
export const ANNEX_A_CONTROL_PATTERN =
  /^A\.(2\.[2-4]|3\.[23]|4\.[2-6]|5\.[2-5]|6\.1\.[23]|6\.2\.[2-8]|7\.[2-6]|8\.[2-5]|9\.[2-4]|10\.[2-4])$/;

function controlParent(ref: string): string {
  return ref.slice(0, ref.lastIndexOf('.'));
}

/** Annex A areas and objectives (kind `objective`), in document order. */
export const ANNEX_A_OBJECTIVES: readonly Requirement[] = OBJECTIVES.map(([ref, title, summary]) => ({
  ref,
  title,
  kind: 'objective',
  parentRef: ref === 'A.6.1' || ref === 'A.6.2' ? 'A.6' : null,
  summary,
}));

/** The 38 Annex A controls A.2.2–A.10.4, in document order. */
export const ANNEX_A_CONTROLS: readonly Requirement[] = CONTROLS.map(([ref, title, summary]) => ({
  ref,
  title,
  kind: 'control',
  parentRef: controlParent(ref),
  summary,
}));

/** Annex A control refs in document order. */
export const ANNEX_A_CONTROL_REFS: readonly string[] = ANNEX_A_CONTROLS.map((c) => c.ref);

/** The top-level area (`A.6`) of a control or sub-area ref. */
export function annexAArea(ref: string): string {
  const m = /^A\.(\d+)/.exec(ref);
  return m ? `A.${m[1]}` : ref;
}

/** Whether a string is one of the 38 Annex A control refs. */
export function isAnnexAControl(ref: string): boolean {
  return ANNEX_A_CONTROL_PATTERN.test(ref);
}
