import { eq } from 'drizzle-orm';
import t from 'tap';
import { webhookDeliveries, webhooks } from '../../db/schema.ts';
import { type DeliveryWorkerOptions, enqueueWebhookDeliveries, runDeliveryBatch } from '../../src/webhooks/deliveries.ts';
import { verifyWebhook } from '../../src/webhooks/signature.ts';
import { openSecret } from '../../src/webhooks/secret-box.ts';
import { resealWebhookSecrets } from '../../src/webhooks/secret-rotation.ts';
import { WebhookWorker } from '../../src/webhooks/worker.ts';
import { loadConfig } from '../../src/config.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';
import { silence, startReceiver, status } from './receiver.ts';

const { app, db, reset } = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WORKERS: '0' });
t.beforeEach(reset);

const options: DeliveryWorkerOptions = { timeoutMs: 2000, allowPrivate: true, secretsKeys: [], batchSize: 50 };
const event = (id = crypto.randomUUID(), type = 'exchange.accepted') => ({
  id,
  type,
  createdAt: new Date('2026-12-02T10:00:00.000Z'),
  data: { exchangeId: '6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a001', status: 'accepted' },
});
const later = (ms: number) => new Date(Date.now() + ms);

async function register(apiKey: string, url: string, events = ['exchange.accepted']) {
  const res = await app.inject({ method: 'POST', url: '/webhooks', headers: bearer(apiKey), payload: { url, events, description: 'ERP' } });
  if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; secret: string };
}

t.test('a webhook is created with a secret shown once, listed without it, and removed', async (t) => {
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  const made = await app.inject({
    method: 'POST',
    url: '/webhooks',
    headers: bearer(org.apiKey),
    payload: { url: receiver.url, events: ['match.found', 'exchange.accepted'] },
  });
  t.equal(made.statusCode, 201);
  t.match(made.json(), { url: receiver.url, events: ['match.found', 'exchange.accepted'], enabled: true });
  t.match(made.json().secret, /^whsec_[A-Za-z0-9+/]{43}=$/, 'whsec_ and 32 bytes of base64');
  t.equal(Buffer.from(made.json().secret.slice(6), 'base64').length, 32);

  const list = await app.inject({ method: 'GET', url: '/webhooks', headers: bearer(org.apiKey) });
  t.equal(list.json().items.length, 1);
  t.notOk('secret' in list.json().items[0], 'the secret is never listed');
  const [stored] = await db.select().from(webhooks).where(eq(webhooks.id, made.json().id));
  t.equal(stored?.secret, `plain:${made.json().secret}`, 'without WEBHOOK_SECRETS_KEY it is stored as it is (start-up warns)');

  const other = await createOrganisation(app);
  const theirs = await app.inject({ method: 'GET', url: `/webhooks/${made.json().id}/deliveries`, headers: bearer(other.apiKey) });
  t.equal(theirs.statusCode, 404, "another organisation cannot see it");
  const notTheirs = await app.inject({ method: 'DELETE', url: `/webhooks/${made.json().id}`, headers: bearer(other.apiKey) });
  t.equal(notTheirs.statusCode, 404, 'nor remove it');
  t.equal((await app.inject({ method: 'GET', url: '/webhooks', headers: bearer(other.apiKey) })).json().items.length, 0);

  const removed = await app.inject({ method: 'DELETE', url: `/webhooks/${made.json().id}`, headers: bearer(org.apiKey) });
  t.equal(removed.statusCode, 204);
  t.equal((await app.inject({ method: 'GET', url: '/webhooks', headers: bearer(org.apiKey) })).json().items.length, 0);
});

t.test('with WEBHOOK_SECRETS_KEY the secret is stored encrypted and still signs', async (t) => {
  // The settings WEBHOOK_SECRETS_KEY gives, set on this app for this test (a second app costs seconds).
  const settings = app.channels.webhookSettings;
  settings.secretsKeys = ['k'.repeat(40)];
  t.teardown(() => {
    settings.secretsKeys = [];
  });
  const keyed = { app, db };
  const org = await createOrganisation(keyed.app);
  const receiver = await startReceiver(t);
  const res = await keyed.app.inject({ method: 'POST', url: '/webhooks', headers: bearer(org.apiKey), payload: { url: receiver.url, events: ['exchange.accepted'] } });
  const [stored] = await keyed.db.select().from(webhooks).where(eq(webhooks.id, res.json().id));
  t.match(stored?.secret, /^enc1:/);
  t.notMatch(stored?.secret, res.json().secret.slice(6, 20));
  await enqueueWebhookDeliveries(keyed.db, org.id, event());
  await runDeliveryBatch(keyed.db, { ...options, secretsKeys: ['k'.repeat(40)] });
  const [got] = receiver.received;
  t.ok(got && verifyWebhook(res.json().secret, { id: String(got.headers['webhook-id']), timestamp: String(got.headers['webhook-timestamp']), signature: String(got.headers['webhook-signature']) }, got.body));
});

