CREATE TABLE "alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"metric_id" text NOT NULL,
	"level" text NOT NULL,
	"value" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"window_points" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"nonconformity_id" text,
	"incident_id" text,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_measurements" (
	"organization_id" text NOT NULL,
	"metric_id" text NOT NULL,
	"client_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "metric_measurements_pk" PRIMARY KEY("organization_id","metric_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_system_id" text,
	"objective_id" text,
	"kpi_id" text,
	"unit" text DEFAULT '' NOT NULL,
	"direction" text NOT NULL,
	"warning_threshold" double precision,
	"breach_threshold" double precision,
	"aggregate" text DEFAULT 'last' NOT NULL,
	"window_points" integer DEFAULT 1 NOT NULL,
	"window_minutes" integer,
	"on_breach" text DEFAULT 'none' NOT NULL,
	"otel_name" text,
	"otel_attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"level" text DEFAULT 'no_data' NOT NULL,
	"last_value" double precision,
	"last_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	CONSTRAINT "metrics_org_id_uq" UNIQUE("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_metric_fk" FOREIGN KEY ("organization_id","metric_id") REFERENCES "public"."metrics"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_measurements" ADD CONSTRAINT "metric_measurements_metric_fk" FOREIGN KEY ("organization_id","metric_id") REFERENCES "public"."metrics"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_org_created_idx" ON "alerts" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "alerts_org_metric_idx" ON "alerts" USING btree ("organization_id","metric_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_unresolved_uq" ON "alerts" USING btree ("organization_id","metric_id","level") WHERE status <> 'resolved';--> statement-breakpoint
CREATE INDEX "metric_measurements_org_metric_at_idx" ON "metric_measurements" USING btree ("organization_id","metric_id","at","client_id");--> statement-breakpoint
CREATE INDEX "metrics_org_name_idx" ON "metrics" USING btree ("organization_id","name","id");--> statement-breakpoint
CREATE INDEX "metrics_org_created_idx" ON "metrics" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "metrics_org_otel_idx" ON "metrics" USING btree ("organization_id","otel_name");--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- Composite (organization_id, id) targets on the records a metric or alert links to, so a link can never point
-- into another organization. id is already unique, so these indexes only make the pair referenceable.
CREATE UNIQUE INDEX IF NOT EXISTS "nonconformities_org_id_uq" ON "nonconformities" ("organization_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "incidents_org_id_uq" ON "incidents" ("organization_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "ai_systems_org_id_uq" ON "ai_systems" ("organization_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "objectives_org_id_uq" ON "objectives" ("organization_id","id");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_nonconformity_fk" FOREIGN KEY ("organization_id","nonconformity_id") REFERENCES "nonconformities"("organization_id","id");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_incident_fk" FOREIGN KEY ("organization_id","incident_id") REFERENCES "incidents"("organization_id","id");--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_ai_system_fk" FOREIGN KEY ("organization_id","ai_system_id") REFERENCES "ai_systems"("organization_id","id");--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_objective_fk" FOREIGN KEY ("organization_id","objective_id") REFERENCES "objectives"("organization_id","id");
