// A listing's ranking is kept between requests (src/matching/ranking-cache.ts) while the
// generation of the cells within its reach (migration 0024) holds and none of its candidates has
// expired: kept pages must read
// as ranked ones do, and a ranking must never outlive what it was ranked from.
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { type Principal } from '../../src/auth/principal.ts';
import { matchesForListing } from '../../src/matching/matches.ts';
import { CELL, cellsWithin } from '../../src/matching/match-cells.ts';
import { type KeptRanking, keptIds, keptPage, keyOf, parseShared, RankingCache, SharedRankings } from '../../src/matching/ranking-cache.ts';
import { Outage } from '../../src/platform/outage.ts';
import { closeRedis, openRedis } from '../../src/platform/redis.ts';
import { insertListing, insertOrganisation, PLACES } from '../fixtures.ts';
import { buildTestApp } from '../helper.ts';

const { db, config, reset } = await buildTestApp(t, { WORKERS: '0' });
t.beforeEach(reset);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

t.test('the cache keeps the most recently used lists, and drops one whose candidate expired', async (t) => {
  const cache = new RankingCache(2);
  const list = (validUntilMs = 1000): KeptRanking => ({ generation: '1', validUntilMs, ids: keptIds([id(1), id(2)]) });
  await cache.set('a', list());
  await cache.set('b', list());
  t.ok(await cache.get('a', 0), 'a is used: now the most recent');
  await cache.set('c', list());
  t.equal(cache.size, 2);
  t.equal(await cache.get('b', 0), null, 'b, the least recently used, went');
  t.ok(await cache.get('a', 0));
  cache.drop('a');
  t.equal(await cache.get('a', 0), null, 'dropped');
  await cache.set('d', list(500));
  t.ok(await cache.get('d', 499));
  t.equal(await cache.get('d', 500), null, 'a candidate expired at 500');
  t.equal(cache.size, 1, 'and it went');
});

t.test('a list shared through Redis reads back as it was; with Redis unreachable, each instance keeps its own', async (t) => {
  const list: KeptRanking = { generation: '42', validUntilMs: 5000, ids: keptIds([id(1), id(2)]) };
  t.same(parseShared(`42 5000 ${list.ids}`), list);
  t.same(parseShared('42 5000 '), { ...list, ids: '' }, 'an empty list');
  t.equal(parseShared('42 soon abc'), null);
  const redis = await openRedis('redis://127.0.0.1:1', 'kept-rankings-test:');
  t.teardown(() => closeRedis(redis));
  const warnings: string[] = [];
  const log = { warn: (_: unknown, message: string) => warnings.push(message), info: () => {} } as unknown as FastifyBaseLogger;
  const shared = new SharedRankings(redis, new Outage(log, 'Redis', 'match rankings kept per instance'));
  t.equal(await shared.get('a', 0), null);
  await shared.set('a', list, 0);
  t.same(await shared.get('a', 0), list, 'kept by this instance');
  t.equal(await shared.get('b', 0), null);
  t.equal(warnings.length, 1, 'the outage logged once');
});

const cells = cellsWithin(-2, 52.5, 50_000);

t.test('a page of a kept list: its ids, and the list’s size; keys', async (t) => {
  const kept = { generation: '1', validUntilMs: 1, ids: keptIds([1, 2, 3, 4, 5].map(id)) };
  t.same(keptPage(kept, 0, 2), { size: 5, ids: [id(1), id(2)] });
  t.same(keptPage(kept, 4, 2), { size: 5, ids: [id(5)] });
  t.same(keptPage(kept, 6, 2), { size: 5, ids: [] });
  t.throws(() => keptIds(['not-a-uuid']));
  const key = { listingId: id(1), exactPositions: true, strict: false, today: '2026-12-03', factorSet: 'f', cap: 200, minShare: 0.05, codes: ['foundry-sand'], cells };
  t.not(keyOf(key), keyOf({ ...key, exactPositions: false }), 'officers and members: two lists');
  t.not(keyOf(key), keyOf({ ...key, codes: ['foundry-sand', 'silica-sand'] }), 'other materials: another sum');
  t.not(keyOf(key), keyOf({ ...key, cells: { ...cells, x1: cells.x1 + 1 } }), 'other cells: another sum');
  t.not(keyOf(key), keyOf({ ...key, cap: 100 }), 'other settings (instances mid-deployment): another list');
});

