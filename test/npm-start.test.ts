// SIGTERM sent to `npm start` (as a process manager or a container runtime sends it) must stop
// the service. npm forwards the signal to its child, the shell running the script: unless the
// script execs node, the shell dies and node lives on, keeping the port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { createServerTestDatabase } from './helper.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const answers = (url: string) => fetch(url).then((r) => r.ok, () => false);

t.test('SIGTERM to npm start stops the service and frees its port', async (t) => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'reuse-exchange-start-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const health = `http://127.0.0.1:${port}/health`;
  const npm = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...(serverUrl
        ? { DATABASE_URL: await createServerTestDatabase(t, serverUrl, { fromTemplate: false }) }
        : { DATABASE_URL: '', DATA_DIR: dataDir }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  t.teardown(() => {
    if (npm.exitCode === null) npm.kill('SIGKILL');
  });

  // A first start may build the web app and, on PGlite, install PostGIS: minutes on a busy machine.
  const deadline = Date.now() + 600_000;
  while (!(await answers(health))) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  npm.kill('SIGTERM');
  t.equal(await exited, 0, 'npm start exits 0');
  t.match(output, /SIGTERM: finishing in-flight requests/, 'the service itself got the signal');
  t.notOk(await answers(health), 'nothing answers on the port any more');
  // The port is free again: another process can listen on it.
  await new Promise<void>((resolve, reject) => {
    const again = createServer().once('error', reject).listen(port, '127.0.0.1', () => again.close(() => resolve()));
  });
});
