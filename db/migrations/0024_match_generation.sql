CREATE TABLE "match_generation" (
	"one" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"raised_by" bigint,
	CONSTRAINT "match_generation_one_row" CHECK ("match_generation"."one")
);
--> statement-breakpoint
INSERT INTO "match_generation" DEFAULT VALUES;--> statement-breakpoint
-- Raised at commit (a deferred trigger), once per transaction: the row's lock is then taken last
-- and held only while the transaction commits, so listing writers never wait on it mid-way, nor
-- deadlock through it. Every write to listings raises it, whatever it changed: a cached match
-- list is dropped more often than it must be, never kept when it should not be.
CREATE FUNCTION match_generation_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE match_generation SET generation = generation + 1, raised_by = txid_current()
   WHERE raised_by IS DISTINCT FROM txid_current();
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER listings_match_generation AFTER INSERT OR UPDATE OR DELETE ON listings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_generation_raise();--> statement-breakpoint
CREATE TRIGGER listings_match_generation_truncate AFTER TRUNCATE ON listings
  FOR EACH STATEMENT EXECUTE FUNCTION match_generation_raise();
