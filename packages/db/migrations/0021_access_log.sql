CREATE TABLE "access_log" (
	"organization_id" text NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"user_id" text,
	"role" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"created_by" text,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "access_log_org_idx" ON "access_log" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "access_log_org_user_idx" ON "access_log" USING btree ("organization_id","user_id","id");--> statement-breakpoint
CREATE INDEX "comments_org_idx" ON "comments" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "comments_target_idx" ON "comments" USING btree ("organization_id","target_type","target_id");