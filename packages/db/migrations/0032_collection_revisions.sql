CREATE TABLE "collection_revisions" (
	"organization_id" text NOT NULL,
	"collection" text NOT NULL,
	"revision" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "collection_revisions_organization_id_collection_pk" PRIMARY KEY("organization_id","collection")
);
--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- Issue 17: every transaction that writes what the risk register's answer is built from (a risk, a link from or
-- to a risk, a criteria row's appetite) gives the organization's `risks` collection a new random revision, in
-- the writing transaction, whichever code path wrote it. As in soa_draft_touch, the organization's ledger head
-- is locked first, so the lock order stays ledger head → revision row (no deadlock with the ledger append).
CREATE OR REPLACE FUNCTION collection_touch(coll text, orgs text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF orgs IS NULL OR cardinality(orgs) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM ledger_heads WHERE organization_id = ANY(orgs) ORDER BY organization_id FOR UPDATE;
  INSERT INTO collection_revisions (organization_id, collection, revision, updated_at)
    SELECT o, coll, gen_random_uuid()::text, now() FROM unnest(orgs) AS o ORDER BY o
  ON CONFLICT (organization_id, collection) DO UPDATE
    SET revision = excluded.revision, updated_at = excluded.updated_at;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION risks_revision_touch_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM collection_touch('risks', ARRAY(SELECT DISTINCT organization_id FROM new_rows));
  ELSE
    PERFORM collection_touch('risks', ARRAY(SELECT DISTINCT organization_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION risks_revision_touch_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM collection_touch('risks', ARRAY(SELECT DISTINCT organization_id FROM new_rows
      WHERE from_type = 'risk' OR to_type = 'risk'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM collection_touch('risks', ARRAY(SELECT DISTINCT organization_id FROM old_rows
      WHERE from_type = 'risk' OR to_type = 'risk'));
  ELSE
    PERFORM collection_touch('risks', ARRAY(SELECT DISTINCT organization_id FROM (
      SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) r
      WHERE from_type = 'risk' OR to_type = 'risk'));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- An update keeps a row's organization (tenant keys are never rewritten), so old_rows names it for both events.
CREATE TRIGGER risks_revision_ins AFTER INSERT ON risks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_rows();--> statement-breakpoint
CREATE TRIGGER risks_revision_upd AFTER UPDATE ON risks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_rows();--> statement-breakpoint
CREATE TRIGGER risks_revision_del AFTER DELETE ON risks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_rows();--> statement-breakpoint
-- Criteria rows are never rewritten (a change inserts the next version, which no risk names yet); these two
-- guard the appetite every risk's `withinAppetite` is computed from, should one ever be.
CREATE TRIGGER risk_criteria_revision_upd AFTER UPDATE ON risk_criteria REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_rows();--> statement-breakpoint
CREATE TRIGGER risk_criteria_revision_del AFTER DELETE ON risk_criteria REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_rows();--> statement-breakpoint
CREATE TRIGGER entity_links_risks_revision_ins AFTER INSERT ON entity_links REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_links();--> statement-breakpoint
CREATE TRIGGER entity_links_risks_revision_upd AFTER UPDATE ON entity_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_links();--> statement-breakpoint
CREATE TRIGGER entity_links_risks_revision_del AFTER DELETE ON entity_links REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION risks_revision_touch_links();
