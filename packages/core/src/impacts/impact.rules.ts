// Pure completeness rules: what an assessment must contain before it can be submitted (42005 5.8–5.10; Art. 27(1)).
import type { FieldError } from '../errors.ts';
import type { ImpactContent, ImpactTemplate } from './impact.schema.ts';

/** The EU AI Act Art. 27(1)(a)–(f) elements of a FRIA, in the words the checks and the exports use. */
export const FRIA_LABELS = {
  deployerProcesses: "the deployer's processes in which the system is used (Art. 27(1)(a))",
  periodAndFrequency: 'the period and frequency of use (Art. 27(1)(b))',
  affectedCategories: 'the categories of persons and groups likely to be affected (Art. 27(1)(c))',
  specificHarms: 'the specific risks of harm to those persons (Art. 27(1)(d))',
  humanOversightMeasures: 'the human oversight measures (Art. 27(1)(e))',
  measuresIfRisksMaterialise:
    'the measures if the risks materialise, incl. governance and complaints (Art. 27(1)(f))',
} as const;

/** Missing items that keep an assessment from being submitted; empty when complete. */
export function impactProblems(content: ImpactContent, template: ImpactTemplate): FieldError[] {
  const out: FieldError[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) out.push({ path, message });
  };
  need(content.scope.trim() !== '', 'content.scope', 'the scope of the assessment (42005 6.2)');
  need(
    content.system.purpose.trim() !== '',
    'content.system.purpose',
    'the purpose of the system (42005 6.3.3)',
  );
  need(
    content.system.intendedUses.length > 0,
    'content.system.intendedUses',
    'at least one intended use (42005 6.3.4)',
  );
  need(
    content.deployment.humanOversight.trim() !== '',
    'content.deployment.humanOversight',
    'the human oversight arrangements (42005 6.6)',
  );
  need(
    content.affectedParties.length > 0,
    'content.affectedParties',
    'at least one affected party (42005 6.7)',
  );
  need(content.impacts.length > 0, 'content.impacts', 'at least one impact, benefit or harm (42005 6.8)');
  const harms = content.impacts.filter((i) => i.kind === 'harm').length;
  need(
    harms === 0 || content.measures.length > 0,
    'content.measures',
    'measures addressing the harms found (42005 6.9)',
  );
  need(content.residualImpact.trim() !== '', 'content.residualImpact', 'the residual impact after measures');
  need(content.decision !== null, 'content.decision', 'a decision: proceed, modify or stop');
  if (template === 'eu_fria') {
    if (!content.fria) out.push({ path: 'content.fria', message: 'the Art. 27 elements' });
    else
      for (const [k, label] of Object.entries(FRIA_LABELS))
        need(content.fria[k as keyof typeof FRIA_LABELS].trim() !== '', `content.fria.${k}`, label);
  }
  return out;
}

/** Whether a review date has passed (§8.4: re-assess at planned intervals). */
export function isReviewDue(nextReviewDate: string | null, today: string): boolean {
  return nextReviewDate !== null && nextReviewDate <= today;
}

/** The wizard's steps, in order; an EU FRIA adds the Art. 27 step. Shared by the web wizard and its tests. */
export const IMPACT_WIZARD_STEPS = ['scope', 'parties', 'impacts', 'decision', 'fria'] as const;
export type ImpactWizardStep = (typeof IMPACT_WIZARD_STEPS)[number];

/** The wizard step where a completeness problem (a path from `impactProblems`) is answered. */
export function impactStepOf(path: string): ImpactWizardStep {
  const p = path.replace(/^content\./, '');
  if (p.startsWith('fria')) return 'fria';
  if (p.startsWith('deployment') || p.startsWith('affectedParties')) return 'parties';
  if (p.startsWith('impacts')) return 'impacts';
  if (p.startsWith('measures') || p.startsWith('residualImpact') || p.startsWith('decision'))
    return 'decision';
  return 'scope';
}

/**
 * Where the wizard reopens: the first step that still has a missing item, so "Continue" resumes the work
 * instead of starting over; the last step when the content is complete.
 */
export function firstIncompleteImpactStep(content: ImpactContent, template: ImpactTemplate): number {
  const steps = IMPACT_WIZARD_STEPS.filter((s) => s !== 'fria' || template === 'eu_fria');
  const missing = new Set(impactProblems(content, template).map((p) => impactStepOf(p.path)));
  const i = steps.findIndex((s) => missing.has(s));
  return i === -1 ? steps.length - 1 : i;
}

/** What the AI system record already says, in the shape of an assessment's content (42005 6.3, 6.6). */
export interface ImpactSystemFacts {
  description: string;
  purpose: string;
  intendedUse: string;
  foreseeableMisuse: string;
  humanOversight: string;
  deploymentContext: string;
}

const lineList = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Fills the empty parts of a new assessment from the AI system record, so the assessor confirms what the
 * inventory holds instead of typing it again; anything the caller gave is kept as given.
 */
export function prefillImpactContent(content: ImpactContent, sys: ImpactSystemFacts): ImpactContent {
  const or = (given: string, known: string) => (given.trim() ? given : known.trim());
  const orList = (given: string[], known: string) => (given.length ? given : lineList(known));
  return {
    ...content,
    system: {
      ...content.system,
      description: or(content.system.description, sys.description),
      purpose: or(content.system.purpose, sys.purpose),
      intendedUses: orList(content.system.intendedUses, sys.intendedUse),
      unintendedUses: orList(content.system.unintendedUses, sys.foreseeableMisuse),
    },
    deployment: {
      ...content.deployment,
      humanOversight: or(content.deployment.humanOversight, sys.humanOversight),
      constraints: or(content.deployment.constraints, sys.deploymentContext),
    },
  };
}
