-- The British National Grid (EPSG:27700) position of a WGS 84 point, or NULL outside lon -11..5,
-- lat 49..62 (Great Britain, Ireland, the Channel Islands), where the grid's scale factor stays
-- within 0.9996..1.005. Matching walks planar grid distances, about twice as fast as geography.
CREATE FUNCTION grid_point(p geography) RETURNS geometry
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT CASE WHEN ST_X(p::geometry) BETWEEN -11 AND 5 AND ST_Y(p::geometry) BETWEEN 49 AND 62
      THEN ST_Transform(p::geometry, 27700) END
  $$;--> statement-breakpoint
DROP INDEX "listings_active_match_gix";--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "grid" geometry(Point,27700) GENERATED ALWAYS AS (grid_point(location)) STORED;--> statement-breakpoint
CREATE INDEX "listings_active_grid_gix" ON "listings" USING gist ("material_code","kind","grid") WHERE status = 'active' AND grid IS NOT NULL;--> statement-breakpoint
CREATE INDEX "listings_active_off_grid_gix" ON "listings" USING gist ("material_code","kind","location") WHERE status = 'active' AND grid IS NULL;
