import { randomBytes } from 'node:crypto';
import t from 'tap';
import { AuthFailureLimiter } from '../src/plugins/security.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app } = await buildTestApp(t, {
  RATE_LIMIT_PER_MINUTE: '5',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3',
  AUTH_FAILURES_PER_MINUTE: '2',
  CORS_ORIGINS: 'https://app.example.org',
});
// Only the failure limit is tight here, so bursts meet it and not the request rate limit.
const { app: strict } = await buildTestApp(t, { AUTH_FAILURES_PER_MINUTE: '2' });

t.test('security headers on every response', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/health', remoteAddress: '10.0.0.1' });
  t.equal(res.headers['x-content-type-options'], 'nosniff');
  t.match(res.headers['strict-transport-security'], /max-age=/);
  t.match(res.headers['content-security-policy'], /default-src 'self'/);
  t.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
});

t.test('CORS answers only the configured origins', async (t) => {
  const allowed = await app.inject({
    method: 'GET',
    url: '/health',
    headers: { origin: 'https://app.example.org' },
    remoteAddress: '10.0.0.2',
  });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.org');
  const other = await app.inject({
    method: 'GET',
    url: '/health',
    headers: { origin: 'https://evil.example' },
    remoteAddress: '10.0.0.2',
  });
  t.notOk(other.headers['access-control-allow-origin']);
});

t.test('CORS is off by default', async (t) => {
  const res = await strict.inject({ method: 'GET', url: '/health', headers: { origin: 'https://app.example.org' } });
  t.notOk(res.headers['access-control-allow-origin']);
});

t.test('anonymous callers are limited per address, with a 429 problem and Retry-After', async (t) => {
  const codes: number[] = [];
  let last;
  for (let i = 0; i < 4; i++) {
    last = await app.inject({ method: 'GET', url: '/materials', remoteAddress: '10.0.0.3' });
    codes.push(last.statusCode);
  }
  t.same(codes, [200, 200, 200, 429]);
  t.match(last?.headers['content-type'], /^application\/problem\+json/);
  t.match(last?.json(), { status: 429, type: 'urn:reuse-exchange:problem:rate-limited' });
  t.ok(Number(last?.headers['retry-after']) > 0);
  const elsewhere = await app.inject({ method: 'GET', url: '/materials', remoteAddress: '10.0.0.4' });
  t.equal(elsewhere.statusCode, 200, 'another address has its own allowance');
});

t.test('keys are limited per key, whatever the address', async (t) => {
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await app.inject({
      method: 'GET',
      url: '/materials',
      headers: bearer(ADMIN_KEY),
      remoteAddress: `10.1.0.${i}`,
    });
    codes.push(res.statusCode);
  }
  t.same(codes, [200, 200, 200, 200, 200, 429]);
});

t.test('repeated failed authentication is refused sooner', async (t) => {
  const attempt = (i: number) =>
    app.inject({
      method: 'POST',
      url: '/organisations',
      headers: { authorization: `Bearer rx_0000000${i}_${'x'.repeat(43)}` },
      payload: {},
      remoteAddress: '10.0.0.9',
    });
  t.equal((await attempt(1)).statusCode, 401);
  t.equal((await attempt(2)).statusCode, 401);
  const blocked = await attempt(3);
  t.equal(blocked.statusCode, 429, 'the third failure inside a minute is refused before the lookup');
  t.match(blocked.json(), { type: 'urn:reuse-exchange:problem:rate-limited' });
});

t.test('wrong passwords at sign-in count toward the same per-address limit', async (t) => {
  const attempt = () =>
    app.inject({
      method: 'POST',
      url: '/session',
      payload: { email: 'nobody@example.org', password: 'guess guess guess' },
      remoteAddress: '10.0.0.10',
    });
  t.equal((await attempt()).statusCode, 401);
  t.equal((await attempt()).statusCode, 401);
  const blocked = await attempt();
  t.equal(blocked.statusCode, 429, 'the third wrong password inside a minute is refused before any hashing');
  t.match(blocked.headers['content-type'], /^application\/problem\+json/);
});

t.test('a concurrent burst of wrong passwords gets no more than the limit checked', async (t) => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      strict.inject({
        method: 'POST',
        url: '/session',
        payload: { email: `nobody${i}@example.org`, password: 'guess guess guess' },
        remoteAddress: '10.0.0.11',
      }),
    ),
  );
  const codes = responses.map((r) => r.statusCode);
  t.equal(codes.filter((c) => c === 401).length, 2, 'as many checked as the limit');
  t.equal(codes.filter((c) => c === 429).length, 18, 'the rest refused before any hashing');
});

t.test('a concurrent burst of bad keys gets no more than the limit of failures', async (t) => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      strict.inject({
        method: 'GET',
        url: '/sites',
        headers: { authorization: `Bearer rx_${String(i).padStart(8, '0')}_${'x'.repeat(43)}` },
        remoteAddress: '10.0.0.12',
      }),
    ),
  );
  const codes = responses.map((r) => r.statusCode);
  t.equal(codes.filter((c) => c === 401).length, 2);
  t.equal(codes.filter((c) => c === 429).length, 18);
});

