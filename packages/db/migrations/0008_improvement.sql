CREATE TABLE "corrective_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"nonconformity_id" text NOT NULL,
	"description" text NOT NULL,
	"owner_id" text,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"effective" boolean,
	"effectiveness_note" text DEFAULT '' NOT NULL,
	"checked_at" timestamp with time zone,
	"checked_by" text
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_system_id" text,
	"occurred_at" date NOT NULL,
	"aware_on" date NOT NULL,
	"severity" text NOT NULL,
	"serious_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"widespread" boolean DEFAULT false NOT NULL,
	"reporting_deadline" date,
	"reported_on" date,
	"authority" text DEFAULT '' NOT NULL,
	"informed" text DEFAULT '' NOT NULL,
	"nonconformity_id" text,
	"status" text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nonconformities" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"severity" text NOT NULL,
	"requirement_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detected_on" date NOT NULL,
	"owner_id" text,
	"correction" text DEFAULT '' NOT NULL,
	"root_cause" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE INDEX "corrective_actions_org_nc_idx" ON "corrective_actions" USING btree ("organization_id","nonconformity_id","created_at");--> statement-breakpoint
CREATE INDEX "incidents_org_aware_idx" ON "incidents" USING btree ("organization_id","aware_on","id");--> statement-breakpoint
CREATE INDEX "nonconformities_org_detected_idx" ON "nonconformities" USING btree ("organization_id","detected_on","id");--> statement-breakpoint
CREATE INDEX "nonconformities_org_status_idx" ON "nonconformities" USING btree ("organization_id","status");