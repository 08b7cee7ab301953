// The counts per public point (tile_cells) that low-zoom tiles and numberMatched sum: they must
// equal counting the listings themselves after any write, and after time passes with or without
// a sweep.
import { sql } from 'drizzle-orm';
import t, { type Test } from 'tap';
import { queryRows } from '../db/client.ts';
import { listings, sites } from '../db/schema.ts';
import { SHOWN, type Shown, signedCounts, sweepTileCells } from '../src/gis/tile-cells.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

/**
 * Per public point, kind and hazard flag (and per material, from tile_cell_materials): the sums of
 * the counts less what ended since the sweep, and a direct count of the listings.
 */
async function both(shown: Shown, material?: string) {
  const summed = await queryRows<{ key: string; n: number }>(
    db,
    sql`SELECT ST_AsText(s.point) || ' ' || s.kind || ' ' || s.hazardous AS key, sum(s.n)::int AS n
        FROM (${signedCounts(shown, sql`true`, sql`true`, material)}) s GROUP BY 1 HAVING sum(s.n) <> 0 ORDER BY 1`,
  );
  const naming = material === undefined ? sql`true` : sql`(l.material_code = ${material} OR ${material} = ANY (l.other_materials))`;
  const counted = await queryRows<{ key: string; n: number }>(
    db,
    sql`SELECT ST_AsText(l.public_location::geometry) || ' ' || l.kind || ' ' || l.hazardous AS key, count(*)::int AS n
        FROM listings l WHERE ${SHOWN[shown]} AND ${naming} GROUP BY 1 ORDER BY 1`,
  );
  return { summed, counted };
}

const MATERIALS = [undefined, 'foundry-sand', 'silica-sand', 'steel-scrap'];

async function agree(t: Test, when: string) {
  for (const shown of ['listings', 'available'] as const) {
    for (const material of MATERIALS) {
      const { summed, counted } = await both(shown, material);
      t.same(summed, counted, `${when}: ${shown}${material ? ` of ${material}` : ''} summed per point = counted`);
    }
  }
}

t.test('writes of every kind keep the counts equal to counting', async (t) => {
  const org = await createOrganisation(app, 'member', 'Counted Castings');
  const location = sql`ST_SetSRID(ST_MakePoint(-2.0662, 52.5294), 4326)::geography`;
  const [site] = await db.insert(sites).values({ organisationId: org.id, name: 'Works', location }).returning();
  await db.execute(sql`INSERT INTO listings (organisation_id, site_id, kind, material_code, quantity_amount, quantity_unit,
      quantity_rate, max_haul_km, expires_at, available_until, location)
    SELECT ${org.id}, ${site!.id}, CASE WHEN i % 3 = 0 THEN 'want' ELSE 'offer' END::listing_kind, 'foundry-sand', 10, 't', 'month', 50,
      now() + (i % 5 - 1) * interval '1 day', CASE WHEN i % 7 = 0 THEN current_date - 1 END,
      ST_SetSRID(ST_MakePoint(-2.1 + (i % 10) * 0.01, 52.45 + (i / 10) * 0.01), 4326)::geography
    FROM generate_series(1, 200) i`);
  await agree(t, 'inserted (some expired, some past their last day)');
  await db.execute(sql`UPDATE listings SET status = 'closed' WHERE quantity_amount = 10 AND id IN (SELECT id FROM listings ORDER BY id LIMIT 30)`);
  await agree(t, 'closed');
  await db.execute(sql`UPDATE listings SET location = ST_SetSRID(ST_MakePoint(-1.5, 53.4), 4326)::geography
    WHERE id IN (SELECT id FROM listings ORDER BY id DESC LIMIT 25)`);
  await agree(t, 'moved');
  await db.execute(sql`UPDATE listings SET kind = 'want', status = 'active' WHERE id IN (SELECT id FROM listings ORDER BY id LIMIT 10)`);
  await agree(t, 'kind changed and reopened');
  await db.execute(sql`UPDATE listings SET hazardous = true, ewc_code = '10 09 07' WHERE id IN (SELECT id FROM listings ORDER BY id LIMIT 60)`);
  await agree(t, 'classified hazardous');
  await db.execute(sql`UPDATE listings SET other_materials = '{silica-sand,foundry-sand}' WHERE kind = 'want' AND id IN (SELECT id FROM listings ORDER BY id DESC LIMIT 50)`);
  await db.execute(sql`UPDATE listings SET material_code = 'steel-scrap' WHERE kind = 'offer' AND id IN (SELECT id FROM listings ORDER BY id LIMIT 20)`);
  await agree(t, 'materials changed (a want naming its first material again counts once)');
  await db.execute(sql`UPDATE listings SET other_materials = '{}' WHERE id IN (SELECT id FROM listings WHERE other_materials <> '{}' ORDER BY id LIMIT 10)`);
  await agree(t, 'materials dropped');
  await db.execute(sql`DELETE FROM listing_expiry_notices`);
  await db.execute(sql`DELETE FROM listings WHERE id IN (SELECT id FROM listings ORDER BY id LIMIT 40)`);
  await agree(t, 'deleted');
  t.ok(await sweepTileCells(db), 'a sweep runs');
  await agree(t, 'swept');
  const [stored] = await queryRows<{ n: number }>(db, sql`SELECT sum(listings)::int AS n FROM tile_cells`);
  const [active] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM listings l WHERE ${SHOWN.listings}`);
  t.equal(stored?.n, active?.n, 'after a sweep the stored counts alone are exact');
  const [storedSand] = await queryRows<{ n: number }>(db, sql`SELECT sum(listings)::int AS n FROM tile_cell_materials WHERE material = 'silica-sand'`);
  const [activeSand] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM listings l WHERE ${SHOWN.listings} AND 'silica-sand' = ANY (l.material_code || l.other_materials)`,
  );
  t.ok(Number(activeSand?.n) > 0);
  t.equal(storedSand?.n, activeSand?.n, 'and so are the stored counts of a material');
});

