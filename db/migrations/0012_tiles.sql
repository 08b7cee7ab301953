-- Vector tiles (src/gis/tiles.ts) are cut in Web Mercator from the public point only: stored here
-- so a tile reads points through one GiST index over active listings, with no per-row transform.
ALTER TABLE "listings" ADD COLUMN "tile_point" geometry(Point,3857) GENERATED ALWAYS AS (ST_Transform(public_point(location)::geometry, 3857)) STORED;--> statement-breakpoint
CREATE INDEX "listings_active_tile_gix" ON "listings" USING gist ("tile_point") WHERE status = 'active';