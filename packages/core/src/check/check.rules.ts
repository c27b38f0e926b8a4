// The CI gate's rules (DESIGN §4 `aims check`): pure functions over facts the services gather. Each names the
// records that break it, so a pipeline's log says what to fix. The gate itself is evaluateDeploymentGate and
// isReviewDue, the same rules the API applies; nothing is decided twice.
import type { LifecycleStage } from '../ai-systems/ai-system.schema.ts';
import { isReviewDue } from '../impacts/impact.rules.ts';
import type { ImpactStatus } from '../impacts/impact.schema.ts';
import {
  type DeploymentFacts,
  type DeploymentGateRules,
  evaluateDeploymentGate,
  GATED_STAGES,
} from '../inventory/deployment-gate.ts';
import { isOpenAboveAppetite } from '../risks/risk.rules.ts';
import type { RiskStatus, TreatmentOption } from '../risks/risk.schema.ts';
import { soaEntryProblems } from '../soa/soa.rules.ts';

/** The rules, in the order they are reported. */
export const CHECK_KEYS = ['deployment_gate', 'soa_justification', 'risk_treatment', 'review_dates'] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

/** What each rule asks, and where the standard asks it. */
export const CHECK_TITLES: Record<CheckKey, { title: string; clause: string }> = {
  deployment_gate: {
    title: 'AI systems in deployment or operation pass the deployment gate',
    clause: 'A.6.2.5, 8.4',
  },
  soa_justification: { title: 'Every excluded Annex A control has a justification', clause: '6.1.3' },
  risk_treatment: { title: 'Risks above the appetite are treated or accepted', clause: '6.1.3, 8.3' },
  review_dates: { title: 'No risk or impact assessment is past its review date', clause: '6.1.2, 8.2, 8.4' },
};

/** Life cycle stages in which a system is in use, so the gate must hold (entering them is gated; being in them is checked). */
export const IN_USE_STAGES: readonly LifecycleStage[] = GATED_STAGES;

/** A record a failed rule names. */
export interface CheckRecord {
  type: 'ai_system' | 'soa_entry' | 'risk' | 'impact_assessment';
  id: string;
  name: string;
  problem: string;
}

/** One rule's verdict. */
export interface CheckResult {
  key: CheckKey;
  title: string;
  clause: string;
  ok: boolean;
  records: CheckRecord[];
}

/** The whole gate: `ok` only when every rule passes. */
export interface CheckReport {
  ok: boolean;
  checks: CheckResult[];
}

/** What the services gather for the rules. */
export interface CheckFacts {
  today: string;
  gateRules: DeploymentGateRules;
  systems: { id: string; name: string; lifecycleStage: LifecycleStage; facts: DeploymentFacts }[];
  soaEntries: { controlRef: string; title: string; applicable: boolean; justification: string }[];
  risks: {
    id: string;
    title: string;
    status: RiskStatus;
    withinAppetite: boolean;
    treatmentOption: TreatmentOption | null;
    acceptedAt: string | null;
    reviewDate: string | null;
  }[];
  impactAssessments: { id: string; title: string; status: ImpactStatus; nextReviewDate: string | null }[];
}

/** (a) Systems in use that the deployment gate would refuse, with what is missing. */
export function deploymentGateRecords(f: Pick<CheckFacts, 'gateRules' | 'systems'>): CheckRecord[] {
  return f.systems
    .filter((s) => IN_USE_STAGES.includes(s.lifecycleStage))
    .flatMap((s) => {
      const verdict = evaluateDeploymentGate(f.gateRules, s.facts);
      if (verdict.ok) return [];
      const problem = `in ${s.lifecycleStage}: ${verdict.missing.map((m) => m.message).join(' ')}`;
      return [{ type: 'ai_system' as const, id: s.id, name: s.name, problem }];
    });
}

/** (b) Excluded controls without a justification (§6.1.3). */
export function soaJustificationRecords(f: Pick<CheckFacts, 'soaEntries'>): CheckRecord[] {
  return f.soaEntries.flatMap((e) =>
    soaEntryProblems(e).map((p) => ({
      type: 'soa_entry' as const,
      id: e.controlRef,
      name: e.title,
      problem: p.message,
    })),
  );
}

/** (c) Open risks above the appetite with neither a treatment option nor an acceptance (§6.1.3). */
export function riskTreatmentRecords(f: Pick<CheckFacts, 'risks'>): CheckRecord[] {
  return f.risks
    .filter((r) => isOpenAboveAppetite(r) && r.treatmentOption === null && r.acceptedAt === null)
    .map((r) => ({
      type: 'risk' as const,
      id: r.id,
      name: r.title,
      problem: 'above the risk appetite with no treatment chosen and no acceptance',
    }));
}

/** (d) Open risks and approved (current) impact assessments whose review date has come. */
export function reviewDateRecords(
  f: Pick<CheckFacts, 'today' | 'risks' | 'impactAssessments'>,
): CheckRecord[] {
  const risks = f.risks
    .filter((r) => r.status !== 'closed' && isReviewDue(r.reviewDate, f.today))
    .map((r) => ({
      type: 'risk' as const,
      id: r.id,
      name: r.title,
      problem: `review was due on ${r.reviewDate}`,
    }));
  const assessments = f.impactAssessments
    .filter((a) => a.status === 'approved' && isReviewDue(a.nextReviewDate, f.today))
    .map((a) => ({
      type: 'impact_assessment' as const,
      id: a.id,
      name: a.title,
      problem: `review was due on ${a.nextReviewDate}`,
    }));
  return [...risks, ...assessments];
}

const RULES: Record<CheckKey, (f: CheckFacts) => CheckRecord[]> = {
  deployment_gate: deploymentGateRecords,
  soa_justification: soaJustificationRecords,
  risk_treatment: riskTreatmentRecords,
  review_dates: reviewDateRecords,
};

/** Runs every rule over the facts. */
export function runChecks(facts: CheckFacts): CheckReport {
  const checks = CHECK_KEYS.map((key) => {
    const records = RULES[key](facts);
    return { key, ...CHECK_TITLES[key], ok: records.length === 0, records };
  });
  return { ok: checks.every((c) => c.ok), checks };
}