t.test('listings that end between sweeps leave the counts at once; a sweep then takes them out', async (t) => {
  const org = await createOrganisation(app, 'member', 'Ending Castings');
  const location = sql`ST_SetSRID(ST_MakePoint(-2.0662, 52.5294), 4326)::geography`;
  const [site] = await db.insert(sites).values({ organisationId: org.id, name: 'Works', location }).returning();
  const base = { organisationId: org.id, siteId: site!.id, kind: 'offer' as const, materialCode: 'foundry-sand', quantityAmount: 1,
    quantityUnit: 't' as const, quantityRate: 'month' as const, maxHaulKm: 50, location };
  const rows = await db.insert(listings).values([1, 2, 3].map(() => ({ ...base, expiresAt: new Date(Date.now() + 86_400_000) }))).returning();
  await sweepTileCells(db);
  // As if the last sweep were two days ago, and one listing had expired and another had had its
  // last available day since.
  await db.execute(sql`UPDATE tile_cells_sweep SET swept_until = now() - interval '2 days'`);
  await db.execute(sql`ALTER TABLE listings DISABLE TRIGGER tile_cells_update`);
  await db.execute(sql`UPDATE listings SET expires_at = now() - interval '1 day' WHERE id = ${rows[0]!.id}`);
  await db.execute(sql`UPDATE listings SET available_until = current_date - 1 WHERE id = ${rows[1]!.id}`);
  await db.execute(sql`ALTER TABLE listings ENABLE TRIGGER tile_cells_update`);
  const [stored] = await queryRows<{ listings: number; available: number }>(db, sql`SELECT listings, available FROM tile_cells`);
  t.same(stored, { listings: 3, available: 3 }, 'the stored counts still hold them');
  const [storedSand] = await queryRows<{ listings: number; available: number }>(db, sql`SELECT listings, available FROM tile_cell_materials`);
  t.same(storedSand, { listings: 3, available: 3 }, 'so do the counts per material');
  await agree(t, 'before the sweep');
  const box = '-2.2,52.4,-1.9,52.6';
  const get = (url: string) => app.inject({ method: 'GET', url, headers: bearer(org.apiKey) });
  t.equal((await get(`/ogc/collections/listings/items?bbox=${box}`)).json().numberMatched, 2, 'numberMatched: the expired one is out');
  t.equal((await get(`/ogc/collections/listings/items?bbox=${box}&material=foundry-sand`)).json().numberMatched, 2, 'of the material too');
  t.ok(await sweepTileCells(db));
  const [after] = await queryRows<{ listings: number; available: number }>(db, sql`SELECT listings, available FROM tile_cells`);
  t.same(after, { listings: 2, available: 1 }, 'the sweep took each out of what it had left');
  const [afterSand] = await queryRows<{ listings: number; available: number }>(db, sql`SELECT listings, available FROM tile_cell_materials`);
  t.same(afterSand, { listings: 2, available: 1 }, 'and out of the counts per material');
  await agree(t, 'after the sweep');
  t.equal((await get(`/ogc/collections/listings/items?bbox=${box}`)).json().numberMatched, 2);
  // Past its last available day a listing is still an OGC item (datetime filters over availability).
  t.equal((await get(`/ogc/collections/listings/items?bbox=${box}&limit=10`)).json().features.length, 2);
});
