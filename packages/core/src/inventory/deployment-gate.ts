// The deployment gate (A.6.2.5 deployment; §8.4 impact assessment before use): a pure rule over facts the
// services gather, configurable per organization.
import { z } from 'zod';
import type { LifecycleStage } from '../ai-systems/ai-system.schema.ts';
import { patchSchema } from '../common/entity.ts';
import type { RiskClass } from '../eu-ai-act/eu-ai-act.terms.ts';

/** An organization's gate settings. */
export const DeploymentGateRulesSchema = z.object({
  /** An EU AI Act classification must be recorded before deployment. */
  requireClassification: z.boolean(),
  /** An approved AI system impact assessment (§6.1.4, §8.4) must exist before deployment. */
  requireApprovedImpactAssessment: z.boolean(),
  /** A system classified as prohibited (Art. 5) may never be deployed. */
  blockProhibited: z.boolean(),
});
export type DeploymentGateRules = z.infer<typeof DeploymentGateRulesSchema>;

/** Body of `PATCH …/deployment-gate`: any subset of the rules. */
export const UpdateDeploymentGateRulesSchema = patchSchema(DeploymentGateRulesSchema.shape, 'rule');
export type UpdateDeploymentGateRulesInput = z.infer<typeof UpdateDeploymentGateRulesSchema>;

/** Defaults: everything on. */
export const DEFAULT_DEPLOYMENT_GATE_RULES: DeploymentGateRules = {
  requireClassification: true,
  requireApprovedImpactAssessment: true,
  blockProhibited: true,
};

/**
 * Stages the gate guards: the stages in which a system is in use (A.6.2.5 deployment, A.6.2.6 operation and
 * monitoring). Reaching any of them — by a new record, a stage change, the CLI or an import — needs the gate to
 * pass; otherwise a system could skip deployment and be saved straight into operation.
 */
export const GATED_STAGES: readonly LifecycleStage[] = ['deployment', 'operation_monitoring'];

/** Whether reaching `stage` needs the deployment gate to pass. */
export function isGatedStage(stage: LifecycleStage): boolean {
  return GATED_STAGES.includes(stage);
}

/** What the services know about the system when it is about to enter a gated stage. */
export interface DeploymentFacts {
  riskClass: RiskClass;
  isClassified: boolean;
  /** null when the impact-assessment module is not present: the item then shows as missing. */
  hasApprovedImpactAssessment: boolean | null;
}

/** A named missing item, listed in the 422 answer. */
export interface GateItem {
  key: 'eu_ai_act_classification' | 'approved_impact_assessment' | 'not_prohibited';
  message: string;
}

/** Evaluates the gate: `missing` is empty when the system may enter the stage. */
export function evaluateDeploymentGate(
  rules: DeploymentGateRules,
  facts: DeploymentFacts,
): { ok: boolean; missing: GateItem[] } {
  const missing: GateItem[] = [];
  if (rules.requireClassification && (!facts.isClassified || facts.riskClass === 'unassessed')) {
    missing.push({
      key: 'eu_ai_act_classification',
      message: 'Classify the system under the EU AI Act first.',
    });
  }
  if (rules.requireApprovedImpactAssessment && facts.hasApprovedImpactAssessment !== true) {
    missing.push({
      key: 'approved_impact_assessment',
      message: 'An approved AI system impact assessment is required (ISO/IEC 42001 §6.1.4, §8.4).',
    });
  }
  if (rules.blockProhibited && facts.riskClass === 'prohibited') {
    missing.push({
      key: 'not_prohibited',
      message: 'The system is classified as a prohibited practice (EU AI Act Art. 5) and cannot be deployed.',
    });
  }
  return { ok: missing.length === 0, missing };
}
