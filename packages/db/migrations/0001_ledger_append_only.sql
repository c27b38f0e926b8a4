-- The ledger is append-only (DESIGN §2.4): refuse UPDATE and DELETE at the database itself.
CREATE OR REPLACE FUNCTION aims_ledger_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION aims_ledger_append_only();
