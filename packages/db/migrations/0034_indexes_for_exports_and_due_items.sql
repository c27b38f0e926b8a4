DROP INDEX "entity_links_to_idx";--> statement-breakpoint
CREATE INDEX "evidence_org_live_valid_until_idx" ON "evidence" USING btree ("organization_id","valid_until","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "entity_links_to_from_idx" ON "entity_links" USING btree ("organization_id","to_type","to_id","from_type","from_id" collate "C");--> statement-breakpoint
CREATE INDEX "risks_org_review_idx" ON "risks" USING btree ("organization_id","review_date","id");