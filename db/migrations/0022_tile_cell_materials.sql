CREATE TABLE "tile_cell_materials" (
	"material" text NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"kind" "listing_kind" NOT NULL,
	"hazardous" boolean NOT NULL,
	"listings" integer NOT NULL,
	"available" integer NOT NULL,
	"point" geometry(Point,4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED,
	"tile_point" geometry(Point,3857) GENERATED ALWAYS AS (ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)) STORED,
	CONSTRAINT "tile_cell_materials_material_lon_lat_kind_hazardous_pk" PRIMARY KEY("material","lon","lat","kind","hazardous")
);
--> statement-breakpoint
ALTER TABLE "tile_cells" DROP CONSTRAINT "tile_cells_lon_lat_kind_pk";--> statement-breakpoint
ALTER TABLE "tile_cells" ADD COLUMN "hazardous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tile_cells" ADD CONSTRAINT "tile_cells_lon_lat_kind_hazardous_pk" PRIMARY KEY("lon","lat","kind","hazardous");--> statement-breakpoint
CREATE INDEX "tile_cell_materials_point_gix" ON "tile_cell_materials" USING gist ("point") WHERE listings <> 0;--> statement-breakpoint
-- The same statement triggers now keep both tables: tile_cells per point, kind and hazard flag,
-- tile_cell_materials also per material named (each of a listing's materials once). The rows a
-- statement took away (-1) and added (+1) are read once per table through EXECUTE, which sees the
-- transition tables too, so that each event names only those it has. Two statements, not one
-- with a writing CTE, so that every writer takes the rows' locks in the same order (tile_cells,
-- then tile_cell_materials, each in key order) and two writers cannot deadlock.
CREATE OR REPLACE FUNCTION tile_cells_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    swept timestamptz;
    changed text;
  BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('tile_cells_sweep'));
    swept := coalesce((SELECT swept_until FROM tile_cells_sweep), '-infinity');
    changed := CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT 1 AS s, * FROM new_rows'
      WHEN 'DELETE' THEN 'SELECT -1 AS s, * FROM old_rows'
      ELSE 'SELECT -1 AS s, * FROM old_rows UNION ALL SELECT 1, * FROM new_rows' END;
    changed := format('SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat, kind, hazardous,
        material_code || other_materials AS materials, s AS n, s * (listing_ends_at(expires_at, available_until) > $1)::int AS a
      FROM (%s) r WHERE status = ''active'' AND expires_at > $1', changed);
    EXECUTE format('INSERT INTO tile_cells AS c (lon, lat, kind, hazardous, listings, available)
        SELECT lon, lat, kind, hazardous, sum(n), sum(a) FROM (%s) d
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(a) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (lon, lat, kind, hazardous)
        DO UPDATE SET listings = c.listings + EXCLUDED.listings, available = c.available + EXCLUDED.available', changed)
      USING swept;
    EXECUTE format('INSERT INTO tile_cell_materials AS c (material, lon, lat, kind, hazardous, listings, available)
        SELECT m.material, d.lon, d.lat, d.kind, d.hazardous, sum(d.n), sum(d.a)
        FROM (%s) d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.materials) AS material) m
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 OR sum(d.a) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (material, lon, lat, kind, hazardous)
        DO UPDATE SET listings = c.listings + EXCLUDED.listings, available = c.available + EXCLUDED.available', changed)
      USING swept;
    RETURN NULL;
  END
  $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION tile_cells_clear() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN DELETE FROM tile_cells; DELETE FROM tile_cell_materials; RETURN NULL; END $$;--> statement-breakpoint
-- Counted again from the listings, as of now: the old rows know no hazard flag.
UPDATE tile_cells_sweep SET swept_until = now();--> statement-breakpoint
DELETE FROM tile_cells;--> statement-breakpoint
INSERT INTO tile_cells (lon, lat, kind, hazardous, listings, available)
  SELECT ST_X(public_location::geometry), ST_Y(public_location::geometry), kind, hazardous,
    count(*)::int, (count(*) FILTER (WHERE listing_ends_at(expires_at, available_until) > now()))::int
  FROM listings WHERE status = 'active' AND expires_at > now()
  GROUP BY 1, 2, 3, 4;--> statement-breakpoint
INSERT INTO tile_cell_materials (material, lon, lat, kind, hazardous, listings, available)
  SELECT m.material, ST_X(l.public_location::geometry), ST_Y(l.public_location::geometry), l.kind, l.hazardous,
    count(*)::int, (count(*) FILTER (WHERE listing_ends_at(l.expires_at, l.available_until) > now()))::int
  FROM listings l CROSS JOIN LATERAL (SELECT DISTINCT unnest(l.material_code || l.other_materials) AS material) m
  WHERE l.status = 'active' AND l.expires_at > now()
  GROUP BY 1, 2, 3, 4, 5;
