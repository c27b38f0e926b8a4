CREATE TABLE "audit_checklist_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"audit_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"result" text,
	"notes" text DEFAULT '' NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"objectives" text DEFAULT '' NOT NULL,
	"start_year" integer NOT NULL,
	"years" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"programme_id" text,
	"year" integer,
	"stage" text DEFAULT 'internal' NOT NULL,
	"title" text NOT NULL,
	"scope" jsonb NOT NULL,
	"criteria" text DEFAULT '' NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"lead_id" text,
	"team_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"sample_size" integer DEFAULT 3 NOT NULL,
	"sample_seed" integer,
	"sample" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"audit_id" text NOT NULL,
	"checklist_item_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"requirement_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"nonconformity_id" text,
	"origin" text DEFAULT 'internal' NOT NULL,
	"external_id" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_checklist_items_audit_pos_uq" ON "audit_checklist_items" USING btree ("organization_id","audit_id","position");--> statement-breakpoint
CREATE INDEX "audit_programmes_org_idx" ON "audit_programmes" USING btree ("organization_id","start_year");--> statement-breakpoint
CREATE INDEX "audits_org_start_idx" ON "audits" USING btree ("organization_id","planned_start","id");--> statement-breakpoint
CREATE INDEX "audits_org_status_idx" ON "audits" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "audits_org_programme_idx" ON "audits" USING btree ("organization_id","programme_id");--> statement-breakpoint
CREATE INDEX "findings_org_audit_idx" ON "findings" USING btree ("organization_id","audit_id","created_at");--> statement-breakpoint
CREATE INDEX "findings_org_status_idx" ON "findings" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_org_audit_external_uq" ON "findings" USING btree ("organization_id","audit_id","external_id");