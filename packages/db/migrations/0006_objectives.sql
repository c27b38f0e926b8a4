CREATE TABLE "objective_measurements" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"objective_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"value" double precision NOT NULL,
	"measured_at" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"policy_link" text DEFAULT '' NOT NULL,
	"owner_id" text,
	"target_date" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"kpis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "objective_measurements_org_kpi_idx" ON "objective_measurements" USING btree ("organization_id","objective_id","kpi_id","measured_at");--> statement-breakpoint
CREATE INDEX "objectives_org_title_idx" ON "objectives" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "objectives_org_created_idx" ON "objectives" USING btree ("organization_id","created_at","id");