CREATE TABLE "datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"dataset_version" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provenance" text DEFAULT '' NOT NULL,
	"acquisition" text DEFAULT '' NOT NULL,
	"quality_requirements" text DEFAULT '' NOT NULL,
	"preparation" text DEFAULT '' NOT NULL,
	"contains_personal_data" boolean,
	"personal_data_notes" text DEFAULT '' NOT NULL,
	"known_bias" text DEFAULT '' NOT NULL,
	"licence" text DEFAULT '' NOT NULL,
	"supplier_id" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_ref" text,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "deployment_gate_rules" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_links" (
	"organization_id" text NOT NULL,
	"from_id" text NOT NULL,
	"relation" text NOT NULL,
	"to_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inventory_links_organization_id_from_id_relation_to_id_pk" PRIMARY KEY("organization_id","from_id","relation","to_id")
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"model_version" text DEFAULT '' NOT NULL,
	"model_type" text DEFAULT '' NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"supplier_id" text,
	"licence" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metrics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verification_records" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_ref" text,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responsibilities" text DEFAULT '' NOT NULL,
	"assessments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certificates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"external_ref" text,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "iso_roles" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "operator_role" text;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "risk_class" text DEFAULT 'unassessed' NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "classification" jsonb;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "intended_use" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "foreseeable_misuse" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "human_oversight" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "deployment_context" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "datasets_org_name_idx" ON "datasets" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "datasets_org_created_idx" ON "datasets" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "datasets_org_updated_idx" ON "datasets" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "datasets_org_supplier_idx" ON "datasets" USING btree ("organization_id","supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_org_external_ref_uq" ON "datasets" USING btree ("organization_id","external_ref") WHERE external_ref is not null;--> statement-breakpoint
CREATE INDEX "inventory_links_org_to_idx" ON "inventory_links" USING btree ("organization_id","to_id");--> statement-breakpoint
CREATE INDEX "models_org_name_idx" ON "models" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "models_org_created_idx" ON "models" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "models_org_updated_idx" ON "models" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "models_org_supplier_idx" ON "models" USING btree ("organization_id","supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "models_org_external_ref_uq" ON "models" USING btree ("organization_id","external_ref") WHERE external_ref is not null;--> statement-breakpoint
CREATE INDEX "suppliers_org_name_idx" ON "suppliers" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "suppliers_org_created_idx" ON "suppliers" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "suppliers_org_updated_idx" ON "suppliers" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_org_external_ref_uq" ON "suppliers" USING btree ("organization_id","external_ref") WHERE external_ref is not null;--> statement-breakpoint
CREATE INDEX "ai_systems_org_class_idx" ON "ai_systems" USING btree ("organization_id","risk_class","id");