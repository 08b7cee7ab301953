-- What other members may learn of a listing's position: the centre of its ~1 km cell, 0.015° of
-- longitude by 0.01° of latitude, rounded to 6 decimals. The same arithmetic, operation for
-- operation in float8, as generaliseLocation (src/domain/location.ts), so the two agree to the
-- bit (test/confidential-location.test.ts). Cell indices are clamped so that the cells at ±90° and
-- ±180° keep their centres on the globe. Not STRICT, as match_point: a NULL point gives NULL.
CREATE FUNCTION public_point(p geography) RETURNS geography
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ST_SetSRID(ST_MakePoint(
      floor((greatest(-12000::float8, least(11999::float8, floor(ST_X(p::geometry) / 0.015::float8))) + 0.5::float8)
        * 0.015::float8 * 1e6::float8 + 0.5::float8) / 1e6::float8,
      floor((greatest(-9000::float8, least(8999::float8, floor(ST_Y(p::geometry) / 0.01::float8))) + 0.5::float8)
        * 0.01::float8 * 1e6::float8 + 0.5::float8) / 1e6::float8), 4326)::geography
  $$;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "public_location" geography(Point,4326) GENERATED ALWAYS AS (public_point(location)) STORED;--> statement-breakpoint
CREATE INDEX "listings_public_location_gix" ON "listings" USING gist ("public_location");--> statement-breakpoint
-- Matching walks listings nearest-first by their public points, so that for a member the walk's
-- order and its stop at the cap follow public distances only.
DROP INDEX "listings_active_off_grid_gix";--> statement-breakpoint
ALTER TABLE "listings" DROP COLUMN "match_point";--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "match_point" geometry(Point,27700) GENERATED ALWAYS AS (match_point(material_code, kind, grid_point(public_point(location)))) STORED;--> statement-breakpoint
CREATE INDEX "listings_active_match_gix" ON "listings" USING gist ("match_point") WHERE status = 'active' AND match_point IS NOT NULL;--> statement-breakpoint
CREATE INDEX "listings_active_off_grid_gix" ON "listings" USING gist ("material_code","kind","public_location") WHERE status = 'active' AND match_point IS NULL;
