// The EU AI Act classifier: pure, no I/O. Order of tests follows the Act: scope (Art. 2), prohibitions
// (Art. 5), GPAI models (Art. 51), high-risk (Art. 6(1) Annex I, Art. 6(2)–(3) Annex III), transparency (Art. 50).
import { z } from 'zod';
import {
  type ApplicationDate,
  ApplicationDateSchema,
  datesFor,
  EU_AI_ACT_DATES,
  MILESTONES,
  type Milestone,
} from './eu-ai-act.dates.ts';
import { obligationRules } from './eu-ai-act.obligations.ts';
import {
  ANNEX_III_AREAS,
  ARTICLE_6_3_CONDITIONS,
  type ClassificationAnswers,
  type ClassificationAnswersInput,
  ClassificationAnswersSchema,
  PROHIBITED_PRACTICES,
  SCOPE_EXCLUSIONS,
  SYSTEMIC_RISK_FLOP_THRESHOLD,
  TRANSPARENCY_CASES,
} from './eu-ai-act.questionnaire.ts';
import { type OperatorRole, OperatorRoleSchema, RiskClassSchema } from './eu-ai-act.terms.ts';

/** One reason for a class, with the article it rests on. */
export const ClassificationReasonSchema = z.object({ ref: z.string(), text: z.string() });
/** One duty that follows, with its application dates. */
export const ClassificationObligationSchema = z.object({
  ref: z.string(),
  title: z.string(),
  appliesFrom: z.array(ApplicationDateSchema),
});

/** The classifier's verdict: class, why, what follows for the operator role, and from when. */
export const ClassificationResultSchema = z.object({
  riskClass: RiskClassSchema,
  transparencyDuties: z.boolean(),
  reasons: z.array(ClassificationReasonSchema),
  obligations: z.array(ClassificationObligationSchema),
  operatorRole: OperatorRoleSchema.nullable(),
  /**
   * Which application timeline the class falls under (Art. 113, as amended): its dates, enacted first. Results
   * stored before this field existed read as having none until the system is classified again.
   */
  timeline: z
    .object({ milestone: z.enum(MILESTONES), dates: z.array(ApplicationDateSchema) })
    .nullable()
    .default(null),
});
export type ClassificationResult = z.infer<typeof ClassificationResultSchema>;

type Reason = { ref: string; text: string };

/**
 * The timeline a class answers to: Annex I products and Annex III uses have their own high-risk dates (moved by
 * the 2026 amendment), prohibitions applied first, GPAI models from Aug 2025, transparency duties from Art. 50's
 * date, everything else from the general date; out of scope has none.
 */
export function timelineOf(
  riskClass: ClassificationResult['riskClass'],
  annexI: boolean,
  transparency: boolean,
): Milestone | null {
  switch (riskClass) {
    case 'out_of_scope':
      return null;
    case 'prohibited':
      return 'prohibitions_literacy';
    case 'gpai':
    case 'gpai_systemic':
      return 'gpai';
    case 'high':
      return annexI ? 'annex_i_high_risk' : 'annex_iii_high_risk';
    default:
      return transparency ? 'transparency' : 'general';
  }
}

