CREATE TABLE "collection_revisions" (
	"organization_id" text NOT NULL,
	"collection" text NOT NULL,
	"revision" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "collection_revisions_organization_id_collection_pk" PRIMARY KEY("organization_id","collection")
);
--> statement-breakpoint
-- custom SQL (kept verbatim at renumbering)
-- Issue 17: an organization's collection gets a new random revision in every transaction that writes a row its
-- answers are built from, whichever code path wrote it (service, import, restore, bulk SQL). The triggers are
-- deferred to commit: the revision row is locked only at the very end of the writing transaction, after every
-- other lock it takes, so a writer never holds it while waiting for another (no deadlock, no long waits). The
-- first touch of an organization's collection in a transaction writes; the others see the marker and return.
CREATE OR REPLACE FUNCTION collection_touch(coll text, org text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE marker text := 'aims_touched.' || coll || '_' || md5(org);
BEGIN
  IF org IS NULL OR current_setting(marker, true) = '1' THEN RETURN; END IF;
  PERFORM set_config(marker, '1', true);
  INSERT INTO collection_revisions (organization_id, collection, revision, updated_at)
    VALUES (org, coll, gen_random_uuid()::text, now())
  ON CONFLICT (organization_id, collection) DO UPDATE
    SET revision = excluded.revision, updated_at = excluded.updated_at;
END $$;--> statement-breakpoint
-- `risks`: the register's answer is built from risks, links from or to a risk, and its criteria's appetite.
CREATE OR REPLACE FUNCTION risks_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM collection_touch('risks', OLD.organization_id);
  ELSE
    PERFORM collection_touch('risks', NEW.organization_id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION risk_links_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND (OLD.from_type = 'risk' OR OLD.to_type = 'risk') THEN
    PERFORM collection_touch('risks', OLD.organization_id);
  END IF;
  IF TG_OP <> 'DELETE' AND (NEW.from_type = 'risk' OR NEW.to_type = 'risk') THEN
    PERFORM collection_touch('risks', NEW.organization_id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER risks_revision AFTER INSERT OR UPDATE OR DELETE ON risks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION risks_revision_touch();--> statement-breakpoint
-- Criteria rows are never rewritten (a change inserts the next version, which no risk names yet); this guards
-- the appetite every risk's `withinAppetite` is computed from, should one ever be.
CREATE CONSTRAINT TRIGGER risk_criteria_revision AFTER UPDATE OR DELETE ON risk_criteria
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION risks_revision_touch();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER entity_links_risks_revision AFTER INSERT OR UPDATE OR DELETE ON entity_links
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION risk_links_revision_touch();--> statement-breakpoint
-- `records`: everything the readiness view is built from, i.e. every table with an organization_id except the
-- ones written as a side effect of reading or by background work, and derived state (listed here and in
-- UNTRACKED_TABLES in packages/services/src/common/collection-revision.ts; a test holds the two to the tables
-- that exist, so a new tenant table must add its trigger or say why not).
CREATE OR REPLACE FUNCTION records_revision_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM collection_touch('records', OLD.organization_id);
  ELSE
    PERFORM collection_touch('records', NEW.organization_id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'organization_id' AND tb.table_type = 'BASE TABLE'
      AND c.table_name NOT IN ('access_log', 'api_tokens', 'collection_revisions', 'jobs', 'ledger_checkpoints',
        'ledger_entries', 'ledger_heads', 'notification_preferences', 'notifications', 'readiness_snapshots',
        'reminders_sent', 'soa_draft_state', 'webhook_deliveries')
    ORDER BY 1
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION records_revision_touch()', t || '_records_revision', t);
  END LOOP;
END $$;
