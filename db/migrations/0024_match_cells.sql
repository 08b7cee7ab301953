CREATE TABLE "match_cells" (
	"material_code" text NOT NULL,
	"cell_x" integer NOT NULL,
	"cell_y" integer NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL,
	"raised_by" bigint,
	CONSTRAINT "match_cells_material_code_cell_x_cell_y_pk" PRIMARY KEY("material_code","cell_x","cell_y")
);
--> statement-breakpoint
-- Raised at commit, by deferred triggers, once per transaction and cell: before its cells, a
-- committing writer takes one advisory lock, so that two commits raising the same cells in
-- different orders wait for each other instead of deadlocking. Held only while committing.
CREATE FUNCTION match_cells_raise_at(p geography, codes text[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext('reuse_exchange.match_cells'));
  INSERT INTO match_cells AS m (material_code, cell_x, cell_y, raised_by)
  SELECT DISTINCT code, floor(ST_X(p::geometry) / 0.4)::int, floor(ST_Y(p::geometry) / 0.25)::int, txid_current()
    FROM unnest(codes) code
  ON CONFLICT (material_code, cell_x, cell_y) DO UPDATE SET generation = m.generation + 1, raised_by = excluded.raised_by
    WHERE m.raised_by IS DISTINCT FROM excluded.raised_by;
$$;--> statement-breakpoint
-- Every write to a listing raises its cell for each material it is listed under, before and after
-- the write, whatever it changed: a kept match list is dropped more often than it must be, never
-- kept when it should not be.
CREATE FUNCTION match_cells_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM match_cells_raise_at(OLD.location, OLD.material_code || OLD.other_materials); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM match_cells_raise_at(NEW.location, NEW.material_code || NEW.other_materials); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER listings_match_cells AFTER INSERT OR UPDATE OR DELETE ON listings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_cells_raise();--> statement-breakpoint
CREATE FUNCTION match_cells_raise_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('reuse_exchange.match_cells'));
  UPDATE match_cells SET generation = generation + 1, raised_by = txid_current();
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER listings_match_cells_truncate AFTER TRUNCATE ON listings
  FOR EACH STATEMENT EXECUTE FUNCTION match_cells_raise_all();
