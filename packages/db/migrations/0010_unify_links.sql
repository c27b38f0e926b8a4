DROP INDEX "entity_links_uq";--> statement-breakpoint
ALTER TABLE "entity_links" ADD COLUMN "relation" text DEFAULT 'related' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "entity_links_uq" ON "entity_links" USING btree ("organization_id","from_type","from_id","to_type","to_id","relation");--> statement-breakpoint
-- One link table: the inventory's links move into entity_links (relation kept; the record types follow from it),
-- then inventory_links goes. Ids are derived from the link itself, so the copy is deterministic.
INSERT INTO "entity_links" ("id", "organization_id", "from_type", "from_id", "to_type", "to_id", "relation", "created_at", "created_by")
SELECT
  'lnk_' || substr(md5(l."organization_id" || ' ' || l."from_id" || ' ' || l."relation" || ' ' || l."to_id"), 1, 26),
  l."organization_id",
  CASE WHEN l."relation" IN ('trained_on', 'validated_on', 'tested_on') THEN 'model' ELSE 'ai_system' END,
  l."from_id",
  CASE l."relation" WHEN 'uses_model' THEN 'model' WHEN 'supplied_by' THEN 'supplier' ELSE 'dataset' END,
  l."to_id",
  l."relation",
  l."created_at",
  NULL
FROM "inventory_links" l
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "inventory_links" CASCADE;
