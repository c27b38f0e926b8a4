// Guided set-up (issue 16): the steps' state read from the other modules' records, and the few choices a person
// makes about the guide itself (skip a step, finish, put it away), each with its ledger entry.
import {
  AppError,
  assertCan,
  isSoaEntryDecided,
  type OrgSetup,
  orgSetupStatus,
  type SetupChoices,
  type SetupFacts,
  setupFinishProblems,
  type UpdateOrgSetupInput,
  UpdateOrgSetupSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { count, desc, eq, isNull } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { ensureSoaSeeded } from '../soa/soa-seed.ts';

const { orgSetups, contextProfiles, documents, riskCriteria, aiSystems, soaEntries, members, invitations } =
  tables;

const NONE: SetupChoices = { skipped: [], completedAt: null, dismissedAt: null, version: 0 };

async function readChoices(db: Db, orgId: string, forUpdate = false): Promise<SetupChoices> {
  const q = db.select().from(orgSetups).where(inOrg(orgSetups, orgId));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? NONE;
}

const n = (rows: { n: number | string }[]) => Number(rows[0]?.n ?? 0);

/** What the organization's records show for each step (read-only but for seeding an SoA that predates it). */
export async function readSetupFacts(db: Db, orgId: string): Promise<SetupFacts> {
  await ensureSoaSeeded(db, orgId);
  const [profile] = await db
    .select({ iso: contextProfiles.isoRoles, eu: contextProfiles.operatorRoles })
    .from(contextProfiles)
    .where(inOrg(contextProfiles, orgId));
  const scope = await db
    .select({ n: count() })
    .from(documents)
    .where(inOrg(documents, orgId, eq(documents.mandatoryKey, 'aims_scope')));
  const [criteria] = await db
    .select({ number: riskCriteria.number })
    .from(riskCriteria)
    .where(inOrg(riskCriteria, orgId))
    .orderBy(desc(riskCriteria.number))
    .limit(1);
  const systems = await db
    .select({ n: count() })
    .from(aiSystems)
    .where(inOrg(aiSystems, orgId, isNull(aiSystems.archivedAt)));
  const controls = await db
    .select({
      applicable: soaEntries.applicable,
      justification: soaEntries.justification,
      implementationStatus: soaEntries.implementationStatus,
    })
    .from(soaEntries)
    .where(inOrg(soaEntries, orgId));
  const people = await db.select({ n: count() }).from(members).where(inOrg(members, orgId));
  const invited = await db
    .select({ n: count() })
    .from(invitations)
    .where(inOrg(invitations, orgId, isNull(invitations.revokedAt)));
  return {
    aiRoleCount: (profile?.iso.length ?? 0) + (profile?.eu.length ?? 0),
    hasScopeDocument: n(scope) > 0,
    riskCriteriaVersion: criteria?.number ?? 1,
    aiSystemCount: n(systems),
    undecidedControls: controls.filter(
      (c) => !isSoaEntryDecided(c as Parameters<typeof isSoaEntryDecided>[0]),
    ).length,
    members: n(people),
    invitations: n(invited),
  };
}

/** The organization's guided set-up: each step's status, progress, and where the guide resumes. */
export async function getOrgSetup(ctx: OrgContext): Promise<OrgSetup> {
  assertCan(ctx.role, 'setup:read');
  const facts = await readSetupFacts(ctx.db, ctx.orgId);
  return orgSetupStatus(facts, await readChoices(ctx.db, ctx.orgId));
}

/**
 * Skips a step or takes it up again, finishes the guide (refused with 422 naming the steps still to do), puts it
 * away or brings it back. One ledger entry per change; nothing is written when nothing changes.
 */
export async function updateOrgSetup(
  ctx: OrgContext,
  input: UpdateOrgSetupInput,
  expectedVersion?: number,
): Promise<OrgSetup> {
  assertCan(ctx.role, 'setup:update');
  const data = UpdateOrgSetupSchema.parse(input);
  const facts = await readSetupFacts(ctx.db, ctx.orgId);
  return ctx.db.transaction(async (tx) => {
    // Lock the organization row so two writers of a setup row that does not exist yet queue instead of colliding.
    await tx
      .select({ id: tables.organizations.id })
      .from(tables.organizations)
      .where(eq(tables.organizations.id, ctx.orgId))
      .for('no key update');
    const cur = await readChoices(tx, ctx.orgId, true);
    assertVersion(expectedVersion, cur.version);
    const next = { ...cur, skipped: [...cur.skipped] };
    const at = new Date();
    switch (data.action) {
      case 'skip':
        if (!next.skipped.includes(data.step)) next.skipped.push(data.step);
        break;
      case 'reopen':
        next.skipped = next.skipped.filter((k) => k !== data.step);
        next.completedAt = null;
        break;
      case 'finish': {
        const problems = setupFinishProblems(orgSetupStatus(facts, next));
        if (problems.length)
          throw new AppError('RULE_VIOLATION', 'Some set-up steps are neither done nor skipped.', {
            errors: problems,
          });
        next.completedAt ??= at;
        break;
      }
      case 'dismiss':
        next.dismissedAt ??= at;
        break;
      case 'resume':
        next.dismissedAt = null;
        next.completedAt = null;
        break;
    }
    const changed =
      next.skipped.join() !== cur.skipped.join() ||
      next.completedAt !== cur.completedAt ||
      next.dismissedAt !== cur.dismissedAt;
    if (!changed) return orgSetupStatus(facts, cur);
    const version = cur.version + 1;
    const row = {
      skipped: next.skipped,
      completedAt: next.completedAt,
      dismissedAt: next.dismissedAt,
      updatedAt: at,
      updatedBy: ctx.actor.userId ?? null,
      version,
    };
    if (cur.version === 0) await tx.insert(orgSetups).values({ organizationId: ctx.orgId, ...row });
    else await tx.update(orgSetups).set(row).where(inOrg(orgSetups, ctx.orgId));
    await record(ctx, tx, {
      action: 'organization_setup.updated',
      entityType: 'organization_setup',
      entityId: ctx.orgId,
      data: { action: data.action, ...('step' in data ? { step: data.step } : {}), version },
    });
    return orgSetupStatus(facts, { ...next, version });
  });
}
