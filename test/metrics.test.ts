// GET /metrics: off by default, never open when on, and the Prometheus text carries every
// metric docs/operations.md lists, with route patterns (never ids) as labels.
import t from 'tap';
import { buildApp } from '../src/app.ts';
import { countJobFailure, registerQueueMetrics } from '../src/platform/queue-metrics.ts';
import { insertListing } from './fixtures.ts';
import { ADMIN_KEY, bearer, createOrganisation, openTestDatabase, testConfig } from './helper.ts';

const METRICS_KEY = 'metrics-key-0123456789abcdef0123456789';
const database = await openTestDatabase(t);
// Three configurations over one database: only the last app to close may close it.
const shared = { ...database, close: async () => {} };
const withKey = await buildApp({ config: testConfig({ METRICS: 'true', METRICS_KEY }), database });
const adminOnly = await buildApp({ config: testConfig({ METRICS: 'true' }), database: shared });
const off = await buildApp({ config: testConfig(), database: shared });
t.teardown(async () => {
  await off.close();
  await adminOnly.close();
  await withKey.close();
});

t.test('off unless METRICS=true', async (t) => {
  const res = await off.inject({ method: 'GET', url: '/metrics', headers: bearer(ADMIN_KEY) });
  t.equal(res.statusCode, 404);
  t.equal(off.metrics, null);
});

t.test('with METRICS_KEY: that bearer token and nothing else', async (t) => {
  for (const headers of [{}, bearer(ADMIN_KEY), bearer(`${METRICS_KEY}x`), { authorization: METRICS_KEY }]) {
    const res = await withKey.inject({ method: 'GET', url: '/metrics', headers });
    t.equal(res.statusCode, 401, JSON.stringify(headers));
    t.match(res.headers['content-type'], /^application\/problem\+json/);
  }
  const res = await withKey.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_KEY) });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/);
});

t.test('without METRICS_KEY: an admin key only', async (t) => {
  const member = await createOrganisation(adminOnly, 'member');
  const officer = await createOrganisation(adminOnly, 'officer');
  t.equal((await adminOnly.inject({ method: 'GET', url: '/metrics' })).statusCode, 401);
  t.equal((await adminOnly.inject({ method: 'GET', url: '/metrics', headers: bearer(member.apiKey) })).statusCode, 403);
  t.equal((await adminOnly.inject({ method: 'GET', url: '/metrics', headers: bearer(officer.apiKey) })).statusCode, 403);
  t.equal((await adminOnly.inject({ method: 'GET', url: '/metrics', headers: bearer(ADMIN_KEY) })).statusCode, 200);
});

t.test('a scrape names every metric, by route pattern and status', async (t) => {
  const firm = await createOrganisation(withKey, 'member');
  const offer = await insertListing(database.db, firm.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const other = await createOrganisation(withKey, 'member');
  await insertListing(database.db, other.id, 'wolverhampton', { kind: 'want', materialCode: 'foundry-sand' });
  const matches = await withKey.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(firm.apiKey) });
  t.equal(matches.statusCode, 200);
  t.equal(matches.json().candidates, 1);
  const again = await withKey.inject({ method: 'GET', url: `/listings/${offer}/matches`, headers: bearer(firm.apiKey) });
  t.equal(again.body, matches.body, 'the second request reads the kept ranking');
  await withKey.inject({ method: 'GET', url: '/no/such/route', headers: bearer(firm.apiKey) });
  const unregister = registerQueueMetrics(() => ({ 'metrics-test': 3 }));
  t.teardown(unregister);
  countJobFailure('metrics-test');

  const text = (await withKey.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_KEY) })).body;
  for (const line of [
    /^reuse_exchange_http_requests_total\{method="GET",route="\/listings\/:id\/matches",status="200"\} 2$/m,
    /^reuse_exchange_http_requests_total\{method="GET",route="\(unmatched\)",status="404"\} 1$/m,
    /^reuse_exchange_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/listings\/:id\/matches",status="200"\} \d+$/m,
    /^reuse_exchange_http_request_duration_seconds_count\{method="GET",route="\/listings\/:id\/matches",status="200"\} 2$/m,
    /^reuse_exchange_match_candidates_bucket\{le="1"\} 2$/m,
    /^reuse_exchange_match_candidates_count 2$/m,
    /^reuse_exchange_match_rankings_total\{source="ranked"\} 1$/m,
    /^reuse_exchange_match_rankings_total\{source="kept"\} 1$/m,
    /^reuse_exchange_db_pool_size \d+$/m,
    /^reuse_exchange_db_pool_in_use [01]$/m,
    /^reuse_exchange_db_pool_waiting 0$/m,
    /^reuse_exchange_queue_depth\{queue="metrics-test"\} 3$/m,
    /^reuse_exchange_queue_job_failures_total\{queue="metrics-test"\} 1$/m,
    /^reuse_exchange_queue_depth_errors_total 0$/m,
    /^reuse_exchange_nodejs_eventloop_lag_p99_seconds [\d.e-]+$/m,
    /^reuse_exchange_process_resident_memory_bytes \d+$/m,
    /^reuse_exchange_nodejs_heap_size_used_bytes \d+$/m,
  ])
    t.match(text, line, String(line));
  t.notMatch(text, offer, 'no listing id in a label');
});
