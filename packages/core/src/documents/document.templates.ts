// Starter documents (issue 15 item 5): a first draft of the documented information ISO/IEC 42001 asks for most,
// written in our own words. Each names the clause and Annex A controls it serves and leaves bracketed places for
// the organization's facts; it is a start to edit and approve (§7.5.2), not a finished policy.
import type { MandatoryKey } from '../readiness/mandatory.ts';
import type { DocumentType } from './document.schema.ts';

/** One starter document. */
export interface DocumentTemplate {
  key: string;
  title: string;
  type: DocumentType;
  mandatoryKey: MandatoryKey | null;
  requirementRefs: string[];
  description: string;
  content: string;
}

export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  {
    key: 'ai_policy',
    title: 'AI policy',
    type: 'policy',
    mandatoryKey: 'ai_policy',
    requirementRefs: ['5.2', 'A.2.2'],
    description: 'What top management commits to for the development and use of AI.',
    content: `# AI policy

## Why we have this policy
[Organization] develops and uses AI systems to [purpose]. This policy sets the direction for doing so
responsibly and is the frame for our AI objectives (ISO/IEC 42001 §5.2, A.2.2).

## Our commitments
- We meet the legal and contractual requirements that apply to our AI systems, including the EU AI Act where
  it applies.
- We assess the risks and the impacts of each AI system on people and society before it is used, and again
  when it changes.
- People stay in control: every AI system has a named owner and the human oversight its risk calls for.
- We tell the people affected when they interact with AI and how they can contest an outcome.
- We keep improving the AI management system and the systems it governs.

## Scope
This policy applies to [units, locations and AI systems within the AIMS scope].

## Responsibilities
- Top management approves this policy and provides the resources the AIMS needs.
- The AIMS lead maintains it and reports on how well it works.
- Every member of staff who designs, buys, runs or oversees AI follows it.

## Related documents
AI risk assessment process, AI system impact assessment process, roles and responsibilities.

## Review
Reviewed at least every [12] months and after any significant change (A.2.4).
`,
  },
  {
    key: 'risk_assessment_process',
    title: 'AI risk assessment process',
    type: 'procedure',
    mandatoryKey: 'risk_assessment_process',
    requirementRefs: ['6.1.2', '8.2'],
    description: 'How AI risks are identified, analysed and evaluated against our criteria.',
    content: `# AI risk assessment process

## Purpose
How we find, analyse and evaluate risks from our AI systems so that the results are consistent, valid and
comparable over time (ISO/IEC 42001 §6.1.2, §8.2).

## When we assess
- Before an AI system is deployed, and whenever it changes significantly.
- At the planned interval set for each risk, and after an incident or nonconformity that touches it.

## Steps
1. **Identify**: for each AI system in scope, list what could stop it meeting its objectives or harm people,
   using our threat catalogue and the system's impact assessment.
2. **Analyse**: rate likelihood and consequence on the scales of our risk criteria, and record why.
3. **Evaluate**: compare the level with our acceptance threshold; anything above it needs treatment.
4. **Record**: each risk in the register with an owner, the AI system it concerns and a review date.

## Risk criteria
The scales, the matrix and the acceptance threshold are kept in the AIMS as our current risk criteria
([link or version]).

## Roles
The risk owner leads the assessment; the AIMS lead checks it is complete; [role] approves acceptances.
`,
  },
  {
    key: 'impact_assessment_process',
    title: 'AI system impact assessment process',
    type: 'procedure',
    mandatoryKey: 'impact_assessment_process',
    requirementRefs: ['6.1.4', '8.4', 'A.5.2'],
    description: 'How the consequences of an AI system for people and society are assessed.',
    content: `# AI system impact assessment process

## Purpose
How we assess what an AI system can mean for individuals, groups and society across its life cycle
(ISO/IEC 42001 §6.1.4, §8.4, A.5.2–A.5.5), and, where the EU AI Act requires it, the fundamental-rights
impact assessment.

## When
- Before a system enters deployment; the deployment gate checks for an approved assessment.
- When the system, its purpose, its data or the people it affects change, and at least every [12] months.

## Steps
1. Describe the system, its intended use and the people it affects.
2. Consider each area of impact: fundamental rights, safety, fairness, privacy, the environment and others.
3. For each impact, record its severity, how reversible it is and who bears it.
4. Decide the measures that avoid or reduce each impact and link the risks they create.
5. Submit the assessment for approval by [role]; approved results feed the risk assessment.

## Records
Assessments, their versions and approvals are kept in the AIMS and retained for [period].
`,
  },
  {
    key: 'aims_scope',
    title: 'Scope of the AI management system',
    type: 'scope',
    mandatoryKey: 'aims_scope',
    requirementRefs: ['4.3'],
    description: 'The boundaries and applicability of the AIMS.',
    content: `# Scope of the AI management system

## In scope
- **Organization**: [legal entities, units and locations].
- **Activities**: [developing / providing / deploying / using] AI systems for [purposes].
- **AI systems**: those listed in the AI system inventory with the scope flag set.

## Out of scope, and why
- [Area or system] — [reason; for example, it uses no AI or is run under another management system].

## What shaped the scope
- External and internal issues and the requirements of interested parties recorded under context (§4.1, §4.2).
- Our roles for each system under ISO/IEC 22989 and the EU AI Act.

## Interfaces
[Suppliers, group functions or other management systems (for example ISO/IEC 27001) that the AIMS relies on.]
`,
  },
  {
    key: 'roles_responsibilities',
    title: 'AI roles and responsibilities',
    type: 'procedure',
    mandatoryKey: null,
    requirementRefs: ['5.3', 'A.3.2'],
    description: 'Who is responsible and accountable for what in the AIMS and for each AI system.',
    content: `# AI roles and responsibilities

## Top management
Approves the AI policy and objectives, provides resources, and reviews the AIMS (§5.1, §9.3).

## AIMS lead
Keeps the AIMS running: plans audits and reviews, reports performance to top management, maintains the
documented information (§5.3).

## AI system owner
Accountable for one AI system across its life cycle: its risk and impact assessments, its deployment gate,
its monitoring and its records (A.3.2).

## Risk owner
Assesses and treats an assigned risk and proposes its acceptance.

## Human overseer
Monitors an AI system in operation and can intervene or stop it (EU AI Act Art. 14 where it applies).

## Everyone working with AI
Follows the AI policy, completes the training for their role and reports concerns and incidents (A.3.3).

| Process | Accountable | Responsible | Consulted | Informed |
|---|---|---|---|---|
| Risk assessment | [role] | Risk owner | AIMS lead | Top management |
| Impact assessment | AI system owner | [role] | [role] | [role] |
| Internal audit | AIMS lead | Auditor | Process owners | Top management |
`,
  },
  {
    key: 'communication_plan',
    title: 'AIMS communication plan',
    type: 'plan',
    mandatoryKey: null,
    requirementRefs: ['7.4', 'A.8.2', 'A.8.5'],
    description: 'What we communicate about AI, when, to whom, how and who does it.',
    content: `# AIMS communication plan

ISO/IEC 42001 §7.4 asks us to decide what we communicate, when, with whom, how, and who does it.

| What | When | With whom | How | Who |
|---|---|---|---|---|
| AI policy | On approval and each revision | All staff | Intranet, acknowledgement in the AIMS | AIMS lead |
| Information for users of each AI system | Before use, on change | Users and affected people | Transparency page | System owner |
| Serious incidents | Within the legal deadline | Market surveillance authority | Official channel | [role] |
| AIMS performance | Each management review | Top management | Review minutes | AIMS lead |
| How to raise a concern | Always | Staff and the public | Concern form | AIMS lead |

## Records
Keep evidence of each communication (date, audience, content) with the AIMS records (A.8.5).
`,
  },
];

/** One template by key, or undefined. */
export function documentTemplate(key: string): DocumentTemplate | undefined {
  return DOCUMENT_TEMPLATES.find((t) => t.key === key);
}

/** What a template fills in of a new document (the body of `POST …/documents` less owner and review cycle). */
export function templateDraft(t: DocumentTemplate) {
  return {
    title: t.title,
    type: t.type,
    description: t.description,
    mandatoryKey: t.mandatoryKey,
    requirementRefs: t.requirementRefs,
    content: t.content,
  };
}
