import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, queryRows } from '../../db/client.ts';
import { Outage } from './outage.ts';

/** A WAL position ('16/B374D848') as a number that orders like it. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high ?? '0'}`) << 32n) + BigInt(`0x${low ?? '0'}`);
}

interface Sample {
  at: number;
  lsn: bigint;
}

/**
 * The primary's WAL positions over the last while, to tell how far behind a replica is in time
 * rather than bytes: a replica lags by more than `maxLagMs` when it has not yet replayed what
 * the primary had written `maxLagMs` ago. (Replay timestamps would not do: after an idle spell
 * the last replayed commit is old even when nothing is missing.)
 */
export class PrimaryPositions {
  private samples: Sample[] = [];
  constructor(private readonly maxLagMs: number) {}

  record(at: number, lsn: bigint): void {
    this.samples.push({ at, lsn });
    // Keep the newest sample that is old enough, and everything after it.
    const cutoff = at - this.maxLagMs;
    let oldEnough = -1;
    for (let i = 0; i < this.samples.length; i++) if ((this.samples[i] as Sample).at <= cutoff) oldEnough = i;
    if (oldEnough > 0) this.samples = this.samples.slice(oldEnough);
  }

  /** Whether a replica that has replayed up to `replayed` is more than maxLagMs behind at `now`. */
  lagging(now: number, replayed: bigint): boolean {
    const cutoff = now - this.maxLagMs;
    let due: bigint | null = null;
    for (const s of this.samples) if (s.at <= cutoff) due = s.lsn;
    return due !== null && replayed < due;
  }
}

export interface ReplicaMonitorOptions {
  maxLagMs: number;
  /** How often the replica is checked; also the longest a failure can go unnoticed. */
  intervalMs?: number;
}

/**
 * Whether reads may go to the replica: it answers, it is a standby, and it is no more than
 * maxLagMs behind the primary. Checked every second (two one-row queries) on a timer that does
 * not keep the process alive; a failed read on the replica also marks it down at once.
 */
export class ReplicaMonitor {
  private readonly positions: PrimaryPositions;
  private readonly outage: Outage;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private healthy = false;

  constructor(
    private readonly primary: Database,
    private readonly replica: Database,
    log: FastifyBaseLogger,
    private readonly options: ReplicaMonitorOptions,
  ) {
    this.positions = new PrimaryPositions(options.maxLagMs);
    this.outage = new Outage(log, 'Read replica', 'reads go to the primary');
  }

  get usable(): boolean {
    return this.healthy;
  }

  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? 1_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
  }

  /** A read on the replica failed for want of the replica: stop sending reads until a check passes. */
  markDown(reason: unknown): void {
    this.healthy = false;
    this.outage.down(reason);
  }

  check(): Promise<void> {
    this.checking ??= this.checkOnce().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async checkOnce(): Promise<void> {
    try {
      const [primary] = await queryRows<{ lsn: string }>(this.primary, sql`SELECT pg_current_wal_lsn()::text AS lsn`);
      this.positions.record(Date.now(), lsnValue(primary?.lsn ?? '0/0'));
    } catch {
      // The primary's own trouble is every request's; the replica's state is unknown without it.
      return;
    }
    try {
      const [replica] = await queryRows<{ standby: boolean; replayed: string | null }>(
        this.replica,
        sql`SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed`,
      );
      if (!replica?.standby || !replica.replayed) throw new Error('the replica is not a standby (promoted, or not a replica at all)');
      if (this.positions.lagging(Date.now(), lsnValue(replica.replayed)))
        throw new Error(`the replica is more than ${this.options.maxLagMs} ms behind the primary`);
      this.healthy = true;
      this.outage.up();
    } catch (err) {
      this.markDown(err);
    }
  }
}
