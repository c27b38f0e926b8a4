CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" text,
	"due_date" date,
	"due_sort" date GENERATED ALWAYS AS (coalesce(due_date, '9999-12-31'::date)) STORED NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"kind" text DEFAULT 'general' NOT NULL,
	"source_type" text,
	"source_id" text,
	"completed_at" timestamp with time zone,
	"completed_by" text,
	"created_by" text
);
--> statement-breakpoint
ALTER TABLE "risks" ADD COLUMN "treatment_approved_by" text;--> statement-breakpoint
ALTER TABLE "risks" ADD COLUMN "treatment_approved_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "tasks_org_status_due_idx" ON "tasks" USING btree ("organization_id","status","due_date");--> statement-breakpoint
CREATE INDEX "tasks_org_source_idx" ON "tasks" USING btree ("organization_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "tasks_org_owner_status_idx" ON "tasks" USING btree ("organization_id","owner_id","status");--> statement-breakpoint
CREATE INDEX "tasks_org_due_sort_idx" ON "tasks" USING btree ("organization_id","due_sort","id");--> statement-breakpoint
CREATE INDEX "tasks_org_created_idx" ON "tasks" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "tasks_org_title_idx" ON "tasks" USING btree ("organization_id","title","id");--> statement-breakpoint
-- Custom SQL (not generated): treatment actions move from the risks.treatment_actions JSON array into tasks
-- (kind 'treatment', source the risk, §6.1.3), then the column goes. Ids keep their random part
-- (rta_X -> tsk_X); an element without a well-formed id gets a deterministic one from the risk id and position.
-- A malformed or impossible due date (e.g. 2026-02-31, which the old check let through) becomes null.
INSERT INTO "tasks" ("id", "organization_id", "created_at", "updated_at", "version", "title", "description",
  "owner_id", "due_date", "status", "kind", "source_type", "source_id", "completed_at", "completed_by", "created_by")
SELECT
  CASE WHEN a.elem->>'id' ~ '^rta_[0-9a-hjkmnp-tv-z]{26}$' THEN 'tsk_' || substr(a.elem->>'id', 5)
       ELSE 'tsk_' || substr(md5(r.id || ':' || a.ord::text), 1, 26) END,
  r.organization_id,
  r.updated_at,
  r.updated_at,
  1,
  coalesce(nullif(left(btrim(coalesce(a.elem->>'description', '')), 300), ''), 'Treatment action'),
  CASE WHEN length(btrim(coalesce(a.elem->>'description', ''))) > 300 THEN a.elem->>'description' ELSE '' END,
  nullif(a.elem->>'ownerId', ''),
  CASE WHEN a.elem->>'dueDate' ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$' THEN
    CASE WHEN substr(a.elem->>'dueDate', 9, 2)::int <= extract(day from
      ((substr(a.elem->>'dueDate', 1, 7) || '-01')::date + interval '1 month' - interval '1 day'))
    THEN (a.elem->>'dueDate')::date END
  END,
  CASE WHEN a.elem->>'status' = 'done' THEN 'done' ELSE 'open' END,
  'treatment',
  'risk',
  r.id,
  CASE WHEN a.elem->>'status' = 'done' THEN r.updated_at END,
  NULL,
  NULL
FROM "risks" r
CROSS JOIN LATERAL jsonb_array_elements(
  CASE WHEN jsonb_typeof(r.treatment_actions) = 'array' THEN r.treatment_actions ELSE '[]'::jsonb END
) WITH ORDINALITY AS a(elem, ord)
WHERE jsonb_typeof(a.elem) = 'object';
--> statement-breakpoint
ALTER TABLE "risks" DROP COLUMN "treatment_actions";