t.test('a rotated WEBHOOK_SECRETS_KEY: stored secrets are sealed again under the new key and still sign', async (t) => {
  const [oldKey, newKey, lostKey] = ['o'.repeat(40), 'n'.repeat(40), 'l'.repeat(40)];
  const settings = app.channels.webhookSettings;
  t.teardown(() => {
    settings.secretsKeys = [];
  });
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  const plain = await register(org.apiKey, `${receiver.url}?plain`);
  settings.secretsKeys = [oldKey];
  const sealedOld = await register(org.apiKey, `${receiver.url}?old`);
  settings.secretsKeys = [lostKey];
  const lost = await register(org.apiKey, `${receiver.url}?lost`);
  settings.secretsKeys = [newKey, oldKey];

  t.same(await resealWebhookSecrets(db, [newKey, oldKey]), { resealed: 2, unreadable: 1 }, 'the plain one and the old one; the lost key’s is left');
  t.same(await resealWebhookSecrets(db, [newKey, oldKey]), { resealed: 0, unreadable: 1 }, 'a second run (another instance) changes nothing');
  const stored = new Map((await db.select().from(webhooks)).map((w) => [w.id, w.secret]));
  t.equal(openSecret(stored.get(plain.id) ?? '', [newKey]), plain.secret, 'the plain secret is now sealed under the new key');
  t.equal(openSecret(stored.get(sealedOld.id) ?? '', [newKey]), sealedOld.secret, 'the old key is no longer needed');
  t.throws(() => openSecret(stored.get(sealedOld.id) ?? '', [oldKey]));

  // Deliveries with only the new key given sign with each webhook's own secret, as before.
  await enqueueWebhookDeliveries(db, org.id, event());
  await runDeliveryBatch(db, { ...options, secretsKeys: [newKey] });
  const byQuery = new Map(receiver.received.map((r) => [new URL(r.url, 'http://receiver').search, r]));
  for (const [hook, query] of [[plain, '?plain'], [sealedOld, '?old']] as const) {
    const got = byQuery.get(query);
    t.ok(got && verifyWebhook(hook.secret, { id: String(got.headers['webhook-id']), timestamp: String(got.headers['webhook-timestamp']), signature: String(got.headers['webhook-signature']) }, got.body), `${query} verifies`);
  }
  t.notOk(byQuery.has('?lost'), 'the one sealed under a key not given is not sent');
  const [failed] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, lost.id));
  t.match(failed?.lastError, /WEBHOOK_SECRETS_KEY_PREVIOUS/, 'its delivery says which setting to fix');
});

t.test('bad input is a 400 problem naming the field', async (t) => {
  const org = await createOrganisation(app);
  const cases: [Record<string, unknown>, string][] = [
    [{ url: 'https://hooks.example.org/x', events: ['listing.sold'] }, 'events.0'],
    [{ url: 'not a url', events: ['match.found'] }, 'url'],
    [{ url: 'ftp://hooks.example.org/x', events: ['match.found'] }, 'url'],
    [{ url: 'https://user:pw@hooks.example.org/x', events: ['match.found'] }, 'url'],
    [{ url: 'https://hooks.example.org/x', events: [] }, 'events'],
    [{ url: 'https://hooks.example.org/x', events: ['match.found'], description: 'x'.repeat(501) }, 'description'],
  ];
  for (const [payload, path] of cases) {
    const res = await app.inject({ method: 'POST', url: '/webhooks', headers: bearer(org.apiKey), payload });
    t.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 80));
    t.match(res.headers['content-type'], /application\/problem\+json/);
    t.ok(res.json().errors.some((e: { path: string }) => e.path === path), `names ${path}: ${res.body}`);
  }
});

