-- When a listing stops being drawn on tiles: at its expiry, or at the end (UTC) of its last
-- available day, whichever comes first. The same test as "expires_at > now() AND (available_until
-- IS NULL OR available_until >= current_date)" in a UTC session, as one indexable value.
CREATE FUNCTION listing_ends_at(expires_at timestamptz, available_until date) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT least(expires_at, (available_until + 1)::timestamp AT TIME ZONE 'UTC') $$;--> statement-breakpoint
CREATE TABLE "tile_cells" (
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"kind" "listing_kind" NOT NULL,
	"listings" integer NOT NULL,
	"available" integer NOT NULL,
	"point" geometry(Point,4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED,
	"tile_point" geometry(Point,3857) GENERATED ALWAYS AS (ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)) STORED,
	CONSTRAINT "tile_cells_lon_lat_kind_pk" PRIMARY KEY("lon","lat","kind")
);
--> statement-breakpoint
CREATE TABLE "tile_cells_sweep" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"swept_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "tile_cells_point_gix" ON "tile_cells" USING gist ("point") WHERE listings <> 0;--> statement-breakpoint
CREATE INDEX "tile_cells_tile_point_gix" ON "tile_cells" USING gist ("tile_point") WHERE listings <> 0;--> statement-breakpoint
CREATE INDEX "listings_active_ends_idx" ON "listings" USING btree (listing_ends_at(expires_at, available_until)) WHERE status = 'active';--> statement-breakpoint
-- Statement triggers with transition tables: a bulk insert or update adds its listings per point
-- in one upsert, not one per row. The shared advisory lock keeps a sweep (which takes it
-- exclusively, src/gis/tile-cells.ts) from moving swept_until while a writer counts against it;
-- the upsert goes in key order so that two writers cannot deadlock on the same points.
CREATE FUNCTION tile_cells_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    swept timestamptz;
  BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('tile_cells_sweep'));
    swept := coalesce((SELECT swept_until FROM tile_cells_sweep), '-infinity');
    -- Each branch names only the transition tables its event has.
    IF TG_OP = 'INSERT' THEN
      INSERT INTO tile_cells AS c (lon, lat, kind, listings, available)
        SELECT ST_X(public_location::geometry), ST_Y(public_location::geometry), kind,
          count(*), count(*) FILTER (WHERE listing_ends_at(expires_at, available_until) > swept)
        FROM new_rows WHERE status = 'active' AND expires_at > swept
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lon, lat, kind) DO UPDATE SET listings = c.listings + EXCLUDED.listings, available = c.available + EXCLUDED.available;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO tile_cells AS c (lon, lat, kind, listings, available)
        SELECT ST_X(public_location::geometry), ST_Y(public_location::geometry), kind,
          -count(*), -count(*) FILTER (WHERE listing_ends_at(expires_at, available_until) > swept)
        FROM old_rows WHERE status = 'active' AND expires_at > swept
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (lon, lat, kind) DO UPDATE SET listings = c.listings + EXCLUDED.listings, available = c.available + EXCLUDED.available;
    ELSE
      INSERT INTO tile_cells AS c (lon, lat, kind, listings, available)
        SELECT lon, lat, kind, sum(n), sum(a) FROM (
          SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat, kind, -1 AS n,
            -(listing_ends_at(expires_at, available_until) > swept)::int AS a
          FROM old_rows WHERE status = 'active' AND expires_at > swept
          UNION ALL
          SELECT ST_X(public_location::geometry), ST_Y(public_location::geometry), kind, 1,
            (listing_ends_at(expires_at, available_until) > swept)::int
          FROM new_rows WHERE status = 'active' AND expires_at > swept) d
        GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(a) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (lon, lat, kind) DO UPDATE SET listings = c.listings + EXCLUDED.listings, available = c.available + EXCLUDED.available;
    END IF;
    RETURN NULL;
  END
  $$;--> statement-breakpoint
CREATE TRIGGER tile_cells_insert AFTER INSERT ON listings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_sync();--> statement-breakpoint
CREATE TRIGGER tile_cells_update AFTER UPDATE ON listings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_sync();--> statement-breakpoint
CREATE TRIGGER tile_cells_delete AFTER DELETE ON listings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_sync();--> statement-breakpoint
CREATE FUNCTION tile_cells_clear() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN DELETE FROM tile_cells; RETURN NULL; END $$;--> statement-breakpoint
CREATE TRIGGER tile_cells_truncate AFTER TRUNCATE ON listings FOR EACH STATEMENT EXECUTE FUNCTION tile_cells_clear();--> statement-breakpoint
INSERT INTO tile_cells_sweep (id, swept_until) VALUES (true, now());--> statement-breakpoint
INSERT INTO tile_cells (lon, lat, kind, listings, available)
  SELECT ST_X(public_location::geometry), ST_Y(public_location::geometry), kind,
    count(*)::int, (count(*) FILTER (WHERE listing_ends_at(expires_at, available_until) > now()))::int
  FROM listings WHERE status = 'active' AND expires_at > now()
  GROUP BY 1, 2, 3;
