import { eq } from 'drizzle-orm';
import t from 'tap';
import { apiKeys } from '../db/schema.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

const orgBody = { name: 'Tipton Foundry', role: 'member', contactEmail: 'ops@tipton.example' };

t.test('protected routes need a key', async (t) => {
  const res = await app.inject({ method: 'POST', url: '/organisations', payload: orgBody });
  t.equal(res.statusCode, 401);
  t.equal(res.headers['www-authenticate'], 'Bearer');
  t.match(res.json(), { status: 401, type: 'urn:reuse-exchange:problem:unauthorized' });
});

t.test('unknown, malformed and non-bearer credentials are refused', async (t) => {
  for (const authorization of [
    `Bearer rx_00000000_${'a'.repeat(43)}`,
    'Bearer not-a-key',
    'Bearer ',
    `Basic ${Buffer.from('a:b').toString('base64')}`,
  ]) {
    const res = await app.inject({
      method: 'POST',
      url: '/organisations',
      headers: { authorization },
      payload: orgBody,
    });
    t.equal(res.statusCode, 401, authorization);
  }
});

t.test('ADMIN_API_KEY creates organisations; the key is shown once and stored hashed', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: orgBody,
  });
  t.equal(res.statusCode, 201);
  const body = res.json();
  t.match(body, { name: 'Tipton Foundry', role: 'member', contactEmail: 'ops@tipton.example' });
  t.match(body.apiKey, /^rx_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  t.equal(res.headers.location, `/organisations/${body.id}`);
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.organisationId, body.id));
  t.ok(row);
  t.equal(row?.prefix, body.apiKeyPrefix);
  t.not(row?.keyHash, body.apiKey, 'the key itself is not stored');
  t.match(row?.keyHash, /^[0-9a-f]{64}$/);
});

t.test("an organisation's key authenticates, records its use, and roles are enforced", async (t) => {
  const member = await createOrganisation(app, 'member');
  const asMember = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(member.apiKey),
    payload: orgBody,
  });
  t.equal(asMember.statusCode, 403, 'a member cannot create organisations');
  t.match(asMember.json(), { type: 'urn:reuse-exchange:problem:forbidden' });
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, member.apiKeyId));
  t.ok(row?.lastUsedAt, 'last use recorded');

  const officer = await createOrganisation(app, 'officer');
  const asOfficer = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(officer.apiKey),
    payload: { ...orgBody, role: 'officer' },
  });
  t.equal(asOfficer.statusCode, 403, 'nor can an officer, but for a firm (a member)');
  const firmByOfficer = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(officer.apiKey),
    payload: { ...orgBody, role: 'member' },
  });
  t.equal(firmByOfficer.statusCode, 201, 'an officer adds a firm');

  const admin = await createOrganisation(app, 'admin');
  const asAdmin = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(admin.apiKey),
    payload: orgBody,
  });
  t.equal(asAdmin.statusCode, 201, 'an admin organisation can');
});

t.test('a revoked key is refused at once', async (t) => {
  const admin = await createOrganisation(app, 'admin');
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, admin.apiKeyId));
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(admin.apiKey),
    payload: orgBody,
  });
  t.equal(res.statusCode, 401);
});

t.test('public routes need no key', async (t) => {
  for (const url of ['/health', '/ready', '/materials', '/materials/soil', '/documentation/json']) {
    const res = await app.inject({ method: 'GET', url });
    t.equal(res.statusCode, 200, url);
  }
});

t.test('no ADMIN_API_KEY: the built-in admin does not exist', async (t) => {
  const other = await buildTestApp(t, { ADMIN_API_KEY: '' });
  const res = await other.app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: orgBody,
  });
  t.equal(res.statusCode, 401);
});
