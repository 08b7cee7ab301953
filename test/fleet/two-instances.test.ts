// Two instances of the service on one PostgreSQL and one Redis: what a client sees must not
// depend on which instance answers. Server engine only: two processes cannot share one PGlite.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { exchanges } from '../../db/schema.ts';
import { insertListing } from '../fixtures.ts';
import { ADMIN_KEY, bearer, createOrganisation } from '../helper.ts';
import { buildInstances, redisAnswers } from './instances.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const skip = !serverUrl
  ? 'needs the server engine (TEST_DATABASE_URL): two processes cannot share one embedded PGlite'
  : !(await redisAnswers())
    ? 'needs Redis at TEST_REDIS_URL or redis://127.0.0.1:6379'
    : false;

const get = (app: FastifyInstance, url: string, key: string) => app.inject({ method: 'GET', url, headers: bearer(key) });

t.test('a client limited to N requests a minute gets N in total across both instances', { skip }, async (t) => {
  const [a, b] = await buildInstances(t, serverUrl as string, 2, { RATE_LIMIT_PER_MINUTE: '6' });
  if (!a || !b) throw new Error('two instances');
  const firm = await createOrganisation(a);
  const codes: number[] = [];
  for (let i = 0; i < 12; i++) codes.push((await get(i % 2 ? b : a, '/materials', firm.apiKey)).statusCode);
  t.same(codes, [200, 200, 200, 200, 200, 200, 429, 429, 429, 429, 429, 429], 'six served, alternating instances');
  const refused = await get(a, '/materials', firm.apiKey);
  t.match(refused.json(), { status: 429, type: 'urn:reuse-exchange:problem:rate-limited' });
  t.ok(Number(refused.headers['retry-after']) > 0, 'with Retry-After');
  const other = await createOrganisation(b);
  t.equal((await get(b, '/materials', other.apiKey)).statusCode, 200, 'another client has its own budget');
});

t.test('failed authentications from one address are counted across both instances', { skip }, async (t) => {
  const [a, b] = await buildInstances(t, serverUrl as string, 2, { AUTH_FAILURES_PER_MINUTE: '3' });
  if (!a || !b) throw new Error('two instances');
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const app = i % 2 ? b : a;
    const res = await app.inject({ method: 'GET', url: '/listings', headers: bearer('rx_guess'), remoteAddress: '198.51.100.7' });
    codes.push(res.statusCode);
  }
  t.same(codes, [401, 401, 401, 429, 429, 429]);
  const elsewhere = await b.inject({ method: 'GET', url: '/listings', headers: bearer('rx_guess'), remoteAddress: '198.51.100.8' });
  t.equal(elsewhere.statusCode, 401, 'another address has its own budget');
});

t.test('concurrent accepts through both instances never reserve more than the offer has', { skip }, async (t) => {
  const [a, b] = await buildInstances(t, serverUrl as string, 2);
  if (!a || !b) throw new Error('two instances');
  const seller = await createOrganisation(a, 'member', 'Flow Foundry');
  // 100 t a month = 1200 t a year; ten buyers each want 200 t a year: only six fit.
  const offerId = await insertListing(a.db, seller.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const buyer = await createOrganisation(b);
    const wantId = await insertListing(b.db, buyer.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
    const res = await b.inject({
      method: 'POST',
      url: '/exchanges',
      headers: bearer(buyer.apiKey),
      payload: { offerId, wantId, quantity: { amount: 200, unit: 't', rate: 'year' } },
    });
    t.equal(res.statusCode, 201);
    ids.push(res.json().id);
  }
  const results = await Promise.all(
    ids.map((id, i) => (i % 2 ? b : a).inject({ method: 'POST', url: `/exchanges/${id}/accept`, headers: bearer(seller.apiKey) })),
  );
  t.same(results.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 200, 409, 409, 409, 409]);
  const held = (await a.db.select().from(exchanges).where(eq(exchanges.offerId, offerId)))
    .filter((e) => e.status === 'accepted')
    .reduce((sum, e) => sum + e.quantityAmount, 0);
  t.equal(held, 1200, 'exactly the offer, never more');
});

t.test('a listing ranked through one instance is served from that ranking by the other', { skip }, async (t) => {
  const [a, b] = await buildInstances(t, serverUrl as string, 2, { METRICS: 'true' });
  if (!a || !b) throw new Error('two instances');
  const firm = await createOrganisation(a);
  const other = await createOrganisation(a);
  const offer = await insertListing(a.db, firm.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  await insertListing(a.db, other.id, 'wolverhampton', { kind: 'want', materialCode: 'foundry-sand' });
  const url = `/listings/${offer}/matches`;
  const first = await get(a, url, firm.apiKey);
  t.equal(first.json().candidates, 1);
  const second = await get(b, url, firm.apiKey);
  t.equal(second.body, first.body, 'the same answer');
  const kept = async (app: FastifyInstance) =>
    /^reuse_exchange_match_rankings_total\{source="kept"\} (\d+)$/m.exec((await get(app, '/metrics', ADMIN_KEY)).body)?.[1] ?? '0';
  t.equal(await kept(b), '1', 'read from the ranking the other instance kept');
  t.equal(await kept(a), '0');

  await insertListing(b.db, other.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  t.equal((await get(a, url, firm.apiKey)).json().candidates, 2, 'a write through either: ranked afresh');
  t.equal((await get(b, url, firm.apiKey)).json().candidates, 2);
  t.equal(await kept(b), '2', 'and that ranking shared');
});

t.test('an Idempotency-Key replayed on the other instance returns the first answer', { skip }, async (t) => {
  const [a, b] = await buildInstances(t, serverUrl as string, 2);
  if (!a || !b) throw new Error('two instances');
  const firm = await createOrganisation(a);
  const site = await a.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(firm.apiKey),
    payload: { name: 'Works', location: { type: 'Point', coordinates: [-2.0662, 52.5294] }, postcode: 'DY4 9AA' },
  });
  const offer = {
    kind: 'offer',
    siteId: site.json().id,
    material: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 120, unit: 't', rate: 'month' },
    maxHaulKm: 40,
    currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
  };
  const post = (app: FastifyInstance, key: string) =>
    app.inject({ method: 'POST', url: '/listings', headers: { ...bearer(firm.apiKey), 'idempotency-key': key }, payload: offer });
  const first = await post(a, 'order-42');
  const replay = await post(b, 'order-42');
  t.equal(first.statusCode, 201);
  t.equal(replay.statusCode, 201);
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.same(replay.json(), first.json(), 'the first answer, byte for byte');
  t.equal(replay.headers.location, first.headers.location);

  const burst = await Promise.all([a, b, a, b].map((app) => post(app, 'burst-7')));
  t.equal(new Set(burst.map((r) => r.json().id)).size, 1, 'concurrent retries through both create one listing');
  const mine = (await get(b, '/listings?kind=offer', firm.apiKey)).json();
  t.equal(mine.items.length, 2, 'two listings in all: order-42 and burst-7');
});
