DROP INDEX "entity_links_to_idx";--> statement-breakpoint
CREATE INDEX "entity_links_to_from_idx" ON "entity_links" USING btree ("organization_id","to_type","to_id","from_type","from_id" collate "C");