t.test('SSRF: loopback, private and link-local targets are refused, also after DNS resolution', async (t) => {
  // As without WEBHOOK_ALLOW_PRIVATE_NETWORKS, for this test.
  const settings = app.channels.webhookSettings;
  settings.allowPrivate = false;
  t.teardown(() => {
    settings.allowPrivate = true;
  });
  const strict = { app };
  const org = await createOrganisation(strict.app);
  const receiver = await startReceiver(t);
  for (const url of [
    `http://localhost:${receiver.port}/hooks`, // a name that resolves to 127.0.0.1
    receiver.url,
    'http://[::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://2130706433/x', // 127.0.0.1 written as one number
    'http://10.1.2.3/x',
    'http://172.20.0.1/x',
    'http://192.168.1.10/x',
    'http://169.254.169.254/latest/meta-data/', // cloud metadata
    'http://100.64.0.1/x',
    'http://[fd00::1]/x',
    'http://[fe80::1]/x',
    'http://0.0.0.0/x',
  ]) {
    const res = await strict.app.inject({ method: 'POST', url: '/webhooks', headers: bearer(org.apiKey), payload: { url, events: ['match.found'] } });
    t.equal(res.statusCode, 400, url);
    t.match(res.json().errors, [{ path: 'url', message: /not a public address/ }], url);
  }
  t.equal(receiver.received.length, 0, 'nothing was sent while checking');
});

t.test('SSRF at delivery: a name that resolves to a private address then is not connected to', async (t) => {
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  // Registered while private targets were allowed; delivered by a worker where they are not, as
  // if the name had been pointed at 127.0.0.1 after it was checked.
  await register(org.apiKey, `http://localhost:${receiver.port}/hooks`);
  await enqueueWebhookDeliveries(db, org.id, event());
  t.equal(await runDeliveryBatch(db, { ...options, allowPrivate: false }), 1);
  t.equal(receiver.received.length, 0, 'no connection was made');
  const [row] = await db.select().from(webhookDeliveries);
  t.match(row, { status: 'pending', attempts: 1, lastStatusCode: null, lastError: /not a public address/ });
});

t.test('redirects are not followed, so a receiver cannot bounce a delivery to a private address', async (t) => {
  const org = await createOrganisation(app);
  const front = await startReceiver(t);
  const inside = await startReceiver(t);
  front.answers.push(status(307, { location: inside.url }));
  await register(org.apiKey, front.url);
  await enqueueWebhookDeliveries(db, org.id, event());
  await runDeliveryBatch(db, options);
  t.equal(front.received.length, 1);
  t.equal(inside.received.length, 0, 'the redirect target was never asked');
  const [row] = await db.select().from(webhookDeliveries);
  t.match(row, { status: 'pending', lastStatusCode: 307 }, 'a 3xx is a failed attempt, retried later');
});

t.test('a receiver that first answers 500 gets the event again, signed, with the same webhook-id', async (t) => {
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  receiver.answers.push(status(500));
  const hook = await register(org.apiKey, receiver.url);
  const e = event();
  t.equal(await enqueueWebhookDeliveries(db, org.id, e), 1);
  t.equal(await enqueueWebhookDeliveries(db, org.id, e), 0, 'the same event twice is queued once');

  t.equal(await runDeliveryBatch(db, options), 1);
  let [row] = await db.select().from(webhookDeliveries);
  t.match(row, { status: 'pending', attempts: 1, lastStatusCode: 500 });
  const wait = (row!.nextAttemptAt!.getTime() - row!.lastAttemptAt!.getTime()) / 1000;
  t.ok(wait >= 4 && wait <= 6, `first retry after 5 s ± 20 % (${wait} s)`);
  t.equal(await runDeliveryBatch(db, options), 0, 'not due yet');
  t.equal(await runDeliveryBatch(db, options, later(10_000)), 1, 'due after the backoff');
  [row] = await db.select().from(webhookDeliveries);
  t.match(row, { status: 'delivered', attempts: 2, lastStatusCode: 200, nextAttemptAt: null });

  t.equal(receiver.received.length, 2, 'at least once: the event came again');
  const ids = receiver.received.map((r) => r.headers['webhook-id']);
  t.equal(ids[0], ids[1], 'retries reuse the webhook-id');
  t.match(ids[0], /^msg_[0-9a-f]{32}$/);
  for (const r of receiver.received) {
    t.match(r.headers['webhook-timestamp'], /^\d{10}$/);
    t.match(r.headers['webhook-signature'], /^v1,[A-Za-z0-9+/]{43}=$/);
    t.ok(
      verifyWebhook(hook.secret, { id: String(r.headers['webhook-id']), timestamp: String(r.headers['webhook-timestamp']), signature: String(r.headers['webhook-signature']) }, r.body),
      'the signature verifies',
    );
    t.notOk(verifyWebhook(hook.secret, { id: String(r.headers['webhook-id']), timestamp: String(r.headers['webhook-timestamp']), signature: String(r.headers['webhook-signature']) }, r.body.replace('accepted', 'declined')), 'and fails for a changed body');
    t.same(JSON.parse(r.body), { type: 'exchange.accepted', timestamp: '2026-12-02T10:00:00.000Z', data: e.data });
  }

  const deliveries = await app.inject({ method: 'GET', url: `/webhooks/${hook.id}/deliveries`, headers: bearer(org.apiKey) });
  t.equal(deliveries.statusCode, 200);
  t.match(deliveries.json(), { items: [{ id: ids[0], eventId: e.id, type: 'exchange.accepted', status: 'delivered', attempts: 2, lastStatusCode: 200, nextAttemptAt: null }], nextCursor: null });
});

