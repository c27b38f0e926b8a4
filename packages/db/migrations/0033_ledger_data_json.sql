-- Issue 17: ledger data kept as the canonical JSON text its digest hashed (json keeps text as written, jsonb
-- re-renders it), so the database can check digests during `aims ledger verify`. Rows written before this
-- migration keep jsonb's rendering; the verify re-checks those in JS, as it did before.
ALTER TABLE "ledger_entries" ALTER COLUMN "data" SET DATA TYPE json USING "data"::json;
