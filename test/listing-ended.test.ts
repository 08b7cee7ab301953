import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Org = Awaited<ReturnType<typeof createOrganisation>>;
const send = (method: 'GET' | 'POST', url: string, org: Org, payload?: object) =>
  app.inject({ method, url, headers: bearer(org.apiKey), ...(payload ? { payload } : {}) });

/** The database's today and yesterday, YYYY-MM-DD: listings end by its calendar. */
async function days() {
  const [row] = await queryRows<{ today: string; yesterday: string; month_ago: string }>(
    db,
    sql`SELECT current_date::text AS today, (current_date - 1)::text AS yesterday, (current_date - 30)::text AS month_ago`,
  );
  if (!row) throw new Error('no date');
  return row;
}

async function listing(org: Org, body: object) {
  const site = await send('POST', '/sites', org, { name: 'Works', location: { type: 'Point', coordinates: [-2.0662, 52.5294] } });
  const res = await send('POST', '/listings', org, { siteId: site.json().id, ...body });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json() as { id: string; status: string };
}

const sand = { kind: 'offer', material: 'foundry-sand', grade: { clayPct: 8 }, quantity: { amount: 120, unit: 't', rate: 'month' }, maxHaulKm: 40 };
const wantSand = { kind: 'want', material: 'foundry-sand', accepts: { clayPct: { max: 12 } }, quantity: { amount: 80, unit: 't', rate: 'month' }, maxHaulKm: 40 };

t.test('a listing past its availability reads as ended, to its owner, and to others not at all', async (t) => {
  const { today, yesterday, month_ago } = await days();
  const firm = await createOrganisation(app);
  const other = await createOrganisation(app);
  const ended = await listing(firm, { ...sand, availableFrom: month_ago, availableUntil: yesterday });
  const lastDay = await listing(firm, { ...sand, availableUntil: today });

  t.equal(ended.status, 'ended', 'as created');
  t.equal((await send('GET', `/listings/${ended.id}`, firm)).json().status, 'ended', 'as read by its owner');
  t.equal((await send('GET', `/listings/${lastDay.id}`, firm)).json().status, 'active', 'its last day is still active');
  t.same(
    (await send('GET', '/listings?status=ended', firm)).json().items.map((l: { id: string }) => l.id),
    [ended.id],
    'filterable by status=ended',
  );
  t.same(
    (await send('GET', '/listings', other)).json().items.map((l: { id: string }) => l.id),
    [lastDay.id],
    'others search active listings only',
  );
  t.equal((await send('GET', `/listings/${ended.id}`, other)).statusCode, 404, 'nor read it');
  t.equal((await send('GET', `/listings/${ended.id}/matches`, firm)).statusCode, 409, 'an ended listing does not match');
});

t.test('an ended listing cannot be proposed in an exchange, nor appear among matches', async (t) => {
  const { yesterday } = await days();
  const firm = await createOrganisation(app);
  const buyer = await createOrganisation(app);
  const ended = await listing(firm, { ...sand, availableUntil: yesterday });
  const want = await listing(buyer, wantSand);
  const proposed = await send('POST', '/exchanges', buyer, {
    offerId: ended.id,
    wantId: want.id,
    quantity: { amount: 10, unit: 't', rate: 'month' },
  });
  t.equal(proposed.statusCode, 409, proposed.json().detail);
  const matches = await send('GET', `/listings/${want.id}/matches`, buyer);
  t.equal(matches.statusCode, 200);
  t.same(matches.json().items, [], 'the ended offer is no candidate');
});
