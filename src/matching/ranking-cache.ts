// Match lists a process keeps between requests. Ranking a listing's counterparts is most of what a
// match request costs, on both sides; what it depends on is the listings within its reach (the
// generation of their cells, src/matching/match-cells.ts), the day, the clock (a candidate that
// expires drops out) and the caller's view. A list is kept under its key and served while the
// generation it was ranked at is current and none of its walked candidates has expired. See
// docs/matching.md, "Kept rankings".
import type { Redis } from 'ioredis';
import type { Outage } from '../platform/outage.ts';
import type { CellRange } from './match-cells.ts';

/** How many match lists a process keeps: ~7 KB each at the default cap of 200, ~14 MB in all. */
export const KEPT_RANKINGS = 2000;
/** The longest a list stays in Redis unread: lists of listings nobody looks at go. */
const SHARED_FOR_MS = 3_600_000;

/** A listing id as PostgreSQL prints a uuid: lists are kept as their ids run together. */
const ID_LENGTH = 36;

export interface KeptRanking {
  /** The generation of its cells when it was ranked. */
  generation: string;
  /** When its first walked candidate expires, or the database's day ends (ms since the epoch). */
  validUntilMs: number;
  /** The ranked candidates' ids, best first, run together: one string rather than hundreds. */
  ids: string;
}

/**
 * What a ranking depends on besides the listings and the clock. The settings are fixed in a
 * process but may differ between instances sharing Redis while a deployment rolls out.
 */
export interface RankingKey {
  listingId: string;
  factorSet: string;
  cap: number;
  minShare: number;
  /** Officers measure from exact positions, members from public points: different lists. */
  exactPositions: boolean;
  strict: boolean;
  today: string;
  /** The materials and cells whose generation it was ranked at. */
  codes: readonly string[];
  cells: CellRange;
}

export function keyOf(k: RankingKey): string {
  const { x0, x1, y0, y1 } = k.cells;
  const view = [k.exactPositions ? 'exact' : 'public', k.strict ? 'strict' : 'lenient', k.today];
  return [k.listingId, ...view, k.factorSet, k.cap, k.minShare, k.codes.join(','), x0, x1, y0, y1].join(' ');
}

export function keptIds(ids: readonly string[]): string {
  if (ids.some((id) => id.length !== ID_LENGTH)) throw new Error('kept rankings hold uuids as PostgreSQL prints them');
  return ids.join('');
}

/** A kept list's size, and the ids of one page of it. */
export function keptPage(kept: KeptRanking, offset: number, limit: number): { size: number; ids: string[] } {
  const size = kept.ids.length / ID_LENGTH;
  const ids: string[] = [];
  for (let i = offset; i < Math.min(size, offset + limit); i++) ids.push(kept.ids.slice(i * ID_LENGTH, (i + 1) * ID_LENGTH));
  return { size, ids };
}

/** Where an app keeps its rankings: in the process, or shared by the instances through Redis. */
export interface KeptRankings {
  /**
   * The list kept for `key` unless one of its candidates has expired by `nowMs` (then it goes);
   * the caller compares its generation with the database's.
   */
  get(key: string, nowMs: number): Promise<KeptRanking | null>;
  set(key: string, ranking: KeptRanking, nowMs: number): Promise<void>;
  /** Forgets a list found stale (in this process: the next set replaces it everywhere). */
  drop(key: string): void;
}

/** The most recently used lists, at most `capacity`, in this process. */
export class RankingCache implements KeptRankings {
  private readonly kept = new Map<string, KeptRanking>();

  constructor(private readonly capacity = KEPT_RANKINGS) {}

  async get(key: string, nowMs: number): Promise<KeptRanking | null> {
    const kept = this.kept.get(key);
    if (!kept) return null;
    this.kept.delete(key);
    if (nowMs >= kept.validUntilMs) return null;
    this.kept.set(key, kept); // Map order is insertion order: now the most recent.
    return kept;
  }

  async set(key: string, ranking: KeptRanking): Promise<void> {
    this.kept.delete(key);
    this.kept.set(key, ranking);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
  }

  drop(key: string): void {
    this.kept.delete(key);
  }

  get size(): number {
    return this.kept.size;
  }
}

/**
 * With REDIS_URL: a list ranked by one instance is served by every other, so that requests spread
 * over instances rank a listing once, not once per instance. Each instance still keeps the lists
 * it used in its own cache, in front. Redis down: each instance goes on with its own (logged once).
 */
export class SharedRankings implements KeptRankings {
  private readonly local = new RankingCache();

  constructor(
    private readonly redis: Redis,
    private readonly outage: Outage,
  ) {}

  async get(key: string, nowMs: number): Promise<KeptRanking | null> {
    const local = await this.local.get(key, nowMs);
    if (local) return local;
    let text: string | null;
    try {
      text = await this.redis.get(`ranking:${key}`);
    } catch (err) {
      this.outage.down(err);
      return null;
    }
    const shared = text === null ? null : parseShared(text);
    if (!shared || nowMs >= shared.validUntilMs) return null;
    await this.local.set(key, shared);
    return shared;
  }

  async set(key: string, ranking: KeptRanking, nowMs: number): Promise<void> {
    await this.local.set(key, ranking);
    const ttl = Math.min(SHARED_FOR_MS, Math.floor(ranking.validUntilMs - nowMs));
    if (ttl <= 0) return;
    const text = `${ranking.generation} ${ranking.validUntilMs} ${ranking.ids}`;
    await this.redis.set(`ranking:${key}`, text, 'PX', ttl).catch((err: unknown) => this.outage.down(err));
  }

  drop(key: string): void {
    this.local.drop(key);
  }
}

/** A list as SharedRankings stores it: "generation validUntilMs ids" (ids may be empty). */
export function parseShared(text: string): KeptRanking | null {
  const [generation, until, ids = ''] = text.split(' ');
  const validUntilMs = Number(until);
  if (!generation || !Number.isFinite(validUntilMs) || ids.length % ID_LENGTH) return null;
  return { generation, validUntilMs, ids };
}
