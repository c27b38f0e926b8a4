ALTER TABLE "invitations" ADD COLUMN "access_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "access_ends_at" timestamp with time zone;