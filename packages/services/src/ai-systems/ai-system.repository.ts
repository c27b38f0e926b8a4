// Data access for AI systems. Every query takes the organization id.
import type {
  AI_SYSTEM_SORTS,
  AiSystem,
  IsoAiRole,
  LifecycleStage,
  ListQuery,
  OperatorRole,
  Page,
  RiskClass,
  StoredClassification,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { planPage } from '../common/paginate.ts';
import { tenantTable } from '../common/tenant-table.ts';
import type { Link } from '../inventory/inventory-links.ts';

const { aiSystems } = tables;
export type AiSystemRow = typeof aiSystems.$inferSelect;

/** Filters of the AI system list. */
export type AiSystemListQuery = ListQuery & {
  stage?: LifecycleStage;
  riskClass?: RiskClass;
  ownerId?: string;
  supplierId?: string;
  archived?: 'true' | 'false' | 'all';
};

/** Row and its links → API shape. */
export function toAiSystem(r: AiSystemRow, links: Link[] = []): AiSystem {
  const to = (relation: Link['relation']) =>
    links
      .filter((l) => l.relation === relation)
      .map((l) => l.toId)
      .sort();
  return {
    id: r.id,
    organizationId: r.organizationId,
    name: r.name,
    purpose: r.purpose,
    description: r.description,
    lifecycleStage: r.lifecycleStage as LifecycleStage,
    ownerId: r.ownerId,
    isoRoles: r.isoRoles as IsoAiRole[],
    operatorRole: r.operatorRole as OperatorRole | null,
    riskClass: r.riskClass as RiskClass,
    classification: r.classification as StoredClassification | null,
    intendedUse: r.intendedUse,
    foreseeableMisuse: r.foreseeableMisuse,
    humanOversight: r.humanOversight,
    deploymentContext: r.deploymentContext,
    modelIds: to('uses_model'),
    datasetIds: to('uses_dataset'),
    supplierIds: to('supplied_by'),
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** Queries on the `ai_systems` table, scoped to one organization. */
export function aiSystemRepository(db: Db) {
  return {
    ...tenantTable(db, aiSystems),

    async list(orgId: string, query: AiSystemListQuery): Promise<Page<AiSystemRow>> {
      const plan = planPage<(typeof AI_SYSTEM_SORTS)[number], AiSystemRow>({
        query,
        sortable: {
          name: aiSystems.name,
          createdAt: aiSystems.createdAt,
          updatedAt: aiSystems.updatedAt,
          lifecycleStage: aiSystems.lifecycleStage,
          riskClass: aiSystems.riskClass,
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
            query.riskClass ? eq(aiSystems.riskClass, query.riskClass) : undefined,
            query.ownerId ? eq(aiSystems.ownerId, query.ownerId) : undefined,
            // A system is "of" a supplier when supplied by it directly or when it uses a model the supplier provides.
            query.supplierId
              ? sql`${aiSystems.id} in (select l.from_id from entity_links l where l.organization_id = ${orgId} and l.from_type = 'ai_system' and ((l.relation = 'supplied_by' and l.to_id = ${query.supplierId}) or (l.relation = 'uses_model' and l.to_id in (select m.id from models m where m.organization_id = ${orgId} and m.supplier_id = ${query.supplierId}))))`
              : undefined,
            archived === 'false'
              ? isNull(aiSystems.archivedAt)
              : archived === 'true'
                ? isNotNull(aiSystems.archivedAt)
                : undefined,
            plan.where,
          ),
        )
        .orderBy(...plan.orderBy)
        .limit(plan.limit);
      return plan.toPage(rows);
    },
  };
}
