// Crash safety: start the service, run a bulk import and a stream of transfer recordings, kill
// the process with SIGKILL part-way, restart it, and check that every write is whole or absent,
// that acknowledged writes survived, that retries with the same Idempotency-Key write nothing
// twice, and that reports still agree with the stored transfers. On both engines.
//
//   npx tsx scripts/crash-test.ts [--engine pglite|postgres|both] [--rounds 6] [--rows 20000]
//
// The server engine uses CRASH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/reuse_crash),
// which is dropped and created afresh.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client.ts';
import { client, expect, freshServerDatabase, type Market, type Service, smallMarket, startService, stopService } from './lib/service.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    rounds: { type: 'string', default: '6' },
    rows: { type: 'string', default: '20000' },
  },
});
const ROUNDS = Number(values.rounds);
const ROWS = Number(values.rows);
const ADMIN_KEY = 'crash-test-admin-key-0123456789abcdef012345';
const SERVER_URL = process.env.CRASH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/reuse_crash';

/**
 * When each round kills the process. Triggers follow progress, not the clock, so each kind of
 * moment happens on both engines whatever their speed: mid-import; just after the import's
 * commit with transfers streaming; mid-stream of transfers (the import long done).
 */
const TRIGGERS = ['400 ms into the import', '150 ms after the import answered', 'after 30 more transfers'] as const;
type Trigger = (typeof TRIGGERS)[number];
const triggerOf = (round: number): Trigger => TRIGGERS[(round - 1) % TRIGGERS.length] as Trigger;
/** Each round's imported listings carry their round in maxHaulKm, so they can be counted. */
const marker = (round: number) => 1000 + round;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RoundResult {
  round: number;
  trigger: Trigger;
  importAtKill: 'committed' | 'absent';
  transfersAcknowledged: number;
  transfersStored: number;
  restartMs: number;
  problems: string[];
}

function importCsv(siteId: string, round: number): string {
  const header = 'kind,siteId,material,quantity.amount,quantity.unit,quantity.rate,maxHaulKm,grade.afsGfn,grade.clayPct,currentRoute.route';
  const rows = Array.from(
    { length: ROWS },
    (_, i) => `offer,${siteId},foundry-sand,${(i % 500) + 1},t,month,${marker(round)},55,8,landfill`,
  );
  return [header, ...rows].join('\n');
}

async function runRound(service: Service, market: Market, round: number, acknowledged: Set<string>) {
  let killed = false;
  const importKey = `crash-import-${round}`;
  const foundry = client(service.base, market.foundry.key);
  const officer = client(service.base, market.officer.key);
  const importing = foundry('POST', '/listings/import', importCsv(market.foundrySite, round), { 'idempotency-key': importKey })
    .then((a) => a.status)
    .catch(() => 'connection lost' as const);
  const before = acknowledged.size;
  let reached: () => void = () => {};
  const enoughTransfers = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const recording = (async () => {
    for (let i = 0; !killed; i++) {
      try {
        const a = await officer(
          'POST',
          `/exchanges/${market.exchangeId}/transfers`,
          { date: '2026-11-20', amount: 1 + (i % 7), unit: 't', note: `round ${round} #${i}` },
          { 'idempotency-key': `crash-transfer-${round}-${i}` },
        );
        if (a.status !== 201) throw new Error(`transfer answered ${a.status}: ${JSON.stringify(a.body).slice(0, 200)}`);
        acknowledged.add(a.body.id);
        if (acknowledged.size - before >= 30) reached();
      } catch (error) {
        if (killed) return;
        throw error;
      }
    }
  })();
  const trigger = triggerOf(round);
  if (trigger === '400 ms into the import') await sleep(400);
  else if (trigger === '150 ms after the import answered') await importing.then(() => sleep(150));
  else await Promise.race([enoughTransfers, sleep(60_000)]);
  killed = true;
  await stopService(service, 'SIGKILL');
  const importStatus = await importing;
  await recording.catch((e: unknown) => {
    if (!killed) throw e;
  });
  return importStatus;
}

/** After a restart: retry the import with its key, then compare transfers and reports through the API. */
async function checkAfterRestart(service: Service, market: Market, round: number, acknowledged: Set<string>) {
  const problems: string[] = [];
  const foundry = client(service.base, market.foundry.key);
  const officer = client(service.base, market.officer.key);
  const retry = await foundry('POST', '/listings/import', importCsv(market.foundrySite, round), {
    'idempotency-key': `crash-import-${round}`,
  });
  if (retry.status !== 201) problems.push(`import retry answered ${retry.status}`);
  const importAtKill: RoundResult['importAtKill'] = retry.headers.get('idempotent-replayed') === 'true' ? 'committed' : 'absent';

  const listed = expect(await officer('GET', `/exchanges/${market.exchangeId}/transfers`), 200, 'list transfers').body
    .items as { id: string; amount: number; correctedBy: string | null }[];
  const stored = new Set(listed.map((t) => t.id));
  const lost = [...acknowledged].filter((id) => !stored.has(id));
  if (lost.length) problems.push(`${lost.length} acknowledged transfers lost`);
  const unacknowledged = listed.length - acknowledged.size;
  if (unacknowledged > 1) problems.push(`${unacknowledged} stored transfers were never acknowledged (at most one in flight)`);

  const report = expect(await officer('GET', '/reports/savings'), 200, 'report').body;
  const tonnes = listed.reduce((sum, t) => sum + t.amount, 0);
  if (report.totals.transfers !== listed.length) problems.push(`report counts ${report.totals.transfers} transfers, list has ${listed.length}`);
  if (Math.abs(report.totals.tonnesExchanged - tonnes) > 1e-6)
    problems.push(`report says ${report.totals.tonnesExchanged} t, transfers add to ${tonnes} t`);
  const csv = await officer('GET', '/reports/savings?format=csv');
  if (csv.status !== 200 || typeof csv.body !== 'string' || !csv.body.includes(String(listed.length)))
    problems.push('CSV report does not show the transfer count');
  return { importAtKill, transfersStored: listed.length, storedIds: [...stored], problems };
}

