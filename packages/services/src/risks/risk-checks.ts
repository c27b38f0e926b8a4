// Checks of a risk's references against the database (§6.1.2): the AI system, owners and threats must belong
// to the organization; ratings must lie on the criteria's scales. Refusals are 422 with the fields named.
import { AppError, assessRisk, type FieldError, type RiskCriteria, ratingProblems } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { existingIds } from '../common/existing-ids.ts';
import { inOrg } from '../common/in-org.ts';
import { isMember } from '../common/members.ts';

const { aiSystems, threats } = tables;

/** What a risk refers to, as far as these checks care. */
export interface RiskRefs {
  aiSystemId?: string | null;
  ownerId?: string | null;
  threatIds?: string[];
}

/** Throws RULE_VIOLATION naming every reference that is not the organization's. */
export async function assertRiskRefs(db: Db, orgId: string, refs: RiskRefs): Promise<void> {
  const errors: FieldError[] = [];
  if (refs.aiSystemId) {
    const [s] = await db
      .select({ id: aiSystems.id })
      .from(aiSystems)
      .where(inOrg(aiSystems, orgId, eq(aiSystems.id, refs.aiSystemId)));
    if (!s) errors.push({ path: 'aiSystemId', message: 'not an AI system of this organization' });
  }
  if (refs.ownerId && !(await isMember(db, orgId, refs.ownerId))) {
    errors.push({ path: 'ownerId', message: 'not a member of this organization' });
  }
  if (refs.threatIds?.length) {
    const ok = await existingIds(db, orgId, threats, refs.threatIds);
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
