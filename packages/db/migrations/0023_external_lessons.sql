CREATE TABLE "external_lessons" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"title" text NOT NULL,
	"date" text,
	"description" text DEFAULT '' NOT NULL,
	"url" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "external_lessons_org_source_ext_uq" ON "external_lessons" USING btree ("organization_id","source","external_id");--> statement-breakpoint
CREATE INDEX "external_lessons_org_title_idx" ON "external_lessons" USING btree ("organization_id","title","id");