-- Where matching walks a listing: its grid point moved into a region of the plane that only
-- listings of its material and kind share, so that one single-column GiST index serves material,
-- kind and nearness together. It replaces a btree_gist index over (material_code, kind, grid),
-- whose text keys were decompressed and compared on every entry a walk visited, and which was
-- built by insertion where this one is built sorted (docs/matching.md has the measurements).
-- Regions start 5,000 km apart and the grid spans < 1,500 km, so points of two regions are more
-- than 3,500 km apart: farther than any walk reaches (a 2,000 km haul, widened by 1 %). Offers
-- and wants use separate halves of the plane; within a half, a material's region comes from the
-- md5 of its code (32 x 32 regions). Two materials may share one; a walk then passes the other's
-- listings too, which the query's material test drops (test/matching-query.test.ts checks that
-- the catalogue's materials do not).
-- Not STRICT (a NULL grid point still gives NULL): PostgreSQL inlines a SQL function only if its
-- body is as strict as it is declared, and called rather than inlined it cost twice as much a row.
CREATE FUNCTION match_point(material_code text, kind listing_kind, grid geometry) RETURNS geometry
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ST_Translate(grid,
      5e6::float8 * (('x' || substr(md5(material_code), 1, 4))::bit(16)::int % 32 + CASE kind WHEN 'want' THEN 32 ELSE 0 END),
      5e6::float8 * (('x' || substr(md5(material_code), 5, 4))::bit(16)::int % 32))
  $$;--> statement-breakpoint
DROP INDEX "listings_active_grid_gix";--> statement-breakpoint
DROP INDEX "listings_active_off_grid_gix";--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "match_point" geometry(Point,27700) GENERATED ALWAYS AS (match_point(material_code, kind, grid_point(location))) STORED;--> statement-breakpoint
CREATE INDEX "listings_active_match_gix" ON "listings" USING gist ("match_point") WHERE status = 'active' AND match_point IS NOT NULL;--> statement-breakpoint
CREATE INDEX "listings_active_off_grid_gix" ON "listings" USING gist ("material_code","kind","location") WHERE status = 'active' AND match_point IS NULL;--> statement-breakpoint
ALTER TABLE "listings" DROP COLUMN "grid";