-- A saved search is prefiltered by every material its query names (a want may name several),
-- not only the first: material_code becomes material_codes, filled from each stored query.
ALTER TABLE "saved_searches" ADD COLUMN "material_codes" text[];--> statement-breakpoint
UPDATE "saved_searches" SET "material_codes" = ARRAY(
  SELECT DISTINCT m FROM (
    SELECT "material_code" AS m
    UNION ALL SELECT jsonb_array_elements_text(coalesce("query" -> 'materials', '[]'::jsonb))
  ) named WHERE m IS NOT NULL
);--> statement-breakpoint
ALTER TABLE "saved_searches" ALTER COLUMN "material_codes" SET NOT NULL;--> statement-breakpoint
DROP INDEX "saved_searches_material_kind_idx";--> statement-breakpoint
ALTER TABLE "saved_searches" DROP COLUMN "material_code";--> statement-breakpoint
CREATE INDEX "saved_searches_material_codes_idx" ON "saved_searches" USING gin ("material_codes");
