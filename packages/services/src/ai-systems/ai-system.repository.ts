// Data access for AI systems. Every query takes the organization id.
import { AI_SYSTEM_SORTS, type AiSystem, type LifecycleStage, type ListQuery, type Page } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { planPage } from '../common/paginate.ts';

const { aiSystems } = tables;
export type AiSystemRow = typeof aiSystems.$inferSelect;

/** Row → API shape. */
export function toAiSystem(r: AiSystemRow): AiSystem {
  return {
    id: r.id,
    organizationId: r.organizationId,
    name: r.name,
    purpose: r.purpose,
    description: r.description,
    lifecycleStage: r.lifecycleStage as LifecycleStage,
    ownerId: r.ownerId,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** Queries on the `ai_systems` table, scoped to one organization. */
export function aiSystemRepository(db: Db) {
  return {
    async find(orgId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<AiSystemRow | undefined> {
      const q = db.select().from(aiSystems).where(and(eq(aiSystems.organizationId, orgId), eq(aiSystems.id, id)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async list(
      orgId: string,
      query: ListQuery & { stage?: LifecycleStage; archived?: 'true' | 'false' | 'all' },
    ): Promise<Page<AiSystemRow>> {
      const plan = planPage<(typeof AI_SYSTEM_SORTS)[number], AiSystemRow>({
        query,
        sortable: {
          name: aiSystems.name,
          createdAt: aiSystems.createdAt,
          updatedAt: aiSystems.updatedAt,
          lifecycleStage: aiSystems.lifecycleStage,
        },
        defaultSort: { field: 'name', desc: false },
        idColumn: aiSystems.id,
        searchColumns: [aiSystems.name, aiSystems.purpose],
        sortValue: (r, f) => r[f],
      });
      const archived = query.archived ?? 'false';
      const rows = await db
        .select()
        .from(aiSystems)
        .where(
          and(
            eq(aiSystems.organizationId, orgId),
            query.stage ? eq(aiSystems.lifecycleStage, query.stage) : undefined,
            archived === 'false' ? isNull(aiSystems.archivedAt) : archived === 'true' ? isNotNull(aiSystems.archivedAt) : undefined,
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      return plan.toPage(rows);
    },

    async insert(row: AiSystemRow): Promise<AiSystemRow> {
      const [out] = await db.insert(aiSystems).values(row).returning();
      return out!;
    },

    async update(orgId: string, id: string, set: Partial<AiSystemRow>): Promise<AiSystemRow> {
      const [out] = await db
        .update(aiSystems)
        .set(set)
        .where(and(eq(aiSystems.organizationId, orgId), eq(aiSystems.id, id)))
        .returning();
      return out!;
    },
  };
}
