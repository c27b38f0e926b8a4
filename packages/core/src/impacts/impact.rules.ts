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
