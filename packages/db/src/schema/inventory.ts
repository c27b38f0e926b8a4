// AI inventory (§4.1, A.4, A.6, A.7, A.10): AI systems, models, datasets, suppliers. Links between them
// (system uses model/dataset, is supplied by; model trained/validated/tested on dataset) are `entity_links` rows.
import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, externalRefIndex, sortIndexes, tstz } from './columns.ts';

export const aiSystems = pgTable(
  'ai_systems',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    description: text('description').notNull().default(''),
    lifecycleStage: text('lifecycle_stage').notNull(),
    ownerId: text('owner_id'),
    isoRoles: jsonb('iso_roles').$type<string[]>().notNull().default([]),
    operatorRole: text('operator_role'),
    riskClass: text('risk_class').notNull().default('unassessed'),
    classification: jsonb('classification'),
    intendedUse: text('intended_use').notNull().default(''),
    foreseeableMisuse: text('foreseeable_misuse').notNull().default(''),
    humanOversight: text('human_oversight').notNull().default(''),
    deploymentContext: text('deployment_context').notNull().default(''),
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    ...sortIndexes('ai_systems', t, {
      name: t.name,
      created: t.createdAt,
      updated: t.updatedAt,
      class: t.riskClass,
      stage: t.lifecycleStage,
    }),
  ],
);

/** Columns models, datasets and suppliers share: where the record came from, for re-imports. */
const importable = () => ({
  source: text('source').notNull().default('manual'),
  externalRef: text('external_ref'),
  archivedAt: tstz('archived_at'),
});

export const models = pgTable(
  'models',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    modelVersion: text('model_version').notNull().default(''),
    modelType: text('model_type').notNull().default(''),
    provider: text('provider').notNull().default(''),
    supplierId: text('supplier_id'),
    licence: text('licence').notNull().default(''),
    description: text('description').notNull().default(''),
    metrics: jsonb('metrics').notNull().default([]),
    verificationRecords: jsonb('verification_records').notNull().default([]),
    attributes: jsonb('attributes').notNull().default({}),
    ...importable(),
  },
  (t) => [
    ...sortIndexes('models', t, { name: t.name, created: t.createdAt, updated: t.updatedAt }),
    index('models_org_supplier_idx').on(t.organizationId, t.supplierId),
    externalRefIndex('models', t),
  ],
);

export const datasets = pgTable(
  'datasets',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    datasetVersion: text('dataset_version').notNull().default(''),
    description: text('description').notNull().default(''),
    provenance: text('provenance').notNull().default(''),
    acquisition: text('acquisition').notNull().default(''),
    qualityRequirements: text('quality_requirements').notNull().default(''),
    preparation: text('preparation').notNull().default(''),
    containsPersonalData: boolean('contains_personal_data'),
    personalDataNotes: text('personal_data_notes').notNull().default(''),
    knownBias: text('known_bias').notNull().default(''),
    licence: text('licence').notNull().default(''),
    supplierId: text('supplier_id'),
    attributes: jsonb('attributes').notNull().default({}),
    ...importable(),
  },
  (t) => [
    ...sortIndexes('datasets', t, { name: t.name, created: t.createdAt, updated: t.updatedAt }),
    index('datasets_org_supplier_idx').on(t.organizationId, t.supplierId),
    externalRefIndex('datasets', t),
  ],
);

export const suppliers = pgTable(
  'suppliers',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    url: text('url').notNull().default(''),
    description: text('description').notNull().default(''),
    provides: jsonb('provides').$type<string[]>().notNull().default([]),
    responsibilities: text('responsibilities').notNull().default(''),
    assessments: jsonb('assessments').notNull().default([]),
    certificates: jsonb('certificates').notNull().default([]),
    ...importable(),
  },
  (t) => [
    ...sortIndexes('suppliers', t, { name: t.name, created: t.createdAt, updated: t.updatedAt }),
    externalRefIndex('suppliers', t),
  ],
);

/** Per-organization deployment gate settings (A.6.2.5); absent row = defaults. */
export const deploymentGateRules = pgTable('deployment_gate_rules', {
  organizationId: text('organization_id').primaryKey(),
  rules: jsonb('rules').notNull(),
  updatedAt: tstz('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
