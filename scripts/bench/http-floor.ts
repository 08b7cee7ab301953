// What this machine allows over HTTP before the service does any work of its own: a bare Fastify
// process answering an empty route, and the same answering after one `SELECT 1` through
// postgres.js, under the load scripts/bench/http.ts applies (autocannon in this process, 20
// connections). The service's figures are read against these.
//   DATABASE_URL=postgres://…/any node --import tsx scripts/bench/http-floor.ts [--seconds 15]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types; its API is a single function used as below.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database (only SELECT 1 is run)');

if (process.argv[2] === 'serve') {
  const sql = postgres(url, { max: 10, connection: { jit: 'off' } });
  const app = Fastify();
  app.get('/empty', async () => ({ ok: true }));
  app.get('/query', async () => {
    await sql`SELECT 1`;
    return { ok: true };
  });
  await app.listen({ port: Number(process.argv[3]), host: '127.0.0.1' });
} else {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' } }, allowPositionals: true });
  const port = 3997;
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve', String(port)], {
    stdio: 'inherit',
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${base}/empty`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 100));
  const run = (path: string) =>
    new Promise<{ requests: { average: number }; latency: { p99: number }; errors: number }>((resolve, reject) =>
      autocannon({ url: `${base}${path}`, connections: 20, duration: Number(values.seconds) }, (err: Error | null, r: never) =>
        err ? reject(err) : resolve(r),
      ),
    );
  console.log('| bare Fastify route | requests/s | p99 ms | errors |\n|---|---|---|---|');
  for (const path of ['/empty', '/query']) {
    const r = await run(path);
    console.log(`| GET ${path} | ${Math.round(r.requests.average)} | ${r.latency.p99} | ${r.errors} |`);
  }
  child.kill('SIGTERM');
}