t.test('the cells around a point hold every point within the distance, on the spheroid', async (t) => {
  for (const [lon, lat, metres] of [[-2.13, 52.59, 80_000], [-0.34, 53.75, 250_000], [8.8, 53.08, 1_000], [-5.5, 58.6, 120_000], [179.9, 10, 50_000], [0, 88.9, 50_000]] as const) {
    const r = cellsWithin(lon, lat, metres);
    const far = await queryRows<{ lon: number; lat: number }>(
      db,
      sql`SELECT ST_X(p::geometry) AS lon, ST_Y(p::geometry) AS lat FROM (
            SELECT ST_Project(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)::geography, ${metres}::float8, radians(a))::geography AS p
              FROM generate_series(0, 355, 5) a) d`,
    );
    const outside = far.filter((p) => {
      const [x, y] = [Math.floor(Number(p.lon) / CELL.lon), Math.floor(Number(p.lat) / CELL.lat)];
      return x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1;
    });
    t.same(outside, [], `${lon}, ${lat}, ${metres} m`);
  }
});

type Cell = { material_code: string; cell_x: number; cell_y: number; generation: string };
const cellRows = () => queryRows<Cell>(db, sql`SELECT material_code, cell_x, cell_y, generation::text FROM match_cells ORDER BY 1, 2, 3`);
const sum = async () => (await cellRows()).reduce((n, c) => n + BigInt(c.generation), 0n);

t.test('every committed write to a listing raises its cells, once a transaction; reads and rollbacks do not', async (t) => {
  const firm = await insertOrganisation(db, 'Tipton Castings');
  const s0 = await sum();
  const a = await insertListing(db, firm, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const [x, y] = [Math.floor(PLACES.tipton[0] / CELL.lon), Math.floor(PLACES.tipton[1] / CELL.lat)];
  t.match(await cellRows(), [{ material_code: 'foundry-sand', cell_x: x, cell_y: y }], 'the listing’s own cell');
  t.equal(await sum(), s0 + 1n, 'an insert');
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE listings SET quantity_amount = 7 WHERE id = ${a}`);
    await tx.execute(sql`UPDATE listings SET quantity_amount = 8 WHERE id = ${a}`);
  });
  t.equal(await sum(), s0 + 2n, 'two updates in one transaction: once');
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE listings SET quantity_amount = 9 WHERE id = ${a}`);
    tx.rollback();
  }).catch(() => undefined);
  t.equal(await sum(), s0 + 2n, 'a rolled back update: not at all');
  await queryRows(db, sql`SELECT * FROM listings`);
  t.equal(await sum(), s0 + 2n, 'a read: not at all');
  const [hx, hy] = [Math.floor(PLACES.hull[0] / CELL.lon), Math.floor(PLACES.hull[1] / CELL.lat)];
  await db.execute(sql`UPDATE listings SET location = ST_SetSRID(ST_MakePoint(${PLACES.hull[0]}, ${PLACES.hull[1]}), 4326)::geography WHERE id = ${a}`);
  t.match(await cellRows(), [{ cell_x: x, cell_y: y, generation: '3' }, { cell_x: hx, cell_y: hy, generation: '1' }], 'moved: the cell it left and the one it entered');
  const want = await insertListing(db, firm, 'hull', { kind: 'want', materialCode: 'steel-scrap', otherMaterials: ['steel-turnings'] });
  t.match((await cellRows()).map((c) => c.material_code), ['foundry-sand', 'foundry-sand', 'steel-scrap', 'steel-turnings'], 'a want: every material it accepts');
  const before = await sum();
  await db.execute(sql`DELETE FROM listings WHERE id = ${want}`);
  t.equal(await sum(), before + 2n, 'a delete');
  const rows = (await cellRows()).length;
  await db.execute(sql`TRUNCATE listings CASCADE`);
  t.equal(await sum(), before + 2n + BigInt(rows), 'a truncate: every cell');
});

