CREATE TABLE "concern_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"concern_id" text NOT NULL,
	"from" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"ai_system_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"triage_note" text DEFAULT '' NOT NULL,
	"reporter_name" text,
	"reporter_email" text,
	"follow_up_hash" text NOT NULL,
	"incident_id" text,
	"nonconformity_id" text
);
--> statement-breakpoint
CREATE TABLE "transparency_records" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"ai_system_id" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"capabilities" text DEFAULT '' NOT NULL,
	"limitations" text DEFAULT '' NOT NULL,
	"human_oversight" text DEFAULT '' NOT NULL,
	"contest" text DEFAULT '' NOT NULL,
	"ai_disclosure" text DEFAULT '' NOT NULL,
	"user_notes" text DEFAULT '' NOT NULL,
	"operator_notes" text DEFAULT '' NOT NULL,
	"authority_notes" text DEFAULT '' NOT NULL,
	"reporting_duties" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"public_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "concern_messages_org_concern_idx" ON "concern_messages" USING btree ("organization_id","concern_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_follow_up_hash_uq" ON "concerns" USING btree ("follow_up_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_org_id_uq" ON "concerns" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "concerns_org_created_idx" ON "concerns" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "transparency_records_org_system_uq" ON "transparency_records" USING btree ("organization_id","ai_system_id");--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- Tenant foreign keys (see 0013_tenant_foreign_keys): a record names only its own organization's rows.
ALTER TABLE "transparency_records" ADD CONSTRAINT "transparency_records_ai_system_id_tenant_fk" FOREIGN KEY ("organization_id", "ai_system_id") REFERENCES "ai_systems" ("organization_id", "id");
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_ai_system_id_tenant_fk" FOREIGN KEY ("organization_id", "ai_system_id") REFERENCES "ai_systems" ("organization_id", "id");
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_incident_id_tenant_fk" FOREIGN KEY ("organization_id", "incident_id") REFERENCES "incidents" ("organization_id", "id");
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_nonconformity_id_tenant_fk" FOREIGN KEY ("organization_id", "nonconformity_id") REFERENCES "nonconformities" ("organization_id", "id");
--> statement-breakpoint
ALTER TABLE "concern_messages" ADD CONSTRAINT "concern_messages_concern_id_tenant_fk" FOREIGN KEY ("organization_id", "concern_id") REFERENCES "concerns" ("organization_id", "id");
