CREATE TABLE "management_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"planned_date" date NOT NULL,
	"chair_id" text,
	"attendee_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"previous_review_id" text,
	"frozen_inputs" text,
	"inputs_sha256" text,
	"frozen_at" timestamp with time zone,
	"frozen_by" text,
	"approved_at" timestamp with time zone,
	"approved_by" text
);
--> statement-breakpoint
CREATE INDEX "management_reviews_org_planned_idx" ON "management_reviews" USING btree ("organization_id","planned_date","id");--> statement-breakpoint
CREATE INDEX "management_reviews_org_created_idx" ON "management_reviews" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "management_reviews_org_title_idx" ON "management_reviews" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "management_reviews_org_frozen_idx" ON "management_reviews" USING btree ("organization_id","frozen_at");
--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- §9.3: the inputs frozen at the meeting never change, and a frozen review is never deleted (retained evidence).
CREATE OR REPLACE FUNCTION aims_management_reviews_frozen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.frozen_inputs IS NOT NULL THEN
      RAISE EXCEPTION 'frozen management reviews are retained records and cannot be deleted';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.frozen_inputs IS NOT NULL AND (NEW.frozen_inputs IS DISTINCT FROM OLD.frozen_inputs
      OR NEW.inputs_sha256 IS DISTINCT FROM OLD.inputs_sha256 OR NEW.frozen_at IS DISTINCT FROM OLD.frozen_at) THEN
    RAISE EXCEPTION 'the frozen inputs of a management review cannot change';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER management_reviews_frozen BEFORE UPDATE OR DELETE ON management_reviews
  FOR EACH ROW EXECUTE FUNCTION aims_management_reviews_frozen();
