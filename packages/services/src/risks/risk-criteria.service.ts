// Risk criteria (§6.1.1): a default 5×5 for every organization, new versions on change, old versions kept so
// each assessment can name the criteria it was made under (§6.1.2 comparable results).
import {
  AppError,
  assertCan,
  criteriaProblems,
  DEFAULT_RISK_CRITERIA,
  newId,
  type RiskCriteria,
  type RiskCriteriaInput,
  RiskCriteriaInputSchema,
  RiskCriteriaSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../common/db-errors.ts';
import { inOrg } from '../common/in-org.ts';
import { latestNumbered, numberedRows } from '../common/numbered-rows.ts';
import { projection } from '../common/projection.ts';
import { recordEntity } from '../common/record-entity.ts';
import type { Actor, OrgContext } from '../context.ts';
import { appendLedger } from '../ledger/ledger.service.ts';

const { riskCriteria, organizations } = tables;
type Row = typeof riskCriteria.$inferSelect;

/** Row → API shape. */
export const toRiskCriteria: (r: Row) => RiskCriteria = projection(RiskCriteriaSchema);

const latest = (db: Db, orgId: string): Promise<Row | undefined> => latestNumbered(db, riskCriteria, orgId);

/** Inserts the default criteria as version 1 in the caller's transaction, unless the organization has criteria. */
export async function seedRiskCriteria(tx: Db, orgId: string, actor: Actor): Promise<void> {
  const rows = await tx
    .insert(riskCriteria)
    .values({
      id: newId('riskCriteria'),
      organizationId: orgId,
      number: 1,
      ...DEFAULT_RISK_CRITERIA,
      createdAt: new Date(),
      createdBy: actor.userId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (rows[0]) {
    await appendLedger(tx, orgId, actor, {
      action: 'risk_criteria.created',
      entityType: 'risk_criteria',
      entityId: rows[0].id,
      data: toRiskCriteria(rows[0]),
    });
  }
}

/** The current criteria, creating the default for organizations made before criteria existed. */
export async function currentRiskCriteria(db: Db, orgId: string): Promise<RiskCriteria> {
  const found = await latest(db, orgId);
  if (found) return toRiskCriteria(found);
  await db.transaction((tx) => seedRiskCriteria(tx, orgId, { type: 'system', id: null, userId: null }));
  return toRiskCriteria((await latest(db, orgId))!);
}

/** One stored criteria version by id (an assessment's recorded version). */
export async function riskCriteriaById(db: Db, orgId: string, id: string): Promise<RiskCriteria> {
  const [row] = await db
    .select()
    .from(riskCriteria)
    .where(inOrg(riskCriteria, orgId, eq(riskCriteria.id, id)));
  if (!row) throw new AppError('NOT_FOUND', `Risk criteria ${id} were not found.`);
  return toRiskCriteria(row);
}

/** The organization's current risk criteria. */
export async function getRiskCriteria(ctx: OrgContext): Promise<RiskCriteria> {
  assertCan(ctx.role, 'risk_criteria:read');
  return currentRiskCriteria(ctx.db, ctx.orgId);
}

/** Every version, newest first. */
export async function listRiskCriteriaVersions(ctx: OrgContext): Promise<RiskCriteria[]> {
  assertCan(ctx.role, 'risk_criteria:read');
  await currentRiskCriteria(ctx.db, ctx.orgId);
  const rows = await numberedRows(ctx.db, riskCriteria, ctx.orgId);
  return rows.map(toRiskCriteria);
}

/** Sets new criteria as the next version (§6.1.1); risks assessed before keep the version they used. */
export async function updateRiskCriteria(ctx: OrgContext, input: RiskCriteriaInput): Promise<RiskCriteria> {
  assertCan(ctx.role, 'risk_criteria:update');
  const data = RiskCriteriaInputSchema.parse(input);
  const problems = criteriaProblems(data);
  if (problems.length)
    throw new AppError('RULE_VIOLATION', 'These risk criteria do not hold together.', { errors: problems });
  await currentRiskCriteria(ctx.db, ctx.orgId);
  try {
    return await ctx.db.transaction(async (tx) => {
      // Lock the organization row, not the latest criteria row: a writer that waited on the latest row would
      // still read the old number once it got the lock and collide on (organization, number). Waiting on the
      // organization row serializes writers, and each reads the newest number after the one before commits.
      // NO KEY UPDATE: it queues criteria writers without blocking inserts that only reference the organization.
      await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, ctx.orgId))
        .for('no key update');
      const prev = await latest(tx, ctx.orgId);
      const [row] = await tx
        .insert(riskCriteria)
        .values({
          id: newId('riskCriteria'),
          organizationId: ctx.orgId,
          number: prev!.number + 1,
          ...data,
          createdAt: new Date(),
          createdBy: ctx.actor.userId ?? null,
        })
        .returning();
      const out = toRiskCriteria(row!);
      return recordEntity(ctx, tx, { action: 'risk_criteria.changed', entityType: 'risk_criteria' }, out);
    });
  } catch (e) {
    // Only reachable if a writer bypasses the lock above; answer 409 rather than a bare 500.
    if (isUniqueViolation(e))
      throw new AppError(
        'CONFLICT',
        'The risk criteria were changed at the same time; load them again and retry.',
      );
    throw e;
  }
}
