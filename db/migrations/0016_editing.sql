CREATE TABLE "listing_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "want_other_materials" (
	"listing_id" uuid NOT NULL,
	"material_code" text NOT NULL,
	"location" geography(Point,4326) NOT NULL,
	"public_location" geography(Point,4326) GENERATED ALWAYS AS (public_point(location)) STORED,
	"match_point" geometry(Point,27700) GENERATED ALWAYS AS (match_point(material_code, 'want'::listing_kind, grid_point(public_point(location)))) STORED,
	CONSTRAINT "want_other_materials_listing_id_material_code_pk" PRIMARY KEY("listing_id","material_code")
);
--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "other_materials" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "listing_attachments" ADD CONSTRAINT "listing_attachments_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "want_other_materials" ADD CONSTRAINT "want_other_materials_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "want_other_materials" ADD CONSTRAINT "want_other_materials_material_code_materials_code_fk" FOREIGN KEY ("material_code") REFERENCES "public"."materials"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_attachments_listing_idx" ON "listing_attachments" USING btree ("listing_id","created_at");--> statement-breakpoint
CREATE INDEX "want_other_materials_match_gix" ON "want_other_materials" USING gist ("match_point") WHERE match_point IS NOT NULL;--> statement-breakpoint
CREATE INDEX "want_other_materials_off_grid_gix" ON "want_other_materials" USING gist ("material_code","public_location") WHERE match_point IS NULL;--> statement-breakpoint
-- A want's further materials, mirrored with its point so that offers find it through an index.
-- Kept by trigger rather than by each writer (create, import, edit, a site's move), so no path
-- can leave the two apart. Rows with no further materials never fire it.
CREATE FUNCTION want_other_materials_sync() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    DELETE FROM want_other_materials WHERE listing_id = NEW.id;
    IF NEW.kind = 'want' THEN
      INSERT INTO want_other_materials (listing_id, material_code, location)
        SELECT DISTINCT NEW.id, code, NEW.location FROM unnest(NEW.other_materials) AS code
        WHERE code <> NEW.material_code;
    END IF;
    RETURN NULL;
  END
  $$;--> statement-breakpoint
CREATE TRIGGER listings_other_materials_insert AFTER INSERT ON listings FOR EACH ROW
  WHEN (cardinality(NEW.other_materials) > 0) EXECUTE FUNCTION want_other_materials_sync();--> statement-breakpoint
CREATE TRIGGER listings_other_materials_update AFTER UPDATE OF other_materials, location, kind, material_code ON listings FOR EACH ROW
  WHEN (cardinality(OLD.other_materials) > 0 OR cardinality(NEW.other_materials) > 0) EXECUTE FUNCTION want_other_materials_sync();
