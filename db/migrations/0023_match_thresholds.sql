CREATE TABLE "match_thresholds" (
	"listing_id" uuid PRIMARY KEY NOT NULL,
	"top" jsonb NOT NULL,
	"top_ids" uuid[] NOT NULL,
	"reach_m" double precision,
	"reach_id" uuid,
	"size" integer NOT NULL,
	"factor_set" text NOT NULL,
	"ranked_on" date NOT NULL,
	"factors_until" date,
	"valid_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_thresholds" ADD CONSTRAINT "match_thresholds_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_thresholds_top_ids_gin" ON "match_thresholds" USING gin ("top_ids");--> statement-breakpoint
-- A stored top N is stale once the listing or one of its top N is changed (every edit, moved site
-- and renewal bumps the version), paused, closed, expired or deleted: the row goes, and the next
-- fan-out that reaches the listing ranks its list again (docs/notifications.md).
CREATE FUNCTION match_thresholds_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM match_thresholds WHERE listing_id = OLD.id OR top_ids @> ARRAY[OLD.id];
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER listings_match_thresholds_update AFTER UPDATE ON listings FOR EACH ROW
  WHEN (OLD.version IS DISTINCT FROM NEW.version OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.expires_at IS DISTINCT FROM NEW.expires_at)
  EXECUTE FUNCTION match_thresholds_forget();--> statement-breakpoint
CREATE TRIGGER listings_match_thresholds_delete AFTER DELETE ON listings FOR EACH ROW
  EXECUTE FUNCTION match_thresholds_forget();
