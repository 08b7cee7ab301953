import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { generate } from '../scripts/synthetic/generate.ts';
import { loadSynthetic } from '../scripts/synthetic/load.ts';
import { buildTestApp } from './helper.ts';

const { db, reset } = await buildTestApp(t);
t.beforeEach(reset);

// What the loader drops for the load and must put back exactly.
const structure = () =>
  queryRows<{ definition: string }>(
    db,
    sql`SELECT indexdef AS definition FROM pg_indexes WHERE tablename IN ('organisations', 'sites', 'listings')
      UNION ALL
      SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE conrelid::regclass::text IN ('organisations', 'sites', 'listings')
      ORDER BY 1`,
  );

t.test('loads every generated listing as generated, and puts indexes and foreign keys back', async (t) => {
  const before = await structure();
  t.ok(before.some((r) => r.definition.includes('listings_active_match_gix')), 'the matching index is there to drop');
  const result = await loadSynthetic(db, 240, 5, 50);
  t.equal(result.listings, 240);
  t.same(await structure(), before);

  const data = generate(240, 5);
  const rows = await queryRows<{
    id: string; organisation_id: string; site_id: string; kind: string; material_code: string;
    grade: unknown; accepts: unknown; quantity_amount: number; quantity_unit: string; quantity_rate: string;
    max_haul_km: number; current_route: string | null; gate_fee_gbp_per_tonne: number | null;
    virgin_price_gbp_per_tonne: number | null; status: string; days: number; lon: number; lat: number; on_grid: boolean;
  }>(
    db,
    sql`SELECT id, organisation_id, site_id, kind, material_code, grade, accepts, quantity_amount, quantity_unit,
        quantity_rate, max_haul_km, current_route, gate_fee_gbp_per_tonne, virgin_price_gbp_per_tonne, status,
        round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days,
        ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat, match_point IS NOT NULL AS on_grid
      FROM listings`,
  );
  t.equal(rows.length, 240);
  // Coordinates travel through JSON text and PostGIS: equal to the nanodegree.
  const nano = (x: number) => Math.round(Number(x) * 1e9) / 1e9;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const actual = rows.sort(byId).map((r) => ({
    id: r.id, organisationId: r.organisation_id, siteId: r.site_id, kind: r.kind, materialCode: r.material_code,
    grade: r.grade, accepts: r.accepts, quantityAmount: Number(r.quantity_amount), quantityUnit: r.quantity_unit,
    quantityRate: r.quantity_rate, maxHaulKm: Number(r.max_haul_km), currentRoute: r.current_route,
    gateFee: r.gate_fee_gbp_per_tonne === null ? null : Number(r.gate_fee_gbp_per_tonne),
    virginPrice: r.virgin_price_gbp_per_tonne === null ? null : Number(r.virgin_price_gbp_per_tonne),
    status: r.status, days: r.days, lon: nano(r.lon), lat: nano(r.lat), onGrid: r.on_grid,
  }));
  const expected = [...data.listings].sort(byId).map((l) => ({
    id: l.id, organisationId: l.organisationId, siteId: l.siteId, kind: l.kind, materialCode: l.materialCode,
    grade: l.grade, accepts: l.accepts, quantityAmount: l.quantityAmount, quantityUnit: l.quantityUnit,
    quantityRate: l.quantityRate, maxHaulKm: l.maxHaulKm, currentRoute: l.currentRoute,
    gateFee: l.gateFeeGbpPerTonne, virginPrice: l.virginPriceGbpPerTonne, status: l.status, days: l.expiresInDays,
    lon: nano(l.lon), lat: nano(l.lat), onGrid: true,
  }));
  t.same(actual, expected, 'every listing stored as generated');
  const [counts] = await queryRows<{ organisations: number; sites: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM sites) AS sites`,
  );
  t.same(counts, { organisations: data.organisations.length, sites: data.sites.length });
});

t.test('refuses a database that has listings, and leaves it as it was', async (t) => {
  await loadSynthetic(db, 20, 1, 50);
  const before = await structure();
  await t.rejects(loadSynthetic(db, 20, 2, 50), /without listings/);
  t.same(await structure(), before);
  const [n] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM listings`);
  t.equal(n?.n, 20);
});

t.test('a load that fails part way still puts indexes and foreign keys back', async (t) => {
  const before = await structure();
  // The first generated firm already exists: inserting the firms fails on the primary key.
  const [first] = generate(30, 9).organisations;
  await db.execute(sql`INSERT INTO organisations (id, name, role, contact_email)
    VALUES (${first?.id}, 'Already here', 'member', 'here@example.org')`);
  await t.rejects(loadSynthetic(db, 30, 9, 50));
  t.same(await structure(), before);
});
