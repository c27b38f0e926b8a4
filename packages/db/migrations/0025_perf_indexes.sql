DROP INDEX "evidence_org_valid_until_idx";--> statement-breakpoint
DROP INDEX "risks_org_system_idx";--> statement-breakpoint
CREATE INDEX "audits_org_created_idx" ON "audits" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "context_items_org_updated_idx" ON "context_items" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "documents_org_updated_idx" ON "documents" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "evidence_org_date_idx" ON "evidence" USING btree ("organization_id","evidence_date","id");--> statement-breakpoint
CREATE INDEX "evidence_org_updated_idx" ON "evidence" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "impact_assessments_org_title_idx" ON "impact_assessments" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "incidents_org_created_idx" ON "incidents" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "nonconformities_org_created_idx" ON "nonconformities" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "ai_systems_org_stage_idx" ON "ai_systems" USING btree ("organization_id","lifecycle_stage","id");--> statement-breakpoint
CREATE INDEX "ledger_org_at_idx" ON "ledger_entries" USING btree ("organization_id","at","id");--> statement-breakpoint
CREATE INDEX "external_lessons_org_created_idx" ON "external_lessons" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "metrics_org_updated_idx" ON "metrics" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "objectives_org_updated_idx" ON "objectives" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "objectives_org_status_idx" ON "objectives" USING btree ("organization_id","status","id");--> statement-breakpoint
CREATE INDEX "trainings_org_created_idx" ON "trainings" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "risks_org_score_idx" ON "risks" USING btree ("organization_id","inherent_score","id");--> statement-breakpoint
CREATE INDEX "risks_org_updated_idx" ON "risks" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "evidence_org_valid_until_idx" ON "evidence" USING btree ("organization_id","valid_until","id");--> statement-breakpoint
CREATE INDEX "risks_org_system_idx" ON "risks" USING btree ("organization_id","ai_system_id","created_at","id");