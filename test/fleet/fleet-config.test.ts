// The pieces of running as a fleet that need no second instance: configuration, the replica's
// lag arithmetic, recent writers, the outage log, and Redis reachable or not (both engines).
import t from 'tap';
import { loadConfig } from '../../src/config.ts';
import { Outage } from '../../src/platform/outage.ts';
import { LocalRecentWriters } from '../../src/platform/recent-writers.ts';
import { lsnValue, PrimaryPositions } from '../../src/platform/replica-monitor.ts';
import { bearer, buildTestApp, createOrganisation } from '../helper.ts';
import { REDIS_URL, redisAnswers, redisPrefix } from './instances.ts';

t.test('configuration: the replica needs a server primary and a read-your-writes window as long as its lag', async (t) => {
  const primary = 'postgres://u:secret@db:5432/reuse';
  t.throws(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://u@replica/reuse' }), /^Invalid configuration: DATABASE_REPLICA_URL needs DATABASE_URL/);
  t.throws(
    () => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'postgres://u@r/reuse', REPLICA_MAX_LAG_MS: '8000' }),
    /^Invalid configuration: READ_YOUR_WRITES_MS must be at least REPLICA_MAX_LAG_MS/,
  );
  const config = loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'postgres://u@r/reuse' });
  t.match(config, { databaseReplicaUrl: 'postgres://u@r/reuse', replicaMaxLagMs: 5000, readYourWritesMs: 5000, redisUrl: undefined });
  t.equal(loadConfig({ REDIS_URL: 'redis://h:6379' }).redisKeyPrefix, 'reuse-exchange:');
  t.throws(() => loadConfig({ REDIS_URL: 'http://h' }), /^Invalid configuration: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/, 'named, value not echoed');
  t.throws(() => loadConfig({ DATABASE_REPLICA_URL: 'mysql://p:secret@x' }), /^Invalid configuration: DATABASE_REPLICA_URL must be a postgres:\/\/ or postgresql:\/\/ URL$/);
});

t.test('WAL positions order as numbers', async (t) => {
  t.ok(lsnValue('1/0') > lsnValue('0/FFFFFFFF'));
  t.equal(lsnValue('16/B374D848'), (0x16n << 32n) + 0xb374d848n);
});

t.test('lag in time: behind when the replica lacks what the primary had maxLag ago', async (t) => {
  const positions = new PrimaryPositions(1000);
  positions.record(0, 100n);
  positions.record(500, 200n);
  positions.record(1500, 300n);
  t.notOk(positions.lagging(900, 0n), 'no sample is old enough yet: not judged');
  t.notOk(positions.lagging(1200, 100n), 'has what the primary had a second ago');
  t.ok(positions.lagging(1600, 150n), 'lacks what the primary had at 500 ms');
  t.notOk(positions.lagging(1600, 200n));
  t.notOk(positions.lagging(60_000, 300n), 'an idle primary: caught up however long ago the last write was');
  for (let at = 2000; at < 100_000; at += 100) positions.record(at, 300n);
  t.ok((positions as unknown as { samples: unknown[] }).samples.length <= 12, 'old samples are dropped');
});

t.test('recent writers: for the window, then not', async (t) => {
  let now = 0;
  const writers = new LocalRecentWriters(5000, () => now);
  await writers.mark('key:a');
  t.ok(await writers.has('key:a'));
  t.notOk(await writers.has('key:b'));
  now = 5001;
  t.notOk(await writers.has('key:a'), 'the window has passed');
});

t.test('an outage is logged once when it starts and once when it ends', async (t) => {
  const lines: string[] = [];
  const log = { warn: (_: unknown, m: string) => lines.push(m), info: (_: unknown, m: string) => lines.push(m) };
  const outage = new Outage(log as never, 'Redis', 'limits are per instance');
  for (let i = 0; i < 5; i++) outage.down(new Error('ECONNREFUSED'));
  t.ok(outage.active);
  outage.up();
  outage.up();
  t.same(lines, ['Redis unavailable: limits are per instance', 'Redis available again after 0 s']);
});

const redisUp = await redisAnswers();

t.test('with Redis, rate limits are counted there', { skip: !redisUp && 'no Redis at 127.0.0.1:6379' }, async (t) => {
  const { app } = await buildTestApp(t, { REDIS_URL, REDIS_KEY_PREFIX: redisPrefix(t), RATE_LIMIT_PER_MINUTE: '3' });
  t.ok(app.shared, 'shared state is on');
  const firm = await createOrganisation(app);
  const codes: number[] = [];
  for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'GET', url: '/materials', headers: bearer(firm.apiKey) })).statusCode);
  t.same(codes, [200, 200, 200, 429]);
});

t.test('Redis unreachable: the service fails open, and counts failed authentications on its own', async (t) => {
  // Port 1 on this machine: nothing listens, so every connection is refused.
  const { app } = await buildTestApp(t, {
    REDIS_URL: 'redis://127.0.0.1:1',
    RATE_LIMIT_PER_MINUTE: '2',
    AUTH_FAILURES_PER_MINUTE: '2',
  });
  t.ok(app.shared?.outage.active, 'the outage is known from start-up');
  const firm = await createOrganisation(app);
  const codes: number[] = [];
  for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'GET', url: '/materials', headers: bearer(firm.apiKey) })).statusCode);
  t.same(codes, [200, 200, 200, 200], 'rate limits are not enforced while Redis is away, and nothing fails');
  const guesses: number[] = [];
  for (let i = 0; i < 3; i++)
    guesses.push((await app.inject({ method: 'GET', url: '/listings', headers: bearer('rx_guess'), remoteAddress: '203.0.113.9' })).statusCode);
  t.same(guesses, [401, 401, 429], 'the failed-authentication budget still holds, per instance');
});

t.test('a database that cannot be reached answers 503 problem+json with Retry-After, never 500', async (t) => {
  const { app } = await buildTestApp(t);
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });
  const closed = Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' });
  const shutdown = Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('terminating connection'), { code: '57P01' }) });
  const errors = [refused, closed, shutdown];
  app.get('/probe/unreachable/:n', { config: { access: 'public' } }, async (request) => {
    throw errors[Number((request.params as { n: string }).n)];
  });
  for (let n = 0; n < errors.length; n++) {
    const res = await app.inject({ method: 'GET', url: `/probe/unreachable/${n}` });
    t.equal(res.statusCode, 503, String(errors[n]?.message));
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    t.equal(res.headers['retry-after'], '1');
    t.match(res.json(), { type: 'urn:reuse-exchange:problem:database-unavailable', status: 503 });
  }
});
