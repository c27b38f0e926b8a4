ALTER TABLE "datasets" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "models" ADD COLUMN "attributes" jsonb DEFAULT '{}'::jsonb NOT NULL;