CREATE TABLE "impact_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"ai_system_id" text NOT NULL,
	"ai_system_version" integer NOT NULL,
	"title" text NOT NULL,
	"template" text NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"next_review_date" date,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"approved_by" text,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "risk_criteria" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"number" integer NOT NULL,
	"likelihood_labels" jsonb NOT NULL,
	"consequence_labels" jsonb NOT NULL,
	"bands" jsonb NOT NULL,
	"appetite" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_system_id" text,
	"risk_source" text,
	"affected_objective" text,
	"threat_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" text,
	"likelihood" integer NOT NULL,
	"consequence" integer NOT NULL,
	"inherent_score" integer NOT NULL,
	"inherent_level" text NOT NULL,
	"criteria_id" text NOT NULL,
	"criteria_version" integer NOT NULL,
	"treatment_option" text,
	"own_controls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"treatment_actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"residual_likelihood" integer,
	"residual_consequence" integer,
	"residual_score" integer,
	"residual_level" text,
	"accepted_by" text,
	"accepted_at" timestamp with time zone,
	"acceptance_note" text DEFAULT '' NOT NULL,
	"review_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"needs_reassessment" boolean DEFAULT false NOT NULL,
	"reassessment_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "threats" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tactics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "impact_assessments_org_system_number_uq" ON "impact_assessments" USING btree ("organization_id","ai_system_id","number");--> statement-breakpoint
CREATE INDEX "impact_assessments_org_created_idx" ON "impact_assessments" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_criteria_org_number_uq" ON "risk_criteria" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "risks_org_title_idx" ON "risks" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "risks_org_created_idx" ON "risks" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "risks_org_system_idx" ON "risks" USING btree ("organization_id","ai_system_id");--> statement-breakpoint
CREATE UNIQUE INDEX "threats_org_source_ext_uq" ON "threats" USING btree ("organization_id","source","external_id");