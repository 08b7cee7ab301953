import t from 'tap';
import { ADMIN_KEY, bearer, buildTestApp } from './helper.ts';

const ctx = await buildTestApp(t, { BODY_LIMIT_BYTES: '2048' });
const { app } = ctx;
// A route with a bug in it, to see how an unexpected error leaves the server.
app.get('/test/boom', { config: { access: 'public' } }, async () => {
  throw new Error('secret internal detail: connection string postgres://u:p@h/db');
});
await app.ready();

const PROBLEM = /^application\/problem\+json/;

t.test('unknown routes are 404 problems', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/no/such/route?x=1' });
  t.equal(res.statusCode, 404);
  t.match(res.headers['content-type'], PROBLEM);
  t.match(res.json(), {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: 'No route GET /no/such/route',
  });
});

t.test('router errors are problems too: an over-long path parameter is a 414 problem', async (t) => {
  const res = await app.inject({ method: 'GET', url: `/materials/${'a'.repeat(300)}` });
  t.equal(res.statusCode, 414);
  t.match(res.headers['content-type'], PROBLEM);
  t.match(res.json(), { status: 414, title: 'URI Too Long' });
});

t.test('validation problems list every failing field', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: { name: '', role: 'boss', contactEmail: 'nope', extra: 1 },
  });
  t.equal(res.statusCode, 400);
  t.match(res.headers['content-type'], PROBLEM);
  const body = res.json();
  t.equal(body.type, 'urn:reuse-exchange:problem:validation');
  t.equal(body.status, 400);
  t.type(body.detail, 'string');
  const paths = body.errors.map((e: { path: string }) => e.path).sort();
  t.same(paths, ['', 'contactEmail', 'name', 'role'], 'each field, and the unknown key at the root');
  for (const e of body.errors) {
    t.equal(e.in, 'body');
    t.type(e.message, 'string');
  }
});

t.test('params are validated too', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/materials/NOT_A_CODE' });
  t.equal(res.statusCode, 400);
  t.match(res.json(), { errors: [{ in: 'params', path: 'code' }] });
});

t.test('malformed JSON is a 400 problem', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: { ...bearer(ADMIN_KEY), 'content-type': 'application/json' },
    payload: '{"name": ',
  });
  t.equal(res.statusCode, 400);
  t.match(res.headers['content-type'], PROBLEM);
  t.match(res.json(), { status: 400, title: 'Bad Request' });
});

t.test('an unsupported content type is a 415 problem', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: { ...bearer(ADMIN_KEY), 'content-type': 'application/xml' },
    payload: '<org/>',
  });
  t.equal(res.statusCode, 415);
  t.match(res.headers['content-type'], PROBLEM);
});

t.test('a body over the limit is a 413 problem', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: { name: 'x'.repeat(5000), role: 'member', contactEmail: 'a@b.org' },
  });
  t.equal(res.statusCode, 413);
  t.match(res.headers['content-type'], PROBLEM);
});

t.test('an unexpected error is a 500 problem without internals, with the request id', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/test/boom', headers: { 'x-request-id': 'req-42' } });
  t.equal(res.statusCode, 500);
  t.match(res.headers['content-type'], PROBLEM);
  const body = res.json();
  t.match(body, { type: 'about:blank', title: 'Internal Server Error', status: 500, requestId: 'req-42' });
  t.notMatch(res.body, /secret|postgres:\/\//);
  t.equal(res.headers['x-request-id'], 'req-42');
});

t.test('closing waits for in-flight requests before closing the database', async (t) => {
  const other = await buildTestApp(t);
  other.app.get('/test/slow', { config: { access: 'public' } }, async () => {
    await new Promise((r) => setTimeout(r, 300));
    const { sql } = await import('drizzle-orm');
    await other.db.execute(sql`SELECT 1`);
    return { ok: true };
  });
  await other.app.ready();
  const inFlight = other.app.inject({ method: 'GET', url: '/test/slow' });
  await new Promise((r) => setTimeout(r, 50));
  const closing = other.app.close();
  const res = await inFlight;
  await closing;
  t.equal(res.statusCode, 200, 'the request that was running finished with the database still open');
});

t.test('closing also waits for a request whose client went away while it ran', async (t) => {
  const other = await buildTestApp(t);
  let finished: 'not yet' | 'ok' | string = 'not yet';
  other.app.get('/test/slow', { config: { access: 'public' } }, async () => {
    await new Promise((r) => setTimeout(r, 300));
    const { sql } = await import('drizzle-orm');
    await other.db.execute(sql`SELECT 1`).then(
      () => (finished = 'ok'),
      (err: Error) => (finished = err.message),
    );
    return { ok: true };
  });
  const address = await other.app.listen({ port: 0, host: '127.0.0.1' });
  const { request } = await import('node:http');
  const client = request(`${address}/test/slow`);
  client.on('error', () => {});
  client.end();
  await new Promise((r) => setTimeout(r, 100));
  client.destroy();
  await new Promise((r) => setTimeout(r, 50));
  await other.app.close();
  t.equal(finished, 'ok', 'the abandoned handler still had its database');
});
