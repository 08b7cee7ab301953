import type { Redis } from 'ioredis';
import type { Outage } from './outage.ts';

/**
 * Callers (an API key, a session) that changed something within the last `windowMs`: their
 * reads go to the primary, so a client always sees its own writes even when the replica is a
 * moment behind.
 */
export interface RecentWriters {
  mark(caller: string): Promise<void>;
  has(caller: string): Promise<boolean>;
}

/** Kept in this process: right for one instance, and for clients that stay with one. */
export class LocalRecentWriters implements RecentWriters {
  private readonly until = new Map<string, number>();
  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async mark(caller: string): Promise<void> {
    const now = this.now();
    // Bounded: past ~10,000 writers in one window, the expired ones are swept first.
    if (this.until.size > 10_000) for (const [who, until] of this.until) if (until <= now) this.until.delete(who);
    this.until.set(caller, now + this.windowMs);
  }

  async has(caller: string): Promise<boolean> {
    const until = this.until.get(caller);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(caller);
    return false;
  }
}

/**
 * Kept in Redis too, so a write through one instance sends the same caller's next read through
 * another to the primary. Without Redis an instance still knows its own callers' writes, and a
 * caller it cannot check reads from the primary: the failure costs load, never a stale read.
 */
export class SharedRecentWriters implements RecentWriters {
  private readonly local: LocalRecentWriters;
  constructor(
    private readonly redis: Redis,
    private readonly windowMs: number,
    private readonly outage: Outage,
  ) {
    this.local = new LocalRecentWriters(windowMs);
  }

  async mark(caller: string): Promise<void> {
    await this.local.mark(caller);
    await this.redis.set(`recent-writer:${caller}`, '1', 'PX', this.windowMs).catch((err: unknown) => this.outage.down(err));
  }

  async has(caller: string): Promise<boolean> {
    if (await this.local.has(caller)) return true;
    try {
      return (await this.redis.exists(`recent-writer:${caller}`)) === 1;
    } catch (err) {
      this.outage.down(err);
      return true;
    }
  }
}
