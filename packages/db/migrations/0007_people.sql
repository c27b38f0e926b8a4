CREATE TABLE "competences" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"role" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_literacy" boolean DEFAULT false NOT NULL,
	"renewal_months" integer,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"competence_id" text NOT NULL,
	"user_id" text,
	"person_name" text DEFAULT '' NOT NULL,
	"activity" text NOT NULL,
	"completed_on" date NOT NULL,
	"valid_until" date,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "competences_org_title_idx" ON "competences" USING btree ("organization_id","title","id");--> statement-breakpoint
CREATE INDEX "trainings_org_competence_idx" ON "trainings" USING btree ("organization_id","competence_id");--> statement-breakpoint
CREATE INDEX "trainings_org_completed_idx" ON "trainings" USING btree ("organization_id","completed_on","id");