CREATE TABLE "clause_statuses" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"clause_ref" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"owner_id" text,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_texts" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"control_ref" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text
);
--> statement-breakpoint
CREATE TABLE "entity_links" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"from_type" text NOT NULL,
	"from_id" text NOT NULL,
	"to_type" text NOT NULL,
	"to_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "soa_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"control_ref" text NOT NULL,
	"applicable" boolean DEFAULT true NOT NULL,
	"justification" text DEFAULT '' NOT NULL,
	"implementation_status" text DEFAULT 'not_started' NOT NULL,
	"owner_id" text
);
--> statement-breakpoint
CREATE TABLE "soa_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "clause_statuses_org_clause_uq" ON "clause_statuses" USING btree ("organization_id","clause_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "control_texts_org_control_uq" ON "control_texts" USING btree ("organization_id","control_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "entity_links_uq" ON "entity_links" USING btree ("organization_id","from_type","from_id","to_type","to_id");--> statement-breakpoint
CREATE INDEX "entity_links_to_idx" ON "entity_links" USING btree ("organization_id","to_type","to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "soa_entries_org_control_uq" ON "soa_entries" USING btree ("organization_id","control_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "soa_versions_org_number_uq" ON "soa_versions" USING btree ("organization_id","number");