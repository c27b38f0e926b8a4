CREATE TABLE "ledger_checkpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"seq" integer NOT NULL,
	"hash" text NOT NULL,
	"count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "soa_draft_state" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"draft_hash" text,
	"catalog_version" text,
	"link_summary" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ledger_checkpoints_org_seq_idx" ON "ledger_checkpoints" USING btree ("organization_id","seq");--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- Issue 17: every write that changes the working SoA (an SoA entry, or a link between a control and a risk,
-- evidence or document) bumps soa_draft_state.revision and clears its stored hash in the writing transaction,
-- whichever code path (service, import, restore, bulk SQL) wrote it. The organization's ledger head is locked
-- first, as every write's ledger entry does, so the lock order stays ledger head → draft state (no deadlock).
CREATE OR REPLACE FUNCTION soa_draft_touch(orgs text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF orgs IS NULL OR cardinality(orgs) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM ledger_heads WHERE organization_id = ANY(orgs) ORDER BY organization_id FOR UPDATE;
  INSERT INTO soa_draft_state (organization_id, revision, draft_hash, catalog_version, updated_at)
    SELECT o, 1, NULL, NULL, now() FROM unnest(orgs) AS o ORDER BY o
  ON CONFLICT (organization_id) DO UPDATE
    SET revision = soa_draft_state.revision + 1, draft_hash = NULL, link_summary = NULL, updated_at = now();
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION soa_draft_touch_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM old_rows));
  ELSE
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION soa_draft_touch_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM new_rows
      WHERE (from_type = 'control' AND to_type IN ('risk', 'evidence', 'document'))
         OR (to_type = 'control' AND from_type IN ('risk', 'evidence', 'document'))));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM old_rows
      WHERE (from_type = 'control' AND to_type IN ('risk', 'evidence', 'document'))
         OR (to_type = 'control' AND from_type IN ('risk', 'evidence', 'document'))));
  ELSE
    PERFORM soa_draft_touch(ARRAY(SELECT DISTINCT organization_id FROM (
      SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) r
      WHERE (from_type = 'control' AND to_type IN ('risk', 'evidence', 'document'))
         OR (to_type = 'control' AND from_type IN ('risk', 'evidence', 'document'))));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER soa_entries_draft_ins AFTER INSERT ON soa_entries REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_entries();--> statement-breakpoint
CREATE TRIGGER soa_entries_draft_upd AFTER UPDATE ON soa_entries REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_entries();--> statement-breakpoint
CREATE TRIGGER soa_entries_draft_del AFTER DELETE ON soa_entries REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_entries();--> statement-breakpoint
CREATE TRIGGER entity_links_draft_ins AFTER INSERT ON entity_links REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_links();--> statement-breakpoint
CREATE TRIGGER entity_links_draft_upd AFTER UPDATE ON entity_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_links();--> statement-breakpoint
CREATE TRIGGER entity_links_draft_del AFTER DELETE ON entity_links REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION soa_draft_touch_links();