/** With the service stopped: read the store directly and check every import is whole, once. */
async function checkStore(env: Record<string, string>, rounds: number): Promise<string[]> {
  const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR });
  const problems: string[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const [row] = await queryRows<{ listings: number; audited: number }>(
        db.db,
        sql`SELECT count(*)::int AS listings,
              (SELECT count(*)::int FROM audit_log a WHERE a.action = 'import' AND a.entity_id IN
                (SELECT id::text FROM listings WHERE max_haul_km = ${marker(round)})) AS audited
            FROM listings WHERE max_haul_km = ${marker(round)}`,
      );
      if (row?.listings !== ROWS) problems.push(`round ${round}: ${row?.listings} imported listings, expected ${ROWS}`);
      if (row?.audited !== ROWS) problems.push(`round ${round}: ${row?.audited} import audit entries, expected ${ROWS}`);
    }
    const [t] = await queryRows<{ bad: number }>(
      db.db,
      sql`SELECT count(*)::int AS bad FROM transfers WHERE estimate IS NULL OR tonnes IS NULL OR factor_set_id IS NULL`,
    );
    if (t?.bad) problems.push(`${t.bad} transfers without their savings`);
  } finally {
    await db.close();
  }
  return problems;
}

async function crashTest(engine: 'pglite' | 'postgres') {
  let dataDir: string | undefined;
  let env: Record<string, string>;
  if (engine === 'pglite') {
    dataDir = mkdtempSync(join(tmpdir(), 'reuse-crash-'));
    env = { DATABASE_URL: '', DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN_KEY };
  } else {
    await freshServerDatabase(SERVER_URL);
    env = { DATABASE_URL: SERVER_URL, ADMIN_API_KEY: ADMIN_KEY };
  }
  const results: RoundResult[] = [];
  try {
    let service = await startService(env);
    const market = await smallMarket(service.base, ADMIN_KEY);
    const acknowledged = new Set<string>();
    for (let round = 1; round <= ROUNDS; round++) {
      await runRound(service, market, round, acknowledged);
      const acknowledgedAtKill = acknowledged.size;
      service = await startService(env);
      const checked = await checkAfterRestart(service, market, round, acknowledged);
      results.push({
        round,
        trigger: triggerOf(round),
        importAtKill: checked.importAtKill,
        transfersAcknowledged: acknowledgedAtKill,
        transfersStored: checked.transfersStored,
        restartMs: Math.round(service.startedInMs),
        problems: checked.problems,
      });
      // What was stored but never acknowledged now counts as acknowledged: the next round's
      // check must not blame it on the next kill.
      for (const id of checked.storedIds) acknowledged.add(id);
    }
    const exit = await stopService(service, 'SIGTERM');
    if (exit !== 0) results.at(-1)?.problems.push(`SIGTERM exit ${exit}`);
    const storeProblems = await checkStore(env, ROUNDS);
    return { engine, results, storeProblems };
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const engines = values.engine === 'both' ? (['pglite', 'postgres'] as const) : [values.engine as 'pglite' | 'postgres'];
let failed = false;
console.log(`Crash test: ${ROUNDS} rounds of a ${ROWS}-row import + transfer stream, SIGKILL, restart, check\n`);
console.log('| engine | round | SIGKILL | import at kill | transfers acknowledged | stored after restart | restart | problems |');
console.log('|---|---|---|---|---|---|---|---|');
for (const engine of engines) {
  const { results, storeProblems } = await crashTest(engine);
  for (const r of results) {
    if (r.problems.length) failed = true;
    console.log(
      `| ${engine} | ${r.round} | ${r.trigger} | ${r.importAtKill} | ${r.transfersAcknowledged} | ${r.transfersStored} | ${(r.restartMs / 1000).toFixed(1)} s | ${r.problems.join('; ') || 'none'} |`,
    );
  }
  console.log(`| ${engine} | store | | every import whole, exactly once after retry | | | | ${storeProblems.join('; ') || 'none'} |`);
  if (storeProblems.length) failed = true;
}
process.exit(failed ? 1 : 0);
