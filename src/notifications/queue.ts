// The durable queue: pg-boss on our own database handle (queue-db.ts), so PGlite and server
// PostgreSQL run the same queue, and jobs are rows committed (or rolled back) with the change
// that caused them.
import PgBoss from 'pg-boss';
import type { Database } from '../../db/client.ts';
import type { Delivery } from './events.ts';
import { queueDb } from './queue-db.ts';

/** One job per event and recipient organisation; its handler calls every registered channel. */
export const DELIVER_QUEUE = 'notification.deliver';
/** A listing became active or changed while active: find whom to tell (match.found, saved searches). */
export const FANOUT_QUEUE = 'notification.fan-out';
/** Periodic sweeps: listing expiry, saved-search digests. */
export const SWEEP_QUEUE = 'notification.sweep';

export const QUEUE_SCHEMA = 'pgboss';

/**
 * Retries of a delivery job: a channel that throws (a database blip, a channel's own failure) gets
 * the whole job again, so channels must be idempotent per (eventId, organisationId). Backoff
 * doubles from 5 s; 12 tries span ~5.7 hours. Webhooks keep their own, longer, schedule.
 */
const DELIVERY_RETRY = { retryLimit: 12, retryDelay: 5, retryBackoff: true } as const;

const bossOptions = { schema: QUEUE_SCHEMA, schedule: false, supervise: false } as const;

/**
 * Creates or upgrades pg-boss's schema and our queues. Run at start-up with the migrations, by
 * every process (API-only ones too): a job sent to a queue that does not exist is dropped.
 */
export async function prepareQueue(db: Database): Promise<void> {
  // Two instances starting on one fresh database race here: one reads pg-boss's tables while the
  // other is still creating them, or both create the same queue. The loser's step fails; once the
  // winner has committed, trying again finds everything in place.
  for (let attempt = 1; ; attempt++) {
    try {
      return await prepareQueueOnce(db);
    } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

async function prepareQueueOnce(db: Database): Promise<void> {
  const boss = new PgBoss({ ...bossOptions, db: queueDb(db), migrate: true });
  await boss.start();
  try {
    for (const name of [DELIVER_QUEUE, FANOUT_QUEUE, SWEEP_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...DELIVERY_RETRY });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

// Only its SQL is used (never started), with each call's transaction as the database.
const publisher = new PgBoss({ ...bossOptions, db: { executeSql: () => Promise.reject(new Error('publisher has no database')) } });

/** Inserts delivery jobs in `tx`: they exist if and only if `tx` commits. */
export async function enqueueDeliveries(tx: Database, deliveries: readonly Delivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await publisher.insert(
    deliveries.map((data) => ({ name: DELIVER_QUEUE, data })),
    { db: queueDb(tx) },
  );
}

/**
 * Enqueues the fan-out for a listing in `tx` (created, renewed, resumed or changed while active).
 * The matching itself runs in a worker, after commit, so the write stays as fast as it was.
 */
export async function enqueueFanOut(tx: Database, listingId: string): Promise<void> {
  await publisher.send(FANOUT_QUEUE, { listingId }, { db: queueDb(tx), ...DELIVERY_RETRY } as PgBoss.SendOptions);
}

/**
 * The same for many listings at once (a CSV import): one insert statement per thousand jobs, in
 * `tx`, so an import of 10,000 rows adds ten statements to its transaction, not 10,000.
 */
export async function enqueueFanOuts(tx: Database, listingIds: readonly string[]): Promise<void> {
  for (let i = 0; i < listingIds.length; i += FANOUT_INSERT_BATCH) {
    await publisher.insert(
      listingIds.slice(i, i + FANOUT_INSERT_BATCH).map((listingId) => ({ name: FANOUT_QUEUE, data: { listingId }, ...DELIVERY_RETRY })),
      { db: queueDb(tx) },
    );
  }
}

const FANOUT_INSERT_BATCH = 1000;

/** Enqueues a sweep now (tests, and the periodic timer). */
export async function enqueueSweep(db: Database, data: Record<string, unknown> = {}): Promise<void> {
  await publisher.send(SWEEP_QUEUE, data, { db: queueDb(db), singletonKey: 'sweep' } as PgBoss.SendOptions);
}

export type DeliveryHandler = (delivery: Delivery) => Promise<void>;

export interface WorkerOptions {
  /** How often an idle worker looks for jobs, in seconds (pg-boss's minimum is 0.5). */
  pollSeconds: number;
  /** Jobs fetched at once per worker. */
  batchSize: number;
  onError(err: unknown): void;
}

/** A started pg-boss with our workers; stop() finishes the jobs in hand. */
export class QueueWorkers {
  private readonly boss: PgBoss;

  constructor(db: Database, private readonly options: WorkerOptions) {
    this.boss = new PgBoss({ ...bossOptions, db: queueDb(db), migrate: false });
    this.boss.on('error', (err) => options.onError(err));
  }

  async start(handlers: {
    deliver: DeliveryHandler;
    fanOut: (listingId: string) => Promise<void>;
    sweep: () => Promise<void>;
  }): Promise<void> {
    await this.boss.start();
    const poll = { pollingIntervalSeconds: this.options.pollSeconds };
    await this.boss.work<Delivery>(DELIVER_QUEUE, { ...poll, batchSize: this.options.batchSize }, async (jobs) => {
      // One failed job must not fail (and re-run) the others of its batch.
      const failed: unknown[] = [];
      for (const job of jobs) {
        try {
          await handlers.deliver(job.data);
        } catch (err) {
          failed.push(err);
          await this.boss.fail(DELIVER_QUEUE, job.id, { message: err instanceof Error ? err.message : String(err) });
        }
      }
      // pg-boss then completes the batch: only jobs still active, so the failed ones stay failed.
      for (const err of failed) this.options.onError(err);
    });
    await this.boss.work<{ listingId: string }>(FANOUT_QUEUE, poll, async ([job]) => {
      if (job) await handlers.fanOut(job.data.listingId);
    });
    await this.boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: Math.max(this.options.pollSeconds, 2) }, async () => {
      await handlers.sweep();
    });
  }

  async stop(timeoutMs: number): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
