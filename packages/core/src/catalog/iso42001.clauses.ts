// ISO/IEC 42001:2023 clauses 4–10 with every sub-clause: ids and official short titles; summaries are ours.
import type { Requirement } from './catalog.schema.ts';

type Row = [ref: string, title: string, summary: string];

const ROWS: Row[] = [
  ['4', 'Context of the organization', 'Know the setting the AIMS works in.'],
  [
    '4.1',
    'Understanding the organization and its context',
    'Find the issues that shape the AIMS and decide your roles towards AI systems.',
  ],
  [
    '4.2',
    'Understanding the needs and expectations of interested parties',
    'List who has a stake in the AIMS and which of their requirements you take on.',
  ],
  ['4.3', 'Determining the scope of the AI management system', 'Draw and document the boundary of the AIMS.'],
  ['4.4', 'AI management system', 'Set up, run, keep up and improve the AIMS and its processes.'],
  ['5', 'Leadership', 'Top management owns the AIMS.'],
  [
    '5.1',
    'Leadership and commitment',
    'Leaders show they back the AIMS with direction, resources and attention.',
  ],
  ['5.2', 'AI policy', 'Leaders issue an AI policy that frames objectives and commitments.'],
  [
    '5.3',
    'Roles, responsibilities and authorities',
    'Give people named duties and the authority to carry them out.',
  ],
  ['6', 'Planning', 'Plan how the AIMS reaches its intended results.'],
  [
    '6.1',
    'Actions to address risks and opportunities',
    'Groups the risk, treatment and impact planning sub-clauses.',
  ],
  ['6.1.1', 'General', 'Set AI risk criteria and plan actions for risks and opportunities.'],
  ['6.1.2', 'AI risk assessment', 'Run a repeatable process to find, analyse and rank AI risks.'],
  [
    '6.1.3',
    'AI risk treatment',
    'Pick treatments and controls, check them against Annex A, keep an SoA and a treatment plan.',
  ],
  [
    '6.1.4',
    'AI system impact assessment',
    'Assess what AI systems may do to individuals, groups and society.',
  ],
  [
    '6.2',
    'AI objectives and planning to achieve them',
    'Set measurable AI objectives and plan how to meet them.',
  ],
  ['6.3', 'Planning of changes', 'Change the AIMS in a planned way.'],
  ['7', 'Support', 'Give the AIMS what it needs to work.'],
  ['7.1', 'Resources', 'Provide the people, money and tools the AIMS needs.'],
  ['7.2', 'Competence', 'Make sure people doing AI work are competent, and keep proof.'],
  ['7.3', 'Awareness', 'People know the policy, their part and what happens if they fall short.'],
  ['7.4', 'Communication', 'Decide what is communicated about the AIMS, to whom, when and how.'],
  ['7.5', 'Documented information', 'Groups the sub-clauses on documents and records.'],
  ['7.5.1', 'General', 'Keep the documents the standard asks for and those you need.'],
  [
    '7.5.2',
    'Creating and updating documented information',
    'Identify, format, review and approve documents.',
  ],
  [
    '7.5.3',
    'Control of documented information',
    'Protect, distribute, version, retain and dispose of documents under control.',
  ],
  ['8', 'Operation', 'Run the planned processes.'],
  [
    '8.1',
    'Operational planning and control',
    'Plan and control the processes and outsourced work of the AIMS.',
  ],
  ['8.2', 'AI risk assessment', 'Repeat risk assessments on schedule and on significant change.'],
  ['8.3', 'AI risk treatment', 'Carry out the treatment plan and check it works.'],
  ['8.4', 'AI system impact assessment', 'Repeat impact assessments on schedule and on significant change.'],
  ['9', 'Performance evaluation', 'Check how well the AIMS works.'],
  [
    '9.1',
    'Monitoring, measurement, analysis and evaluation',
    'Decide what to measure and evaluate AIMS performance.',
  ],
  ['9.2', 'Internal audit', 'Groups the internal audit sub-clauses.'],
  ['9.2.1', 'General', 'Audit the AIMS at planned intervals.'],
  [
    '9.2.2',
    'Internal audit programme',
    'Plan and run an audit programme with impartial auditors and report results.',
  ],
  ['9.3', 'Management review', 'Groups the management review sub-clauses.'],
  ['9.3.1', 'General', 'Top management reviews the AIMS at planned intervals.'],
  [
    '9.3.2',
    'Management review inputs',
    'Cover past actions, changes, performance, audits and opportunities.',
  ],
  ['9.3.3', 'Management review results', 'Record decisions on improvement and needed changes.'],
  ['10', 'Improvement', 'Keep making the AIMS better.'],
  ['10.1', 'Continual improvement', 'Keep improving how suitable, adequate and effective the AIMS is.'],
  [
    '10.2',
    'Nonconformity and corrective action',
    'Fix nonconformities, remove their causes and check the fix worked.',
  ],
];

function parentOf(ref: string): string | null {
  const i = ref.lastIndexOf('.');
  return i < 0 ? null : ref.slice(0, i);
}

/** Clauses 4–10 of ISO/IEC 42001:2023, in document order. */
export const ISO42001_CLAUSES: readonly Requirement[] = ROWS.map(([ref, title, summary]) => ({
  ref,
  title,
  kind: 'clause',
  parentRef: parentOf(ref),
  summary,
}));

const PARENTS = new Set(ISO42001_CLAUSES.map((c) => c.parentRef).filter((p): p is string => p !== null));

/** The clauses an organization answers one by one (4.1–10.2 without grouping headings): the clause tracker rows. */
export const TRACKED_CLAUSE_REFS: readonly string[] = ISO42001_CLAUSES.filter(
  (c) => c.parentRef !== null && !PARENTS.has(c.ref),
).map((c) => c.ref);
