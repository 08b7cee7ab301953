// GET /metrics in the Prometheus text format (prom-client), when METRICS=true. It is never open:
// with METRICS_KEY set it answers that bearer token only (not an API key, so a scraper holds no
// right to the data); without it, only an admin's API key. docs/operations.md lists the metrics.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Config } from '../config.ts';
import { unauthorized } from '../errors.ts';
import { secretsEqual } from '../people/api-key-secret.ts';
import { jobFailures, queueDepths } from '../platform/queue-metrics.ts';

const PREFIX = 'reuse_exchange_';

export interface AppMetrics {
  /** Qualifying candidates ranked for one match request (listing or ad hoc). */
  matchCandidates: Histogram;
  /** A listing's match requests by where the page came from: a kept ranking, or one ranked for it. */
  matchRankings: Counter<'source'>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when metrics are off: record through `app.metrics?.…`. */
    metrics: AppMetrics | null;
  }
  interface FastifyContextConfig {
    /** The route checks its own credential; the API-key check is skipped. */
    ownCredential?: boolean;
  }
}

// Process-wide figures (memory, event-loop delay, GC, handles) are collected once per process,
// however many apps it builds (tests build many): one registry, read with each app's own.
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: PREFIX, eventLoopMonitoringPrecision: 20 });
  }
  return processRegistry;
}

// Seconds; a match request takes ~5–20 ms, an export several seconds.
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// The candidate cap is 200 by default (MATCH_CANDIDATE_CAP).
const CANDIDATE_BUCKETS = [0, 1, 5, 10, 25, 50, 100, 150, 200, 300, 500];

async function metricsPlugin(app: FastifyInstance, { config }: { config: Config }) {
  if (!config.metrics) {
    app.decorate('metrics', null);
    return;
  }
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: `${PREFIX}http_requests_total`, help: 'Requests answered, by route pattern and status', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time from the request to its response, by route pattern and status',
    labelNames,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const poolSize = app.dbEngine === 'postgres' ? config.dbPoolMax : 1;
  new Gauge({
    name: `${PREFIX}db_pool_size`,
    help: 'Connections the pool may open (PGlite: one, in process)',
    registers: [registry],
    collect() {
      this.set(poolSize);
    },
  });
  // postgres.js does not publish its queues: a request holds at most one connection at a time,
  // so the requests doing database work give the connections in use and those waiting for one.
  new Gauge({
    name: `${PREFIX}db_pool_in_use`,
    help: 'Connections in use, from the requests doing database work (at most the pool size)',
    registers: [registry],
    collect() {
      this.set(Math.min(poolSize, app.dbRequestsInFlight()));
    },
  });
  new Gauge({
    name: `${PREFIX}db_pool_waiting`,
    help: 'Requests waiting for a connection: those doing database work beyond the pool size',
    registers: [registry],
    collect() {
      this.set(Math.max(0, app.dbRequestsInFlight() - poolSize));
    },
  });
  const queueErrors = new Counter({
    name: `${PREFIX}queue_depth_errors_total`,
    help: 'Queue depth callbacks that failed during a scrape',
    registers: [registry],
  });
  new Gauge({
    name: `${PREFIX}queue_depth`,
    help: 'Jobs waiting, by queue (registerQueueMetrics)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      const { depths, errors } = await queueDepths();
      for (const [queue, n] of depths) this.set({ queue }, n);
      if (errors) queueErrors.inc(errors);
    },
  });
  new Counter({
    name: `${PREFIX}queue_job_failures_total`,
    help: 'Job attempts that failed, by queue (countJobFailure)',
    labelNames: ['queue'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [queue, n] of jobFailures()) this.inc({ queue }, n);
    },
  });
  const matchCandidates = new Histogram({
    name: `${PREFIX}match_candidates`,
    help: 'Qualifying candidates ranked per match request',
    buckets: CANDIDATE_BUCKETS,
    registers: [registry],
  });
  const matchRankings = new Counter({
    name: `${PREFIX}match_rankings_total`,
    help: 'A listing\'s match requests: pages read from a kept ranking (kept), or ranked for the request (ranked)',
    labelNames: ['source'],
    registers: [registry],
  });
  app.decorate('metrics', { matchCandidates, matchRankings });

  app.addHook('onResponse', async (request, reply) => {
    // The pattern, never the path: ids in paths would make a series per listing.
    const labels = { method: request.method, route: request.routeOptions.url ?? '(unmatched)', status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const key = config.metricsKey;
  app.get(
    '/metrics',
    {
      config: key ? { ownCredential: true } : { access: 'admin' },
      // Operational, and present only when enabled: not part of the API's document.
      schema: { hide: true },
      ...(key ? { onRequest: async (request: FastifyRequest) => checkMetricsKey(request, key) } : {}),
    },
    async (_request, reply: FastifyReply) => {
      const text = (await processMetrics().metrics()) + (await registry.metrics());
      return reply.type(registry.contentType).send(text);
    },
  );
}

function checkMetricsKey(request: FastifyRequest, key: string) {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  if (!secretsEqual(token, key)) throw unauthorized('GET /metrics needs the METRICS_KEY bearer token.');
}

export default fp(metricsPlugin, { name: 'metrics', dependencies: ['db', 'auth'] });
