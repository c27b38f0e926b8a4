CREATE TABLE "evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"evidence_date" date NOT NULL,
	"valid_until" date,
	"owner_id" text,
	"url" text,
	"sha256" text,
	"size" bigint,
	"media_type" text,
	"file_name" text,
	"uploaded_by" text,
	"archived_at" timestamp with time zone,
	"archived_by" text
);
--> statement-breakpoint
CREATE INDEX "evidence_org_created_idx" ON "evidence" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "evidence_org_title_idx" ON "evidence" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "evidence_org_valid_until_idx" ON "evidence" USING btree ("organization_id","valid_until");--> statement-breakpoint
CREATE INDEX "evidence_org_sha256_idx" ON "evidence" USING btree ("organization_id","sha256");--> statement-breakpoint
-- A file record carries its hash, size and type; a link record its address (§7.5.3: identifiable records).
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_kind_fields_ck" CHECK (("kind" = 'file' AND "sha256" IS NOT NULL AND "size" IS NOT NULL AND "media_type" IS NOT NULL) OR ("kind" = 'link' AND "url" IS NOT NULL));