t.test('only the organisation concerned, and only for the types it asked for', async (t) => {
  const org = await createOrganisation(app);
  const other = await createOrganisation(app);
  const receiver = await startReceiver(t);
  const theirs = await startReceiver(t);
  await register(org.apiKey, receiver.url, ['match.found']);
  await register(other.apiKey, theirs.url, ['exchange.accepted']);
  t.equal(await enqueueWebhookDeliveries(db, org.id, event()), 0, 'a type it did not ask for');
  t.equal(await enqueueWebhookDeliveries(db, org.id, event(undefined, 'match.found')), 1);
  await runDeliveryBatch(db, options);
  t.equal(receiver.received.length, 1);
  t.equal(theirs.received.length, 0, "another organisation's webhook gets nothing of it");
});

t.test('a receiver that does not answer is given up on at the timeout', async (t) => {
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  receiver.answers.push(silence());
  await register(org.apiKey, receiver.url);
  await enqueueWebhookDeliveries(db, org.id, event());
  const started = Date.now();
  await runDeliveryBatch(db, { ...options, timeoutMs: 300 });
  t.ok(Date.now() - started < 2000, `the worker was held ${Date.now() - started} ms`);
  const [row] = await db.select().from(webhookDeliveries);
  t.match(row, { status: 'pending', lastStatusCode: null, lastError: /within 300 ms/ });
});

t.test('after 24 hours of failures the delivery fails and the webhook is disabled', async (t) => {
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  receiver.answers.push(status(503), status(503), status(503), status(503));
  const hook = await register(org.apiKey, receiver.url);
  await enqueueWebhookDeliveries(db, org.id, event());
  await enqueueWebhookDeliveries(db, org.id, event());
  await runDeliveryBatch(db, options);
  t.equal(await runDeliveryBatch(db, options, later(25 * 3600_000)), 2);
  const rows = await db.select().from(webhookDeliveries);
  t.same(rows.map((r) => r.status), ['failed', 'failed']);
  t.ok(rows.every((r) => r.nextAttemptAt === null));
  const listed = await app.inject({ method: 'GET', url: '/webhooks', headers: bearer(org.apiKey) });
  t.match(listed.json().items[0], { id: hook.id, enabled: false, disabledReason: /24 hours/ });
  t.equal(await enqueueWebhookDeliveries(db, org.id, event()), 0, 'a disabled webhook is sent nothing more');
});

t.test('the worker delivers what is queued without being asked, and stops cleanly', async (t) => {
  const worker = new WebhookWorker(db, options, { error: (obj, msg) => t.fail(msg, { obj }) });
  worker.start();
  t.teardown(() => worker.stop());
  const org = await createOrganisation(app);
  const receiver = await startReceiver(t);
  await register(org.apiKey, receiver.url);
  await enqueueWebhookDeliveries(db, org.id, event());
  worker.notify();
  for (let i = 0; i < 50 && receiver.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  t.equal(receiver.received.length, 1);
  await worker.stop();
});

t.test('the service runs the worker unless WORKERS=0', async (t) => {
  t.equal(app.channels.webhookWorker, null, 'this test app was built with WORKERS=0');
  t.equal(loadConfig({}).workers, true, 'on by default (WORKERS=1)');
});
