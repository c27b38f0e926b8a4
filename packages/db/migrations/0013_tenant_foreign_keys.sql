-- Links between records of one organization are composite foreign keys (organization_id, x_id) → (organization_id, id),
-- so the database itself refuses another organization's id, whatever code path writes it. Existing rows are checked
-- first: a row that names another organization's record (or none) stops the migration with a message naming it.
CREATE UNIQUE INDEX IF NOT EXISTS "ai_systems_org_id_uq" ON "ai_systems" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "competences_org_id_uq" ON "competences" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "document_versions_org_id_uq" ON "document_versions" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "documents_org_id_uq" ON "documents" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "nonconformities_org_id_uq" ON "nonconformities" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "objectives_org_id_uq" ON "objectives" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "risk_criteria_org_id_uq" ON "risk_criteria" ("organization_id", "id");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "suppliers_org_id_uq" ON "suppliers" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "risks" c
   WHERE c."ai_system_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "ai_systems" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."ai_system_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of risks.ai_system_id name a ai_systems record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_ai_system_id_tenant_fk" FOREIGN KEY ("organization_id", "ai_system_id") REFERENCES "ai_systems" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "risks" c
   WHERE c."criteria_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "risk_criteria" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."criteria_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of risks.criteria_id name a risk_criteria record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_criteria_id_tenant_fk" FOREIGN KEY ("organization_id", "criteria_id") REFERENCES "risk_criteria" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "impact_assessments" c
   WHERE c."ai_system_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "ai_systems" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."ai_system_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of impact_assessments.ai_system_id name a ai_systems record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_ai_system_id_tenant_fk" FOREIGN KEY ("organization_id", "ai_system_id") REFERENCES "ai_systems" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "models" c
   WHERE c."supplier_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "suppliers" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."supplier_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of models.supplier_id name a suppliers record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_supplier_id_tenant_fk" FOREIGN KEY ("organization_id", "supplier_id") REFERENCES "suppliers" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "datasets" c
   WHERE c."supplier_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "suppliers" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."supplier_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of datasets.supplier_id name a suppliers record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_supplier_id_tenant_fk" FOREIGN KEY ("organization_id", "supplier_id") REFERENCES "suppliers" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "corrective_actions" c
   WHERE c."nonconformity_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "nonconformities" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."nonconformity_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of corrective_actions.nonconformity_id name a nonconformities record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_nonconformity_id_tenant_fk" FOREIGN KEY ("organization_id", "nonconformity_id") REFERENCES "nonconformities" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "incidents" c
   WHERE c."ai_system_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "ai_systems" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."ai_system_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of incidents.ai_system_id name a ai_systems record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_ai_system_id_tenant_fk" FOREIGN KEY ("organization_id", "ai_system_id") REFERENCES "ai_systems" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "incidents" c
   WHERE c."nonconformity_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "nonconformities" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."nonconformity_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of incidents.nonconformity_id name a nonconformities record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_nonconformity_id_tenant_fk" FOREIGN KEY ("organization_id", "nonconformity_id") REFERENCES "nonconformities" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "document_versions" c
   WHERE c."document_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."document_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of document_versions.document_id name a documents record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_tenant_fk" FOREIGN KEY ("organization_id", "document_id") REFERENCES "documents" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "document_acknowledgements" c
   WHERE c."document_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "documents" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."document_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of document_acknowledgements.document_id name a documents record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_document_id_tenant_fk" FOREIGN KEY ("organization_id", "document_id") REFERENCES "documents" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "document_acknowledgements" c
   WHERE c."version_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "document_versions" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."version_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of document_acknowledgements.version_id name a document_versions record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_version_id_tenant_fk" FOREIGN KEY ("organization_id", "version_id") REFERENCES "document_versions" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "objective_measurements" c
   WHERE c."objective_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "objectives" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."objective_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of objective_measurements.objective_id name a objectives record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "objective_measurements" ADD CONSTRAINT "objective_measurements_objective_id_tenant_fk" FOREIGN KEY ("organization_id", "objective_id") REFERENCES "objectives" ("organization_id", "id");
--> statement-breakpoint
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM "trainings" c
   WHERE c."competence_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "competences" p WHERE p."organization_id" = c."organization_id" AND p."id" = c."competence_id");
  IF bad > 0 THEN
    RAISE EXCEPTION 'Upgrade stopped (0013_tenant_foreign_keys): % row(s) of trainings.competence_id name a competences record of another organization or none. Clear or correct them, then start again.', bad;
  END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_competence_id_tenant_fk" FOREIGN KEY ("organization_id", "competence_id") REFERENCES "competences" ("organization_id", "id");
