import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be an integer between ${min} and ${max}` })
    .int({ error: `must be an integer between ${min} and ${max}` })
    .min(min, { error: `must be an integer between ${min} and ${max}` })
    .max(max, { error: `must be an integer between ${min} and ${max}` });

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  DATABASE_REPLICA_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  REPLICA_MAX_LAG_MS: integer(100, 3_600_000).default(5_000),
  READ_YOUR_WRITES_MS: integer(0, 3_600_000).default(5_000),
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, { error: 'must be a redis:// or rediss:// URL' })
      .optional(),
  ),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, { error: 'must be 1 to 64 letters, digits, _ : . or -' }).default('reuse-exchange:'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  ADMIN_API_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  DB_POOL_MAX: integer(1, 200).default(10),
  DB_QUEUE_MAX: z.preprocess(emptyAsUndefined, integer(0, 100_000).optional()),
  BODY_LIMIT_BYTES: integer(1024, 100 * 1024 * 1024).default(1024 * 1024),
  IMPORT_BODY_LIMIT_BYTES: integer(1024, 1024 * 1024 * 1024).default(20 * 1024 * 1024),
  STATEMENT_TIMEOUT_MS: integer(0, 3_600_000).default(15_000),
  REGION_MAX_VERTICES: integer(4, 1_000_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  REQUEST_TIMEOUT_MS: integer(1000, 600_000).default(30_000),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins such as https://app.example.org' }))),
  RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000).default(1200),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: integer(1, 1_000_000).default(300),
  AUTH_FAILURES_PER_MINUTE: integer(1, 10_000).default(20),
  MAX_EVENT_LOOP_DELAY_MS: z.preprocess(emptyAsUndefined, integer(0, 60_000).optional()),
  MATCH_MIN_SHARE: z.coerce
    .number({ error: 'must be a number between 0 and 1' })
    .min(0, { error: 'must be a number between 0 and 1' })
    .max(1, { error: 'must be a number between 0 and 1' })
    .default(0.05),
  MATCH_CANDIDATE_CAP: integer(10, 10_000).default(200),
  LISTING_TTL_DAYS: integer(1, 3650).default(90),
  TRUST_PROXY_HOPS: integer(0, 10).default(0),
  MAP_TILES: z
    .string()
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .refine((v) => v === 'off' || /^https?:\/\/\S+\{z\}\S*$/.test(v), {
      error: 'must be a tile URL template with {z}, {x} and {y}, or off',
    }),
  MAP_ATTRIBUTION: z.string().max(500).default('© OpenStreetMap contributors'),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://exchange.example.org' }).optional(),
  ),
  OGC_PUBLIC: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  OPTIMISER_CONCURRENCY: integer(1, 64).default(1),
  OPTIMISER_ASYNC_LISTINGS: integer(0, 10_000_000).default(2000),
  OPTIMISER_TIME_LIMIT_SECONDS: integer(1, 3600).default(60),
  DEMO: z.enum(['0', '1', ''], { error: 'must be 1 (load the demo region) or 0' }).default(''),
  METRICS: z.enum(['true', 'false', ''], { error: 'must be true or false' }).default(''),
  METRICS_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  WEBHOOK_SECRETS_KEY: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  WEBHOOK_SECRETS_KEY_PREVIOUS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
      .refine((keys) => keys.every((k) => k.length >= 32), { error: 'must be keys of at least 32 characters, separated by commas' })
      .optional(),
  ),
  WEBHOOK_TIMEOUT_MS: integer(100, 60_000).default(10_000),
  WEBHOOK_CONCURRENCY: integer(1, 1000).default(64),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^smtps?:\/\/\S+$/, { error: 'must be an smtp:// or smtps:// URL' }).optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).max(320).optional()),
  WORKERS: z.enum(['0', '1'], { error: 'must be 1 (run queue workers in this process) or 0' }).default('1'),
  NOTIFY_POLL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds between 0.5 and 60' })
    .min(0.5, { error: 'must be a number of seconds between 0.5 and 60' })
    .max(60, { error: 'must be a number of seconds between 0.5 and 60' })
    .default(2),
  NOTIFY_SWEEP_SECONDS: integer(1, 86_400).default(300),
  MATCH_ALERT_TOP_N: integer(1, 200).default(20),
  DEFAULT_FACTOR_SET: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { error: 'must be a factor set id such as uk-2025' }).default('uk-2025'),
});

export const configSchema = envSchema
  .refine((e) => !e.DATABASE_REPLICA_URL || e.DATABASE_URL, {
    path: ['DATABASE_REPLICA_URL'],
    error: 'needs DATABASE_URL: a replica follows a server PostgreSQL, not the embedded engine',
  })
  .refine((e) => !e.DATABASE_REPLICA_URL || e.READ_YOUR_WRITES_MS >= e.REPLICA_MAX_LAG_MS, {
    path: ['READ_YOUR_WRITES_MS'],
    error: 'must be at least REPLICA_MAX_LAG_MS, or a client could read the replica before it has its own write',
  })
  .refine((e) => !e.WEBHOOK_SECRETS_KEY_PREVIOUS || e.WEBHOOK_SECRETS_KEY, {
    path: ['WEBHOOK_SECRETS_KEY_PREVIOUS'],
    error: 'needs WEBHOOK_SECRETS_KEY: previous keys only open secrets, the current one seals them',
  })
  .transform((e) => ({
  port: e.PORT,
  host: e.HOST,
  databaseUrl: e.DATABASE_URL,
  /** A streaming replica for reads that may lag a little (docs/operations.md); server engine only. */
  databaseReplicaUrl: e.DATABASE_REPLICA_URL,
  /** Behind the primary by more than this, the replica is passed over until it catches up. */
  replicaMaxLagMs: e.REPLICA_MAX_LAG_MS,
  /** How long after a client's own write its reads stay on the primary. */
  readYourWritesMs: e.READ_YOUR_WRITES_MS,
  /** Shared state for several instances (rate limits, auth failures, recent writers); none without it. */
  redisUrl: e.REDIS_URL,
  redisKeyPrefix: e.REDIS_KEY_PREFIX,
  dataDir: e.DATA_DIR,
  logLevel: e.LOG_LEVEL,
  adminApiKey: e.ADMIN_API_KEY,
  dbPoolMax: e.DB_POOL_MAX,
  /** Requests in flight beyond which new ones get 503: the pool could not serve them in time. */
  dbQueueMax: e.DB_QUEUE_MAX ?? e.DB_POOL_MAX * 20,
  bodyLimitBytes: e.BODY_LIMIT_BYTES,
  /** POST /listings/import's own limit: a CSV is read as it streams in and refused past it. */
  importBodyLimitBytes: e.IMPORT_BODY_LIMIT_BYTES,
  /** Longest a statement may run on the server engine (0: no limit); PGlite cannot enforce it. */
  statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
  /** Most positions a region's boundary may have; a larger one is refused. */
  regionMaxVertices: e.REGION_MAX_VERTICES,
  shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
  corsOrigins: e.CORS_ORIGINS,
  rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  rateLimitAnonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
  authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
  maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
  matchMinShare: e.MATCH_MIN_SHARE,
  matchCandidateCap: e.MATCH_CANDIDATE_CAP,
  listingTtlDays: e.LISTING_TTL_DAYS,
  trustProxyHops: e.TRUST_PROXY_HOPS,
  defaultFactorSet: e.DEFAULT_FACTOR_SET,
  /** Region solves running at once; more get 503 with Retry-After. */
  optimiserConcurrency: e.OPTIMISER_CONCURRENCY,
  /** Areas with more active listings than this are solved as a job (202 and a status URL). */
  optimiserAsyncListings: e.OPTIMISER_ASYNC_LISTINGS,
  optimiserTimeLimitSeconds: e.OPTIMISER_TIME_LIMIT_SECONDS,
  /** Where people reach the web app, for links the service hands out; never taken from a request's Host. */
  publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  /** The web app's map tiles; null: no tiles, only the outline of Great Britain shipped with the app. */
  mapTiles: e.MAP_TILES === 'off' ? null : e.MAP_TILES,
  mapAttribution: e.MAP_ATTRIBUTION,
  /** Load the demo region (db/seed/demo) at start-up: only when asked, and only into a database without other firms. */
  demo: e.DEMO === '1',
  /** GET /metrics (Prometheus text): off unless METRICS=true; docs/operations.md. */
  metrics: e.METRICS === 'true',
  /** The bearer token /metrics asks for; without it only an admin's API key may scrape. */
  metricsKey: e.METRICS_KEY,
  /** Whether /ogc answers callers without a key (listings' public view and regions only). */
  ogcPublic: e.OGC_PUBLIC === 'true',
  /** Webhooks may target loopback and private addresses (tests, closed networks). */
  webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE_NETWORKS === 'true',
  /**
   * Keys of stored webhook secrets, newest first: secrets are sealed under the first and opened
   * under any (WEBHOOK_SECRETS_KEY, then WEBHOOK_SECRETS_KEY_PREVIOUS). Empty: stored as they are.
   */
  webhookSecretsKeys: e.WEBHOOK_SECRETS_KEY ? [e.WEBHOOK_SECRETS_KEY, ...(e.WEBHOOK_SECRETS_KEY_PREVIOUS ?? [])] : [],
  /** Longest one delivery attempt may take, connect to last byte. */
  webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
  /** Deliveries a worker claims and sends at once. */
  webhookConcurrency: e.WEBHOOK_CONCURRENCY,
  /** null: no e-mail is sent (said once at start-up). */
  smtpUrl: e.SMTP_URL ?? null,
  mailFrom: e.MAIL_FROM ?? `Reuse Exchange <no-reply@${new URL(e.PUBLIC_URL ?? 'http://localhost').hostname}>`,
  /** Run the notification queue's workers in this process (WORKERS=0: an API-only process). */
  workers: e.WORKERS === '1',
  /** How often an idle queue worker looks for jobs. */
  notifyPollSeconds: e.NOTIFY_POLL_SECONDS,
  /** How often listing expiry and saved-search digests are swept. */
  notifySweepSeconds: e.NOTIFY_SWEEP_SECONDS,
  /** match.found tells an organisation of a new listing only if it ranks within its listing's top N. */
  matchAlertTopN: e.MATCH_ALERT_TOP_N,
}));

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables whose value may hold a password: never echoed in an error. */
const secretBearing = new Set([
  'ADMIN_API_KEY',
  'METRICS_KEY',
  'DATABASE_URL',
  'DATABASE_REPLICA_URL',
  'REDIS_URL',
  'WEBHOOK_SECRETS_KEY',
  'WEBHOOK_SECRETS_KEY_PREVIOUS',
  'SMTP_URL',
]);

/** Reads the environment once; the first bad variable stops start-up with one line naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const got = env[name];
    const shown =
      secretBearing.has(name) || got === undefined ? '' : ` (got "${got}")`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${shown}`);
  }
  return parsed.data;
}
