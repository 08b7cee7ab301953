// Fan-out latency: for a listing that becomes active, the one indexed query that finds the other
// firms' listings it would match, with each one's stored top N (src/notifications/match-alerts.ts
// counterpartsOf), walked from its public point. Also times the whole match-alert step in the
// queue worker, twice on the same listings: cold (no stored top N yet: the worker ranks each
// counterpart's list once and keeps its top N) and warm (each new listing compared with them).
// CPU seconds of this process and of its PostgreSQL backends are read from /proc for each part.
//
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/fan-out.ts --size 100000 [--samples 500] [--reuse]
//
// Without DATABASE_URL it runs on a fresh embedded PGlite. Loading wipes the database's firms.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/config.ts';
import { alertMatches, counterpartsOf } from '../../src/notifications/match-alerts.ts';
import { matchOptions, rankingOf } from '../../src/matching/matches.ts';
import { listingSubject, type StoredSubject } from '../../src/matching/subject.ts';
import { configuredFactorSet } from '../../src/reference/factor-sets.ts';
import { loadSynthetic } from '../synthetic/load.ts';
import { cpuOfBackends, cpuSpent, processCpuSeconds } from './cpu.ts';
import { ms, summary } from './stats.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    samples: { type: 'string', default: '500' },
    alerts: { type: 'string', default: '50' },
    reuse: { type: 'boolean', default: false },
    // Check each new listing's alerts against every counterpart's list ranked exactly (slow).
    verify: { type: 'boolean', default: false },
  },
});
const url = process.env.DATABASE_URL;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'reuse-fanout-'));
const config = loadConfig({ ...process.env, DATABASE_URL: url ?? '', DATA_DIR: dataDir ?? './data', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const { db } = database;
if (!values.reuse) {
  await db.execute(sql`TRUNCATE organisations CASCADE`);
  await loadSynthetic(db, Number(values.size));
  await db.execute(sql`ANALYZE listings`);
}
const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM listings WHERE status = 'active'`);
const ids = await queryRows<{ id: string }>(
  db,
  sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT ${Number(values.samples)}`,
);

const database_name = new URL(url ?? 'postgres://x/none').pathname.slice(1);
/** Wall time of `run`, and the CPU seconds this process and the database's backends spent in it. */
async function cpuOf<T>(run: () => Promise<T>): Promise<{ value: T; wallS: number; nodeCpuS: number; postgresCpuS: number; load: number[] }> {
  const [node0, pg0, t0] = [processCpuSeconds(process.pid), cpuOfBackends(database_name), performance.now()];
  const value = await run();
  return {
    value,
    wallS: ms((performance.now() - t0) / 1000),
    nodeCpuS: ms(processCpuSeconds(process.pid) - node0),
    postgresCpuS: ms(cpuSpent(pg0, cpuOfBackends(database_name))),
    load: loadavg().map(ms),
  };
}

// The fan-out query from the listing's public point, as the worker runs it.
const set = await configuredFactorSet(db, config.defaultFactorSet);
const factorSet = set.id;
const today = new Date().toISOString().slice(0, 10);
const subjects: StoredSubject[] = [];
for (const { id } of ids) {
  const subject = await listingSubject(db, id);
  const [point] = await queryRows<{ lon: number; lat: number }>(
    db,
    sql`SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat FROM listings WHERE id = ${id}::uuid`,
  );
  if (subject && point) subjects.push({ ...subject, lon: Number(point.lon), lat: Number(point.lat) });
}
const query: number[] = [];
const found: number[] = [];
const queryCpu = await cpuOf(async () => {
  for (const subject of subjects) {
    const started = performance.now();
    const rows = await counterpartsOf(db, subject, config, factorSet, today);
    query.push(performance.now() - started);
    found.push(rows.length);
  }
});

// The whole alert step (counterparts, the top-N check, the events), on fewer listings: it is the
// worker's time, not a request's. Cold first: stored top N emptied, so the worker ranks each
// counterpart's list once and keeps it; then warm, the same listings again with match_alerts
// emptied, each compared with the stored top N. Emptied after, so a rerun measures the same.
await db.execute(sql`TRUNCATE match_thresholds, match_alerts`);
const alerting = ids.slice(0, Number(values.alerts));
const step = async () => {
  const times: number[] = [];
  let told = 0;
  for (const { id } of alerting) {
    const started = performance.now();
    told += await alertMatches(db, id, config);
    times.push(performance.now() - started);
  }
  await db.execute(sql`TRUNCATE match_alerts`);
  return { times, told };
};
const cold = await cpuOf(step);
const [stored] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM match_thresholds`);
const warm = await cpuOf(step);

// New listings that do enter top Ns: two copies of each alerting listing, at ten and twelve times
// its quantity, inserted and fanned out one after the other (warm: their counterparts are the
// original's; the second joins lists the first has just joined, which at the cap have lost their
// stored farthest and are ranked again), then checked against the exact answer with --verify
// (each counterpart's list ranked as its owner sees it) and deleted (the trigger drops the stored
// top Ns that held them).
const columns = (
  await queryRows<{ column_name: string }>(
    db,
    sql`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'listings'
        AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'quantity_amount', 'created_at', 'updated_at')`,
  )
).map((c) => c.column_name);
const copied = sql.raw(columns.map((c) => `"${c}"`).join(', '));
const fresh: number[][] = [[], []];
const copies: string[] = [];
const verdicts = { pairs: 0, told: 0, exactInTopN: 0, disagree: 0 };
const freshCpu = await cpuOf(async () => {
  for (const [i, { id }] of [...alerting, ...alerting].entries()) {
    const second = i >= alerting.length;
    const [copy] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO listings (${copied}, quantity_amount) SELECT ${copied}, quantity_amount * ${second ? 12 : 10} FROM listings WHERE id = ${id}::uuid RETURNING id`,
    );
    if (!copy) continue;
    copies.push(copy.id);
    const started = performance.now();
    await alertMatches(db, copy.id, config);
    fresh[second ? 1 : 0]?.push(performance.now() - started);
    const told = new Set(
      (await queryRows<{ listing_id: string }>(db, sql`SELECT listing_id FROM match_alerts WHERE counterpart_id = ${copy.id}::uuid`)).map((r) => r.listing_id),
    );
    if (values.verify) {
      const subject = await listingSubject(db, copy.id);
      const [point] = await queryRows<{ lon: number; lat: number }>(
        db,
        sql`SELECT ST_X(public_location::geometry) AS lon, ST_Y(public_location::geometry) AS lat FROM listings WHERE id = ${copy.id}::uuid`,
      );
      if (!subject || !point) continue;
      for (const c of await counterpartsOf(db, { ...subject, lon: Number(point.lon), lat: Number(point.lat) }, config, factorSet, today)) {
        const owner = await listingSubject(db, c.id);
        if (!owner) continue;
        const ranking = await rankingOf(db, owner, matchOptions(config, false), { officer: false, factorSet: set, today });
        const place = ranking.ranked.findIndex((r) => r.candidate.row.id === copy.id);
        const exact = place >= 0 && place < config.matchAlertTopN;
        verdicts.pairs++;
        if (told.has(c.id)) verdicts.told++;
        if (exact) verdicts.exactInTopN++;
        if (exact !== told.has(c.id)) {
          verdicts.disagree++;
          const [row] = await queryRows(db, sql`SELECT reach_m, size, top FROM match_thresholds WHERE listing_id = ${c.id}::uuid`);
          const entry = ranking.ranked[place];
          console.error(JSON.stringify({ counterpart: c.id, place, exact, told: told.has(c.id), seenM: c.seen_m, distanceM: entry?.candidate.row.distance_m, key: entry?.key, walked: ranking.walked, farthestM: ranking.farthestM, stored: row }));
        }
      }
    } else verdicts.told += told.size;
  }
});
await db.execute(sql`DELETE FROM listings WHERE id = ANY(${sql.param(copies)}::uuid[])`);
await db.execute(sql`TRUNCATE match_thresholds, match_alerts`);
await db.execute(sql`DELETE FROM pgboss.job WHERE name = 'notification.deliver'`);

const result = {
  engine: database.engine,
  activeListings: count?.n ?? 0,
  fanOutQueryMs: summary(query),
  counterpartsFound: summary(found),
  fanOutQueryCpu: { ...queryCpu, value: undefined },
  alertStepColdMs: summary(cold.value.times),
  alertStepColdCpu: { ...cold, value: undefined, told: cold.value.told },
  alertStepWarmMs: summary(warm.value.times),
  alertStepWarmCpu: { ...warm, value: undefined, told: warm.value.told },
  topNStored: stored?.n ?? 0,
  newListingStepMs: summary(fresh[0] ?? []),
  secondNewListingStepMs: summary(fresh[1] ?? []),
  newListingCpu: { ...freshCpu, value: undefined },
  newListingVerdicts: verdicts,
  topN: config.matchAlertTopN,
  cap: config.matchCandidateCap,
};
console.log(JSON.stringify(result, (_k, v) => (typeof v === 'number' ? ms(v) : v), 2));
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
