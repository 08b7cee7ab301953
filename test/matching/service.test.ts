import t from 'tap';
import { insertListing } from '../fixtures.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from '../helper.ts';

// A deployment whose DEFAULT_FACTOR_SET names a set that was never loaded.
const { app, db, reset } = await buildTestApp(t, { DEFAULT_FACTOR_SET: 'no-such-set' });
t.beforeEach(reset);

const search = {
  kind: 'want',
  material: 'steel-scrap',
  quantity: { amount: 500, unit: 't', rate: 'month' },
  maxHaulKm: 60,
  location: { type: 'Point', coordinates: [-1.4701, 53.3811] },
};

t.test('a missing configured factor set is a logged 503 problem, never a 500', async (t) => {
  const firm = await createOrganisation(app, 'member');
  const offer = await insertListing(db, firm.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const answers = [
    await app.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(firm.apiKey) }),
    await app.inject({ method: 'POST', url: '/matches/search', headers: bearer(firm.apiKey), payload: search }),
    await app.inject({ method: 'GET', url: '/reports/savings', headers: bearer(ADMIN_KEY) }),
  ];
  for (const res of answers) {
    t.equal(res.statusCode, 503, res.body);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.notMatch(res.body, /no-such-set/, 'the configuration is not shown to clients');
  }
});

t.test("refusals come before the factor set is read, as before", async (t) => {
  const firm = await createOrganisation(app, 'member');
  const other = await createOrganisation(app, 'member');
  const offer = await insertListing(db, firm.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const res = await app.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(other.apiKey) });
  t.equal(res.statusCode, 403);
  const unknown = await app.inject({
    method: 'POST',
    url: '/matches/search',
    headers: bearer(firm.apiKey),
    payload: { ...search, material: 'unobtainium' },
  });
  t.match(unknown.json(), { status: 400, errors: [{ path: 'material' }] });
});

t.test('a listing that does not match says the status it reads as', async (t) => {
  const firm = await createOrganisation(app, 'member');
  const cases = [
    { values: { expiresAt: new Date(Date.now() - 1000) }, status: 'expired' },
    { values: { status: 'paused' as const }, status: 'paused' },
    { values: { status: 'draft' as const }, status: 'draft' },
  ];
  for (const { values, status } of cases) {
    const id = await insertListing(db, firm.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand', ...values });
    const res = await app.inject({ method: 'GET', url: `/listings/${id}/matches`, headers: bearer(firm.apiKey) });
    t.equal(res.statusCode, 409);
    t.equal(res.json().detail, `The listing is ${status}: renew or activate it to match.`);
  }
});