/** Classifies one AI system (or GPAI model) under Regulation (EU) 2024/1689 from the questionnaire answers. */
export function classifyEuAiAct(
  input: ClassificationAnswersInput,
  operatorRole: OperatorRole | null,
  dates: readonly ApplicationDate[] = EU_AI_ACT_DATES,
): ClassificationResult {
  const a: ClassificationAnswers = ClassificationAnswersSchema.parse(input);
  const reasons: Reason[] = [];
  const transparency = a.transparencyCases.length > 0;
  const finish = (riskClass: ClassificationResult['riskClass'], annexI = false): ClassificationResult => {
    const ctx = {
      riskClass,
      transparency: transparency && riskClass !== 'prohibited' && riskClass !== 'out_of_scope',
      annexI,
      publicDeployer: a.deployerIsPublicBody,
    };
    const obligations = obligationRules(annexI)
      .filter(
        (o) =>
          o.when(ctx) &&
          (o.roles === 'all' ||
            (operatorRole !== null && o.roles.includes(operatorRole)) ||
            operatorRole === null),
      )
      .map((o) => ({ ref: o.ref, title: o.title, appliesFrom: datesFor(o.milestone, dates) }));
    const milestone = timelineOf(riskClass, annexI, ctx.transparency);
    const timeline = milestone ? { milestone, dates: datesFor(milestone, dates) } : null;
    return { riskClass, transparencyDuties: ctx.transparency, reasons, obligations, operatorRole, timeline };
  };

  if (!a.isAiSystem && !a.isGpaiModel) {
    reasons.push({
      ref: 'Art. 3(1)',
      text: 'Not an AI system within the definition: no inference of outputs with a degree of autonomy.',
    });
    return finish('out_of_scope');
  }
  if (!a.euNexus) {
    reasons.push({
      ref: 'Art. 2(1)',
      text: 'Neither placed on the market, put into service nor used in the Union, and its output is not used there.',
    });
    return finish('out_of_scope');
  }
  if (a.exclusions.length > 0) {
    for (const e of a.exclusions)
      reasons.push({
        ref: SCOPE_EXCLUSIONS[e].match(/Art\. \d+(?:\(\d+\))*/)?.[0] ?? 'Art. 2',
        text: SCOPE_EXCLUSIONS[e],
      });
    return finish('out_of_scope');
  }
  if (a.prohibitedPractices.length > 0) {
    for (const p of a.prohibitedPractices)
      reasons.push({ ref: `Art. 5(1)(${p})`, text: PROHIBITED_PRACTICES[p] });
    return finish('prohibited');
  }
  if (a.isGpaiModel) {
    const overThreshold = (a.trainingComputeFlop ?? 0) > SYSTEMIC_RISK_FLOP_THRESHOLD;
    if (overThreshold || a.designatedSystemicRisk) {
      if (overThreshold)
        reasons.push({
          ref: 'Art. 51(2)',
          text: 'Training compute above 10^25 FLOP: high-impact capabilities are presumed.',
        });
      if (a.designatedSystemicRisk)
        reasons.push({
          ref: 'Art. 51(1)(b)',
          text: 'Designated by the Commission as a GPAI model with systemic risk.',
        });
      return finish('gpai_systemic');
    }
    reasons.push({ ref: 'Art. 3(63)', text: 'General-purpose AI model without systemic risk.' });
    return finish('gpai');
  }
  if (a.annexIProduct && a.annexIThirdPartyAssessment) {
    reasons.push({
      ref: 'Art. 6(1)',
      text: 'Safety component of, or itself, a product under Annex I law that needs third-party conformity assessment.',
    });
    return finish('high', true);
  }
  if (a.annexIIIAreas.length > 0) {
    const areas = a.annexIIIAreas.map((x) => ANNEX_III_AREAS[x]).join('; ');
    if (a.profilesNaturalPersons) {
      reasons.push({ ref: 'Art. 6(2), Annex III', text: `Used in an Annex III area: ${areas}.` });
      reasons.push({
        ref: 'Art. 6(3)',
        text: 'Profiles natural persons, so it is high-risk whatever the Art. 6(3) conditions.',
      });
      return finish('high');
    }
    if (a.article63Conditions.length > 0 && a.noSignificantRisk) {
      reasons.push({
        ref: 'Art. 6(3)',
        text: `Annex III area (${areas}) but not high-risk: ${a.article63Conditions.map((c) => ARTICLE_6_3_CONDITIONS[c]).join('; ')}.`,
      });
      reasons.push({
        ref: 'Art. 6(4), Art. 49(2)',
        text: 'The provider must document this assessment before placing on the market and register the system.',
      });
    } else {
      reasons.push({ ref: 'Art. 6(2), Annex III', text: `Used in an Annex III area: ${areas}.` });
      return finish('high');
    }
  }
  if (transparency) {
    for (const t of a.transparencyCases) reasons.push({ ref: 'Art. 50', text: TRANSPARENCY_CASES[t] });
    return finish('limited');
  }
  reasons.push({
    ref: 'Art. 95',
    text: 'No prohibited practice, no high-risk use and no transparency case: minimal risk; voluntary codes of conduct apply.',
  });
  return finish('minimal');
}
