-- PostGIS for geography columns and spatial indexes; btree_gist so one GiST index can combine
-- equality columns (material, kind) with location for nearest-first searches.
CREATE EXTENSION IF NOT EXISTS postgis;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
