// Checks of a risk's references against the database (§6.1.2): the AI system, owners and threats must belong
// to the organization; ratings must lie on the criteria's scales. Refusals are 422 with the fields named.
import {
  AppError,
  assessRisk,
  type FieldError,
  newId,
  type RiskCriteria,
  ratingProblems,
  type TreatmentAction,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';

const { aiSystems, members, threats } = tables;

/** What a risk refers to, as far as these checks care. */
export interface RiskRefs {
  aiSystemId?: string | null;
  ownerId?: string | null;
  threatIds?: string[];
  treatmentActions?: { ownerId: string | null }[];
}

/** Throws RULE_VIOLATION naming every reference that is not the organization's. */
export async function assertRiskRefs(db: Db, orgId: string, refs: RiskRefs): Promise<void> {
  const errors: FieldError[] = [];
  if (refs.aiSystemId) {
    const [s] = await db
      .select({ id: aiSystems.id })
      .from(aiSystems)
      .where(and(eq(aiSystems.organizationId, orgId), eq(aiSystems.id, refs.aiSystemId)));
    if (!s) errors.push({ path: 'aiSystemId', message: 'not an AI system of this organization' });
  }
  const people = [refs.ownerId, ...(refs.treatmentActions ?? []).map((a) => a.ownerId)].filter(
    (x): x is string => !!x,
  );
  if (people.length) {
    const found = await db
      .select({ userId: members.userId })
      .from(members)
      .where(and(eq(members.organizationId, orgId), inArray(members.userId, people)));
    const ok = new Set(found.map((m) => m.userId));
    if (refs.ownerId && !ok.has(refs.ownerId))
      errors.push({ path: 'ownerId', message: 'not a member of this organization' });
    (refs.treatmentActions ?? []).forEach((a, i) => {
      if (a.ownerId && !ok.has(a.ownerId))
        errors.push({ path: `treatmentActions.${i}.ownerId`, message: 'not a member of this organization' });
    });
  }
  if (refs.threatIds?.length) {
    const found = await db
      .select({ id: threats.id })
      .from(threats)
      .where(and(eq(threats.organizationId, orgId), inArray(threats.id, refs.threatIds)));
    const ok = new Set(found.map((t) => t.id));
    refs.threatIds.forEach((t, i) => {
      if (!ok.has(t))
        errors.push({ path: `threatIds.${i}`, message: 'not a threat in this organization’s catalogue' });
    });
  }
  if (errors.length)
    throw new AppError('RULE_VIOLATION', 'Some references are not part of this organization.', { errors });
}

/** Inherent and residual scores under `criteria`; ratings off its scales, or half a residual rating, are 422. */
export function scoreRisk(
  criteria: RiskCriteria,
  r: {
    likelihood: number;
    consequence: number;
    residualLikelihood: number | null;
    residualConsequence: number | null;
  },
) {
  const errors = ratingProblems(criteria, r);
  const hasResidual = r.residualLikelihood !== null || r.residualConsequence !== null;
  if (hasResidual && (r.residualLikelihood === null || r.residualConsequence === null)) {
    errors.push({
      path: r.residualLikelihood === null ? 'residualLikelihood' : 'residualConsequence',
      message: 'rate residual likelihood and consequence together',
    });
  } else if (hasResidual) {
    errors.push(
      ...ratingProblems(
        criteria,
        { likelihood: r.residualLikelihood!, consequence: r.residualConsequence! },
        'residual',
      ),
    );
  }
  if (errors.length)
    throw new AppError(
      'RULE_VIOLATION',
      `Ratings must lie on the risk criteria (version ${criteria.number}).`,
      { errors },
    );
  const inherent = assessRisk(criteria, r);
  const residual = hasResidual
    ? assessRisk(criteria, { likelihood: r.residualLikelihood!, consequence: r.residualConsequence! })
    : null;
  return {
    criteriaId: criteria.id,
    criteriaVersion: criteria.number,
    inherentScore: inherent.score,
    inherentLevel: inherent.level,
    residualScore: residual?.score ?? null,
    residualLevel: residual?.level ?? null,
  };
}

/** Gives new treatment actions ids and keeps the ids of ones already known. */
export function withActionIds(
  actions: Omit<TreatmentAction, 'id'>[] & { id?: string }[],
  known: string[] = [],
): TreatmentAction[] {
  return (actions as (Omit<TreatmentAction, 'id'> & { id?: string })[]).map((a) => ({
    ...a,
    id: a.id && known.includes(a.id) ? a.id : newId('treatmentAction'),
  }));
}
