import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ADMIN_KEY, createServerTestDatabase } from './helper.ts';

// The real entry point, as `npm start` runs it: migrate and seed on start-up, serve, persist,
// and exit cleanly on SIGTERM.

interface Running {
  child: ChildProcess;
  base: string;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ADMIN_API_KEY: ADMIN_KEY,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up in 90 s:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1] && /documentation at/.test(out)) {
        clearTimeout(timer);
        resolve({ child, base: match[1], output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening:\n${out}`)));
  });
}

function stop(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.once('exit', (code) => resolve(code));
    running.child.kill(signal);
  });
}

const serverUrl = process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'reuse-exchange-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));

t.test('starts, serves, keeps its data across a restart, and exits 0 on SIGTERM', async (t) => {
  const env: Record<string, string> = serverUrl
    ? { DATABASE_URL: await createServerTestDatabase(t, serverUrl, { fromTemplate: false }) }
    : { DATABASE_URL: '', DATA_DIR: dataDir };

  const first = await start(env);
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