async function market() {
  const buyer = await insertOrganisation(db, 'Wolves Blocks');
  const seller = await insertOrganisation(db, 'Tipton Castings');
  const want = await insertListing(db, buyer, 'wolverhampton', {
    kind: 'want', materialCode: 'foundry-sand', accepts: { clayPct: { max: 10 } }, maxHaulKm: 80,
  });
  const offer = await insertListing(db, seller, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', grade: { clayPct: 8 }, maxHaulKm: 80 });
  for (const [i, place] of (['tipton', 'birmingham', 'wolverhampton', 'birmingham', 'tipton'] as const).entries())
    await insertListing(db, seller, place, {
      kind: 'offer', materialCode: 'foundry-sand', grade: { clayPct: 2 + i }, quantityAmount: 40 + 20 * i, maxHaulKm: 80,
      ...(i === 4 ? { hazardous: true, ewcCode: '10 09 08' } : {}),
    });
  for (const place of ['tipton', 'birmingham'] as const)
    await insertListing(db, buyer, place, { kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 80 });
  const principal = (organisationId: string | null, role: Principal['role']): Principal =>
    ({ organisationId, role, keyId: null, userId: null, sessionId: null, orgAdmin: false });
  return { buyer, seller, want, offer, member: principal(buyer, 'member'), seller_: principal(seller, 'member'), officer: principal(null, 'officer') };
}

/** A page as the route serialises it: without the flag saying where it came from. */
const body = ({ kept: _kept, ...page }: Awaited<ReturnType<typeof matchesForListing>>) => JSON.stringify(page);

t.test('a kept page reads byte for byte as a ranked one, for members and officers, offers and wants, on every page', async (t) => {
  const m = await market();
  const rankings = new RankingCache();
  const cases = [
    { who: m.member, listing: m.want },
    { who: m.officer, listing: m.want },
    { who: m.seller_, listing: m.offer },
    { who: m.officer, listing: m.offer },
  ];
  for (const { who, listing } of cases) {
    for (const strict of [false, true]) {
      let cursor: string | undefined;
      let pages = 0;
      do {
        const query = { strict, limit: 2, cursor };
        const ranked = await matchesForListing(db, who, listing, query, config);
        const first = await matchesForListing(db, who, listing, query, config, db, rankings);
        const kept = await matchesForListing(db, who, listing, query, config, db, rankings);
        t.equal(body(first), body(ranked));
        t.equal(body(kept), body(ranked));
        t.equal(kept.kept, true);
        cursor = ranked.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      t.ok(pages >= 1);
    }
  }
  const officerWant = await matchesForListing(db, m.officer, m.want, { strict: false, limit: 10 }, config);
  t.ok(officerWant.items.some((i) => i.listing.hazardous && i.listing.ewcCode === '10 09 08'), 'the page facts come with kept pages too');
  t.ok(officerWant.items.every((i) => i.listing.organisation?.name === 'Tipton Castings'));
});

t.test('a kept list gives way to a write within its reach, and to a candidate expiring', async (t) => {
  const m = await market();
  const rankings = new RankingCache();
  const page = async () => {
    const { items, kept } = await matchesForListing(db, m.member, m.want, { strict: false, limit: 20 }, config, db, rankings);
    return { ids: items.map((i) => i.listing.id), kept };
  };
  const seen = (p: { ids: string[]; kept: boolean }) => ({ found: p.ids.includes(newcomer), kept: p.kept });
  let newcomer = '';
  const before = await page();
  t.equal(before.kept, false);
  t.same(await page(), { ...before, kept: true });

  await insertListing(db, m.seller, 'hull', { kind: 'offer', materialCode: 'foundry-sand', maxHaulKm: 80 });
  await insertListing(db, m.seller, 'tipton', { kind: 'offer', materialCode: 'steel-scrap', maxHaulKm: 80 });
  t.same(await page(), { ...before, kept: true }, 'a listing beyond its reach, or of another material: still kept');

  newcomer = await insertListing(db, m.seller, 'wolverhampton', { kind: 'offer', materialCode: 'foundry-sand', quantityAmount: 500, maxHaulKm: 80 });
  t.same(seen(await page()), { found: true, kept: false }, 'a new counterpart is found at once');

  await db.execute(sql`UPDATE listings SET status = 'paused' WHERE id = ${newcomer}`);
  t.notOk((await page()).ids.includes(newcomer), 'a paused one is gone at once');

  await db.execute(sql`UPDATE listings SET status = 'active', location = ST_SetSRID(ST_MakePoint(${PLACES.hull[0]}, ${PLACES.hull[1]}), 4326)::geography WHERE id = ${newcomer}`);
  t.notOk((await page()).ids.includes(newcomer), 'one moved beyond its reach is gone at once');
  await db.execute(sql`UPDATE listings SET location = ST_SetSRID(ST_MakePoint(${PLACES.tipton[0]}, ${PLACES.tipton[1]}), 4326)::geography WHERE id = ${newcomer}`);
  t.ok((await page()).ids.includes(newcomer), 'and back within it, found at once');

  // Expiry is a moment, not a write: the list kept holds only until its first candidate expires.
  await db.execute(sql`UPDATE listings SET expires_at = now() + interval '1.5 seconds' WHERE id = ${newcomer}`);
  t.same(seen(await page()), { found: true, kept: false });
  t.same(seen(await page()), { found: true, kept: true }, 'kept, while it lasts');
  await new Promise((resolve) => setTimeout(resolve, 1600));
  t.same(seen(await page()), { found: false, kept: false }, 'expired: gone, though nothing was written');
});

t.test('the subject’s own edit drops its list', async (t) => {
  const m = await market();
  const rankings = new RankingCache();
  const page = () => matchesForListing(db, m.member, m.want, { strict: false, limit: 20 }, config, db, rankings);
  const all = (await page()).items.length;
  t.ok(all >= 3);
  t.equal((await page()).kept, true);
  await db.execute(sql`UPDATE listings SET accepts = '{"clayPct": {"max": 3}}'::jsonb WHERE id = ${m.want}`);
  const stricter = await page();
  t.ok(stricter.items.length < all, 'a stricter want: fewer at once');
  t.equal(stricter.kept, false);
});
