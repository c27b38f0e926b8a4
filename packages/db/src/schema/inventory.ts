// AI inventory (§4.1, A.4): AI systems first; models, datasets and suppliers join here.
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, tstz } from './columns.ts';

export const aiSystems = pgTable(
  'ai_systems',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    description: text('description').notNull().default(''),
    lifecycleStage: text('lifecycle_stage').notNull(),
    ownerId: text('owner_id'),
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    index('ai_systems_org_name_idx').on(t.organizationId, t.name, t.id),
    index('ai_systems_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('ai_systems_org_updated_idx').on(t.organizationId, t.updatedAt, t.id),
  ],
);
