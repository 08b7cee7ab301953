// A listing's ranking is kept between requests (src/matching/ranking-cache.ts) while the listings'
// generation (migration 0024) holds and none of its candidates has expired: kept pages must read
// as ranked ones do, and a ranking must never outlive what it was ranked from.
import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../../db/client.ts';
import { type Principal } from '../../src/auth/principal.ts';
import { matchesForListing } from '../../src/matching/matches.ts';
import { type KeptRanking, keptIds, keptPage, keyOf, RankingCache } from '../../src/matching/ranking-cache.ts';
import { insertListing, insertOrganisation } from '../fixtures.ts';
import { buildTestApp } from '../helper.ts';

const { db, config, reset } = await buildTestApp(t, { WORKERS: '0' });
t.beforeEach(reset);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

t.test('the cache keeps the most recently used lists, and drops one that no longer holds', async (t) => {
  const cache = new RankingCache(2);
  const list = (generation: string, validUntilMs = 1000): KeptRanking => ({ generation, validUntilMs, ids: keptIds([id(1), id(2)]) });
  cache.set('a', list('1'));
  cache.set('b', list('1'));
  t.ok(cache.get('a', '1', 0), 'a is used: now the most recent');
  cache.set('c', list('1'));
  t.equal(cache.size, 2);
  t.equal(cache.get('b', '1', 0), null, 'b, the least recently used, went');
  t.ok(cache.get('a', '1', 0));
  t.equal(cache.get('a', '2', 0), null, 'another generation: stale');
  t.equal(cache.get('a', '1', 0), null, 'and dropped');
  cache.set('d', list('1', 500));
  t.ok(cache.get('d', '1', 499));
  t.equal(cache.get('d', '1', 500), null, 'a candidate expired at 500');
});

t.test('a page of a kept list: its ids, and the list’s size', async (t) => {
  const kept = { generation: '1', validUntilMs: 1, ids: keptIds([1, 2, 3, 4, 5].map(id)) };
  t.same(keptPage(kept, 0, 2), { size: 5, ids: [id(1), id(2)] });
  t.same(keptPage(kept, 4, 2), { size: 5, ids: [id(5)] });
  t.same(keptPage(kept, 6, 2), { size: 5, ids: [] });
  t.throws(() => keptIds(['not-a-uuid']));
  t.not(keyOf({ listingId: id(1), exactPositions: true, strict: false, today: '2026-12-03' }),
    keyOf({ listingId: id(1), exactPositions: false, strict: false, today: '2026-12-03' }), 'officers and members: two lists');
});

const generation = async () => (await queryRows<{ g: string }>(db, sql`SELECT generation::text AS g FROM match_generation`))[0]?.g;

t.test('every committed write to listings raises the generation once; reads and rollbacks do not', async (t) => {
  const firm = await insertOrganisation(db, 'Tipton Castings');
  const g0 = BigInt((await generation()) ?? -1);
  t.ok(g0 >= 0n, 'the one row is there');
  const a = await insertListing(db, firm, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  t.equal(BigInt((await generation()) ?? -1), g0 + 1n, 'an insert');
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE listings SET quantity_amount = 7 WHERE id = ${a}`);
    await tx.execute(sql`UPDATE listings SET quantity_amount = 8 WHERE id = ${a}`);
  });
  t.equal(BigInt((await generation()) ?? -1), g0 + 2n, 'two updates in one transaction: once');
  await db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE listings SET quantity_amount = 9 WHERE id = ${a}`);
    tx.rollback();
  }).catch(() => undefined);
  t.equal(BigInt((await generation()) ?? -1), g0 + 2n, 'a rolled back update: not at all');
  await queryRows(db, sql`SELECT * FROM listings`);
  t.equal(BigInt((await generation()) ?? -1), g0 + 2n, 'a read: not at all');
  await db.execute(sql`DELETE FROM listings WHERE id = ${a}`);
  t.equal(BigInt((await generation()) ?? -1), g0 + 3n, 'a delete');
  await db.execute(sql`TRUNCATE listings CASCADE`);
  t.equal(BigInt((await generation()) ?? -1), g0 + 4n, 'a truncate');
});

/** Counts the lists it serves, so that a test knows a page came from one. */
class CountingCache extends RankingCache {
  served = 0;
  override get(key: string, generation: string, nowMs: number) {
    const kept = super.get(key, generation, nowMs);
    if (kept) this.served++;
    return kept;
  }
}

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
  const rankings = new CountingCache();
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
  t.ok(rankings.served >= 16, `served from kept lists: ${rankings.served}`);
});

t.test('a kept list gives way to any write to listings, and to a candidate expiring', async (t) => {
  const m = await market();
  const rankings = new CountingCache();
  const page = async () => (await matchesForListing(db, m.member, m.want, { strict: false, limit: 20 }, config, db, rankings)).items.map((i) => i.listing.id);
  const before = await page();
  t.same(await page(), before);
  t.equal(rankings.served, 1);

  const newcomer = await insertListing(db, m.seller, 'wolverhampton', { kind: 'offer', materialCode: 'foundry-sand', quantityAmount: 500, maxHaulKm: 80 });
  const after = await page();
  t.ok(after.includes(newcomer), 'a new counterpart is found at once');
  t.equal(rankings.served, 1, 'ranked afresh');

  await db.execute(sql`UPDATE listings SET status = 'paused' WHERE id = ${newcomer}`);
  t.notOk((await page()).includes(newcomer), 'a paused one is gone at once');

  // Expiry is a moment, not a write: the list kept holds only until its first candidate expires.
  await db.execute(sql`UPDATE listings SET status = 'active', expires_at = now() + interval '1.5 seconds' WHERE id = ${newcomer}`);
  t.ok((await page()).includes(newcomer));
  t.ok((await page()).includes(newcomer), 'kept, while it lasts');
  const served = rankings.served;
  await new Promise((resolve) => setTimeout(resolve, 1600));
  t.notOk((await page()).includes(newcomer), 'expired: gone, though nothing was written');
  t.equal(rankings.served, served, 'ranked afresh');
});

t.test('without the generation row nothing is kept, and matching still answers', async (t) => {
  const m = await market();
  const rankings = new CountingCache();
  await db.execute(sql`DELETE FROM match_generation`);
  t.teardown(() => db.execute(sql`INSERT INTO match_generation DEFAULT VALUES ON CONFLICT DO NOTHING`));
  const query = { strict: false, limit: 20 };
  const one = await matchesForListing(db, m.member, m.want, query, config, db, rankings);
  const two = await matchesForListing(db, m.member, m.want, query, config, db, rankings);
  t.equal(body(two), body(one));
  t.equal(two.kept, false);
  t.equal(rankings.size, 0);
  t.equal(rankings.served, 0);
});