t.test('failed authentication from an address does not lock out valid credentials from it', async (t) => {
  const address = '10.0.0.13';
  const org = await createOrganisation(strict, 'member');
  const invite = await strict.inject({
    method: 'POST',
    url: `/organisations/${org.id}/invites`,
    headers: bearer(ADMIN_KEY),
    payload: { email: 'pat@castings.example' },
  });
  const accepted = await strict.inject({
    method: 'POST',
    url: `/invites/${invite.json().inviteUrl.split('/').pop()}/accept`,
    payload: { name: 'Pat Moulder', password: 'correct horse battery staple' },
  });
  const session = accepted.cookies.find((c) => c.name === 'rx_session');
  const badKey = (i: number) =>
    strict.inject({
      method: 'GET',
      url: '/sites',
      headers: { authorization: `Bearer rx_${String(i).padStart(8, '0')}_${'y'.repeat(43)}` },
      remoteAddress: address,
    });
  for (let i = 0; i < 20; i++) await badKey(i);
  t.equal((await badKey(99)).statusCode, 429, 'another bad key from the address is refused');
  const withKey = await strict.inject({ method: 'GET', url: '/sites', headers: bearer(org.apiKey), remoteAddress: address });
  t.equal(withKey.statusCode, 200, 'a valid key from the address is served');
  const withAdminKey = await strict.inject({ method: 'GET', url: '/sites', headers: bearer(ADMIN_KEY), remoteAddress: address });
  t.equal(withAdminKey.statusCode, 200, 'so is the admin key');
  const withSession = await strict.inject({
    method: 'GET',
    url: '/session',
    headers: { cookie: `rx_session=${session?.value}` },
    remoteAddress: address,
  });
  t.equal(withSession.statusCode, 200, 'a valid session from the address is served');

  const signIn = (password: string) =>
    strict.inject({
      method: 'POST',
      url: '/session',
      payload: { email: 'pat@castings.example', password },
      remoteAddress: '10.0.0.16',
    });
  for (let i = 0; i < 3; i++) t.equal((await signIn('correct horse battery staple')).statusCode, 200, `sign-in ${i + 1}`);
  t.equal((await signIn('not the password')).statusCode, 401, 'successful sign-ins left the budget whole');
});

t.test('a made-up session cookie is limited at the anonymous rate', async (t) => {
  const codes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await app.inject({
      method: 'GET',
      url: '/materials',
      headers: { cookie: `rx_session=${randomBytes(32).toString('base64url')}` },
      remoteAddress: '10.0.0.14',
    });
    codes.push(res.statusCode);
  }
  t.same(codes, [200, 200, 200, 429]);
  const sameCookie: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await app.inject({
      method: 'GET',
      url: '/materials',
      headers: { cookie: 'rx_session=made-up' },
      remoteAddress: '10.0.0.15',
    });
    sameCookie.push(res.statusCode);
  }
  t.same(sameCookie, [200, 200, 200, 429], 'one made-up cookie gets no more than none');
});

t.test('the failure window slides', async (t) => {
  let now = 0;
  const limiter = new AuthFailureLimiter(2, () => now);
  limiter.fail('a');
  now = 30_000;
  limiter.fail('a');
  t.throws(() => limiter.fail('a'), /failed authentications/);
  t.doesNotThrow(() => limiter.reserve('b'));
  now = 60_001;
  t.doesNotThrow(() => limiter.reserve('a'), 'a minute after its first failure the address may try again');
  t.throws(() => limiter.reserve('a'), /failed authentications/, 'but only once more');
});

t.test('an attempt released as honest does not count', async (t) => {
  const limiter = new AuthFailureLimiter(2, () => 0);
  for (let i = 0; i < 5; i++) limiter.release('a', limiter.reserve('a'));
  limiter.fail('a');
  limiter.fail('a');
  t.throws(() => limiter.reserve('a'), /failed authentications/);
});

t.test('behind a trusted proxy, limits count the client, not the proxy', async (t) => {
  const proxied = await buildTestApp(t, { TRUST_PROXY_HOPS: '1', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' });
  const from = (client: string) =>
    proxied.app.inject({ method: 'GET', url: '/materials', remoteAddress: '10.9.9.9', headers: { 'x-forwarded-for': client } });
  t.equal((await from('203.0.113.1')).statusCode, 200);
  t.equal((await from('203.0.113.2')).statusCode, 200, 'another client behind the same proxy');
  t.equal((await from('203.0.113.1')).statusCode, 429);
});

t.test('more requests in flight than the database pool can serve get a prompt 503 problem', async (t) => {
  const busy = await buildTestApp(t, { DB_QUEUE_MAX: '2' });
  const responses = await Promise.all(
    Array.from({ length: 12 }, () => busy.app.inject({ method: 'GET', url: '/materials' })),
  );
  const shed = responses.filter((r) => r.statusCode === 503);
  t.ok(shed.length > 0, `${shed.length} of 12 shed`);
  t.ok(responses.some((r) => r.statusCode === 200), 'the first ones are served');
  for (const r of shed) {
    t.match(r.json(), { type: 'urn:reuse-exchange:problem:overloaded', status: 503 });
    t.equal(r.headers['retry-after'], '2');
  }
  const health = await Promise.all(Array.from({ length: 6 }, () => busy.app.inject({ method: 'GET', url: '/health' })));
  t.ok(health.every((r) => r.statusCode === 200), 'liveness is never shed');
  t.equal((await busy.app.inject({ method: 'GET', url: '/materials' })).statusCode, 200, 'served again once the queue drains');
});
