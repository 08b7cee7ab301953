// Match-query latency over random active listings, against the naive baseline on the same data.
import { sql } from 'drizzle-orm';
import { type Database, queryPreparedRows, queryRows } from '../../db/client.ts';
import { assessCandidates } from '../../src/matching/assessment.ts';
import { findCandidates } from '../../src/matching/candidates.ts';
import {
  candidateColumns,
  candidatePosition,
  type MatchOptions,
  subjectPoint,
} from '../../src/matching/candidates-sql.ts';
import { listingSubject, type MatchSubject } from '../../src/matching/subject.ts';
import { naiveCandidates } from './naive-match.ts';
import { ms, summary } from './stats.ts';

/**
 * The floor under any index: the indexed query's own answer fetched by primary key, the same
 * columns through the same driver. No way of finding those rows can deliver them faster, so the
 * naive baseline's time over this one bounds the speed-up any index could show.
 */
function answerById(db: Database, s: MatchSubject, options: MatchOptions, ids: string[]) {
  return queryPreparedRows(
    db,
    sql`SELECT ${candidateColumns(subjectPoint(s), candidatePosition(options))} FROM listings c WHERE c.id = ANY(${sql.param(ids)}::uuid[]) ORDER BY distance_m, c.id`,
  );
}

export async function benchMatchQuery(db: Database, options: MatchOptions, samples: number, baselineSamples: number) {
  const [{ listings, active } = { listings: 0, active: 0 }] = await queryRows<{ listings: number; active: number }>(
    db,
    sql`SELECT count(*)::int AS listings, (count(*) FILTER (WHERE status = 'active' AND expires_at > now()))::int AS active
        FROM listings`,
  );
  // A fixed sample: the same listings on every run over the same data.
  const ids = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT ${samples}`,
  );
  const latency: Record<'offer' | 'want', number[]> = { offer: [], want: [] };
  const results = new Map<string, string[]>();
  let candidates = 0;
  for (const { id } of ids) {
    const subject = await listingSubject(db, id);
    if (!subject) continue;
    const t0 = performance.now();
    const rows = await findCandidates(db, subject, options);
    const assessed = assessCandidates(subject, rows, options);
    latency[subject.kind].push(performance.now() - t0);
    candidates += assessed.length;
    results.set(id, rows.map((r) => r.id).sort());
  }

  const naive: number[] = [];
  const indexed: number[] = [];
  const byId: number[] = [];
  let agree = 0;
  for (const { id } of ids.slice(0, baselineSamples)) {
    const subject = await listingSubject(db, id);
    if (!subject) continue;
    const t0 = performance.now();
    const answer = await findCandidates(db, subject, options);
    indexed.push(performance.now() - t0);
    const t2 = performance.now();
    await answerById(db, subject, options, answer.map((r) => r.id));
    byId.push(performance.now() - t2);
    const t1 = performance.now();
    const rows = await naiveCandidates(db, subject, options.strict);
    naive.push(performance.now() - t1);
    // turf measures on a sphere, PostGIS geography on the WGS 84 spheroid: they differ by up to
    // ~0.5 %, so candidates that close to a haul limit may fall either side. Compare the rest.
    const limit = (r: (typeof rows)[number]) => Math.min(subject.maxHaulKm, Number(r.max_haul_km)) * 1000;
    const boundary = new Set(rows.filter((r) => r.distance_m > limit(r) * 0.995).map((r) => r.id));
    const fast = (results.get(id) ?? []).filter((x) => !boundary.has(x));
    // The indexed query keeps the nearest `cap`; compare like with like.
    const slow = rows
      .slice(0, options.cap)
      .map((r) => r.id)
      .filter((x) => !boundary.has(x))
      .sort();
    if (fast.length === slow.length && fast.every((x, i) => x === slow[i])) agree++;
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  return {
    listings,
    activeListings: active,
    samples: ids.length,
    meanCandidates: ms(candidates / (ids.length || 1)),
    offer: summary(latency.offer),
    want: summary(latency.want),
    baseline: {
      samples: naive.length,
      naive: summary(naive),
      indexed: summary(indexed),
      speedupMean: ms(mean(naive) / mean(indexed)),
      answerById: { ...summary(byId), mean: ms(mean(byId)) },
      // The most any index could show here: the naive baseline against delivering the answer alone.
      speedupCeiling: ms(mean(naive) / mean(byId)),
      sameAnswers: `${agree}/${naive.length}`,
    },
  };
}
