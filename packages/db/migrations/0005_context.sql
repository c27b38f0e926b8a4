CREATE TABLE "context_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"effect" text,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" text,
	"review_date" date,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "context_profiles" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"iso_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"operator_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"roles_note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "context_items_org_title_idx" ON "context_items" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "context_items_org_kind_idx" ON "context_items" USING btree ("organization_id","kind","id");--> statement-breakpoint
CREATE INDEX "context_items_org_created_idx" ON "context_items" USING btree ("organization_id","created_at","id");