// A box holding more listings than COUNT_LIMIT is paged by walking the key's index rather than
// sorting every match: the pages must be the same keyset pages. numberMatched is still exact (the
// counts per public point, and per material); with a filter those cannot answer (category) it is
// left out past COUNT_LIMIT.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { sites } from '../db/schema.ts';
import { COUNT_LIMIT } from '../src/gis/features.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db } = await buildTestApp(t);

t.test('a box past COUNT_LIMIT: exact numberMatched, pages in key order, next and prev agree', async (t) => {
  const org = await createOrganisation(app, 'member', 'Dense Castings');
  const location = sql`ST_SetSRID(ST_MakePoint(-2.0662, 52.5294), 4326)::geography`;
  const [site] = await db.insert(sites).values({ organisationId: org.id, name: 'Works', location }).returning();
  const dense = COUNT_LIMIT + 50;
  // Spread over ~0.2° so the listings fall in many public cells, all inside the box below.
  await db.execute(sql`INSERT INTO listings (organisation_id, site_id, kind, material_code, quantity_amount, quantity_unit,
      quantity_rate, max_haul_km, expires_at, location)
    SELECT ${org.id}, ${site!.id}, 'offer', 'foundry-sand', 10, 't', 'month', 50, now() + interval '1 day',
      ST_SetSRID(ST_MakePoint(-2.1 + (i % 100) * 0.002, 52.45 + (i / 100) * 0.002), 4326)::geography
    FROM generate_series(1, ${dense}) i`);
  // One listing outside the box, which no page may hold.
  await db.execute(sql`INSERT INTO listings (organisation_id, site_id, kind, material_code, quantity_amount, quantity_unit,
      quantity_rate, max_haul_km, expires_at, location)
    VALUES (${org.id}, ${site!.id}, 'offer', 'foundry-sand', 10, 't', 'month', 50, now() + interval '1 day',
      ST_SetSRID(ST_MakePoint(0.5, 51.5), 4326)::geography)`);
  const box = '-2.2,52.4,-1.8,52.8';
  const expected = await queryRows<{ id: string }>(
    db,
    sql`SELECT id::text AS id FROM listings WHERE ST_X(public_location::geometry) BETWEEN -2.2 AND -1.8
          AND ST_Y(public_location::geometry) BETWEEN 52.4 AND 52.8 ORDER BY id LIMIT 300`,
  );
  const get = (url: string) => app.inject({ method: 'GET', url, headers: bearer(org.apiKey) });
  let url = `/ogc/collections/listings/items?bbox=${box}&limit=100`;
  const seen: string[] = [];
  const pages: { features: { id: string }[]; links: { rel: string; href: string }[]; numberMatched?: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await get(url);
    t.equal(res.statusCode, 200);
    const page = res.json();
    pages.push(page);
    t.equal(page.numberMatched, dense, 'more than COUNT_LIMIT: still counted exactly');
    seen.push(...page.features.map((f: { id: string }) => f.id));
    const next = page.links.find((l: { rel: string }) => l.rel === 'next');
    const u = new URL(next.href);
    url = `${u.pathname}${u.search}`;
  }
  t.same(seen, expected.map((r) => r.id), 'the first 300 in the box, in key order, none twice');
  const prev = pages[2]!.links.find((l) => l.rel === 'prev')!;
  const back = (await get(`${new URL(prev.href).pathname}${new URL(prev.href).search}`)).json();
  t.same(
    back.features.map((f: { id: string }) => f.id),
    pages[1]!.features.map((f) => f.id),
    'prev from the third page is the second',
  );
  const filtered = (await get(`/ogc/collections/listings/items?bbox=${box}&kind=want`)).json();
  t.equal(filtered.numberMatched, 0, 'a filter that leaves none is counted');
  const byMaterial = (await get(`/ogc/collections/listings/items?bbox=${box}&material=foundry-sand`)).json();
  t.equal(byMaterial.numberMatched, dense, 'a material filter is summed from the counts per point and material too');
  t.equal(byMaterial.features.length, 100, 'still paged');
  const byCategory = (await get(`/ogc/collections/listings/items?bbox=${box}&category=sand-aggregates`)).json();
  t.equal(byCategory.numberMatched, undefined, 'a category filter is counted one by one: left out past COUNT_LIMIT');
});
