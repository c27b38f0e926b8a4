// §8.2: AI risk assessments are performed again when significant changes occur. A change of an AI system's
// life cycle stage or purpose flags its open risks for re-assessment; re-rating them clears the flag.
import { type Db, tables } from '@openaims/db';
import { eq, ne } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';

const { risks } = tables;

/** Flags the not-closed risks of an AI system in the caller's transaction, one ledger entry per risk. */
export async function flagRisksForReassessment(
  ctx: OrgContext,
  tx: Db,
  aiSystemId: string,
  reason: string,
): Promise<string[]> {
  const rows = await tx
    .select({ id: risks.id, version: risks.version })
    .from(risks)
    .where(inOrg(risks, ctx.orgId, eq(risks.aiSystemId, aiSystemId), ne(risks.status, 'closed')))
    .for('update');
  const at = new Date();
  for (const r of rows) {
    await tx
      .update(risks)
      .set({ needsReassessment: true, reassessmentReason: reason, updatedAt: at, version: r.version + 1 })
      .where(inOrg(risks, ctx.orgId, eq(risks.id, r.id)));
    await record(ctx, tx, {
      action: 'risk.reassessment_flagged',
      entityType: 'risk',
      entityId: r.id,
      data: { version: r.version + 1, aiSystemId, reason },
    });
  }
  return rows.map((r) => r.id);
}
