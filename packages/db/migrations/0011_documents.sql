CREATE TABLE "document_acknowledgements" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"document_id" text NOT NULL,
	"version_id" text NOT NULL,
	"version_number" integer NOT NULL,
	"user_id" text NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"document_id" text NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"authored_by" text,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"rejected_by" text,
	"rejected_at" timestamp with time zone,
	"rejection_note" text DEFAULT '' NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" text,
	"mandatory_key" text,
	"requirement_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"latest_version_number" integer DEFAULT 0 NOT NULL,
	"current_version_id" text,
	"current_version_number" integer,
	"current_content_hash" text,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"next_review_date" date
);
--> statement-breakpoint
CREATE UNIQUE INDEX "document_acks_org_version_user_uq" ON "document_acknowledgements" USING btree ("organization_id","version_id","user_id");--> statement-breakpoint
CREATE INDEX "document_acks_org_doc_idx" ON "document_acknowledgements" USING btree ("organization_id","document_id","acknowledged_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_org_doc_number_uq" ON "document_versions" USING btree ("organization_id","document_id","number");--> statement-breakpoint
CREATE INDEX "documents_org_title_idx" ON "documents" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "documents_org_created_idx" ON "documents" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "documents_org_review_idx" ON "documents" USING btree ("organization_id","next_review_date");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_org_mandatory_uq" ON "documents" USING btree ("organization_id","mandatory_key");--> statement-breakpoint
-- Approved and superseded versions are frozen (§7.5.3, DESIGN §2.4): the database itself refuses a change to their
-- content or hash, a move back out of approved/superseded, and their deletion.
CREATE OR REPLACE FUNCTION aims_document_versions_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status IN ('approved', 'superseded') THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'approved document versions are frozen';
    END IF;
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
       OR NEW.status NOT IN ('approved', 'superseded') OR (OLD.status = 'superseded' AND NEW.status <> 'superseded') THEN
      RAISE EXCEPTION 'approved document versions are frozen';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER document_versions_frozen BEFORE UPDATE OR DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION aims_document_versions_frozen();
