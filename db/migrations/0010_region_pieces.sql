-- Regions cut into small pieces for point-in-region tests (db/schema.ts, regionPieces): a report
-- grouped by region tested every site against whole boundaries, and three 40,000-vertex regions
-- with 2,000 transfers took 124 s. Edges are split every kilometre along great circles first,
-- so the planar pieces follow the geography boundary's spherical edges.
CREATE TABLE "region_pieces" (
	"region_id" uuid NOT NULL,
	"piece" geometry(Geometry,4326) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "region_pieces" ADD CONSTRAINT "region_pieces_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_pieces_piece_gix" ON "region_pieces" USING gist ("piece");--> statement-breakpoint
CREATE INDEX "region_pieces_region_idx" ON "region_pieces" USING btree ("region_id");--> statement-breakpoint
INSERT INTO "region_pieces" ("region_id", "piece")
  SELECT id, ST_Subdivide(ST_Segmentize("boundary", 1000)::geometry, 256) FROM "regions";
