// Nothing is lost if the process dies after a change commits and before its notifications go
// out: the service runs with no workers (WORKERS=0) while the changes are made, is killed with
// SIGKILL, and a restart with workers delivers every one of them, once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { client, smallMarket, startService, stopService } from '../../scripts/lib/service.ts';
import { createServerTestDatabase } from '../helper.ts';
import { waitFor } from './wait.ts';

const ADMIN_KEY = 'notify-crash-admin-key-0123456789abcdef0123';
const serverUrl = process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'rx-notify-crash-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const database: Record<string, string> = serverUrl
  ? { DATABASE_URL: await createServerTestDatabase(t, serverUrl, { fromTemplate: true }) }
  : { DATA_DIR: dataDir };
const env = { ...database, ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: 'warn', NOTIFY_POLL_SECONDS: '0.5' };

t.test('SIGKILL after commit, before delivery: delivered after restart, once', async (t) => {
  // A first start on a fresh PGlite folder creates PostGIS and migrates: slow on a busy machine.
  const first = await startService({ ...env, WORKERS: '0' }, 300_000);
  let market: Awaited<ReturnType<typeof smallMarket>>;
  try {
    market = await smallMarket(first.base, ADMIN_KEY);
    // With no workers nothing can have been delivered yet.
    const before = await market.foundry.call('GET', '/notifications');
    t.same(before.body.items, [], 'nothing delivered while no worker runs');
  } finally {
    t.equal(await stopService(first, 'SIGKILL'), null, 'killed');
  }

  const second = await startService({ ...env, WORKERS: '1' }, 300_000);
  t.teardown(() => stopService(second, 'SIGTERM'));
  const foundry = client(second.base, market.foundry.key);
  const maker = client(second.base, market.maker.key);
  const types = async (call: typeof foundry) =>
    ((await call('GET', '/notifications')).body.items as { type: string }[]).map((i) => i.type).sort();
  await waitFor(async () => (await types(foundry)).length >= 2 && (await types(maker)).length >= 1, { timeoutMs: 60_000 });
  // A moment more, so a duplicate would have had its chance to arrive.
  await new Promise((r) => setTimeout(r, 2000));
  t.same(await types(foundry), ['exchange.proposed', 'match.found'], 'the offer’s owner: the new want, and the proposal, once each');
  // The offer's fan-out runs after the restart, when the want exists too, so its owner hears of it.
  t.same(await types(maker), ['exchange.accepted', 'match.found'], 'the proposer: the acceptance and the offer, once each');
});
