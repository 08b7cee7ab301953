import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { startService, stopService } from '../scripts/lib/service.ts';
import { ADMIN_KEY, createServerTestDatabase } from './helper.ts';

// The real entry point, as `npm start` runs it: migrate and seed on start-up, serve, persist,
// and exit cleanly on SIGTERM.

const start = (env: Record<string, string>) => startService({ ADMIN_API_KEY: ADMIN_KEY, ...env });
const stop = stopService;

const serverUrl = process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'reuse-exchange-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));

t.test('starts, serves, keeps its data across a restart, and exits 0 on SIGTERM', async (t) => {
  const env: Record<string, string> = serverUrl
    ? { DATABASE_URL: await createServerTestDatabase(t, serverUrl, { fromTemplate: false }) }
    : { DATABASE_URL: '', DATA_DIR: dataDir };

  const first = await start(env);
  // The log line and the first answer travel on different pipes; give the line a moment.
  for (let i = 0; i < 40 && !/documentation at/.test(first.output()); i++) await new Promise((r) => setTimeout(r, 50));
  t.match(first.output(), /Reuse Exchange API at .* documentation at .*\/documentation/, 'logs the URLs');
  const ready = await fetch(`${first.base}/ready`);
  t.equal(ready.status, 200);
  t.match(await ready.json(), { status: 'ready', engine: serverUrl ? 'postgres' : 'pglite' });
  const created = await fetch(`${first.base}/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Persisted Ltd', role: 'member', contactEmail: 'p@example.org' }),
  });
  t.equal(created.status, 201);
  const { apiKey } = (await created.json()) as { apiKey: string };
  t.equal(await stop(first, 'SIGTERM'), 0, 'clean exit on SIGTERM');
  t.match(first.output(), /SIGTERM: finishing in-flight requests/);

  const second = await start(env);
  const materials = await fetch(`${second.base}/materials`);
  t.equal(
    ((await materials.json()) as { items: unknown[] }).items.length,
    12,
    'catalogue loaded once, not twice',
  );
  // The key made before the restart still authenticates: the organisation was persisted.
  const withKey = await fetch(`${second.base}/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: '{}',
  });
  t.equal(withKey.status, 403, 'known key (member), so forbidden rather than unauthorized');
  t.equal(await stop(second, 'SIGINT'), 0, 'clean exit on SIGINT');
});
