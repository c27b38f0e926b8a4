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
import { sql } from 'drizzle-orm';
import { archivedFilter, eqIf, tenantPage } from '../common/list-page.ts';
import { recordStamps } from '../common/record-stamps.ts';
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
    ...recordStamps(r),
  };
}

/** Queries on the `ai_systems` table, scoped to one organization. */
export function aiSystemRepository(db: Db) {
  return {
    ...tenantTable(db, aiSystems),

    list(orgId: string, query: AiSystemListQuery): Promise<Page<AiSystemRow>> {
      return tenantPage<typeof aiSystems, (typeof AI_SYSTEM_SORTS)[number]>(db, aiSystems, orgId, query, {
        sortable: {
          name: aiSystems.name,
          createdAt: aiSystems.createdAt,
          updatedAt: aiSystems.updatedAt,
          lifecycleStage: aiSystems.lifecycleStage,
          riskClass: aiSystems.riskClass,
        },
        defaultSort: { field: 'name', desc: false },
        searchColumns: [aiSystems.name, aiSystems.purpose],
        filters: [
          eqIf(aiSystems.lifecycleStage, query.stage),
          eqIf(aiSystems.riskClass, query.riskClass),
          eqIf(aiSystems.ownerId, query.ownerId),
          // A system is "of" a supplier when supplied by it directly or when it uses a model the supplier provides.
          query.supplierId
            ? sql`${aiSystems.id} in (select l.from_id from entity_links l where l.organization_id = ${orgId} and l.from_type = 'ai_system' and ((l.relation = 'supplied_by' and l.to_id = ${query.supplierId}) or (l.relation = 'uses_model' and l.to_id in (select m.id from models m where m.organization_id = ${orgId} and m.supplier_id = ${query.supplierId}))))`
            : undefined,
          archivedFilter(aiSystems.archivedAt, query.archived),
        ],
      });
    },
  };
}
