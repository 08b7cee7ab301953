// The real entry point as `npm start` runs it, for scripts (and tests) that must start, kill and
// restart the service as a separate process: crash test, soak, start-up timing.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { buildServer, SERVER_JS } from '../build-server.ts';

export interface Service {
  child: ChildProcess;
  base: string;
  /** Milliseconds from spawn to the first answer of GET /health. */
  startedInMs: number;
  output: () => string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A port nothing listens on now, so the service's address is known without reading its logs. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Another commit of this repository, compiled (scripts/lib/checkout.ts), to start instead. */
export interface Checkout {
  root: string;
  serverJs: string;
}

/**
 * Compiles and spawns the service as `npm start` runs it (dist/server.js), and resolves once `GET /health` answers. The caller's env wins, so it
 * may set LOG_LEVEL=warn where request logs would measure pino rather than the service.
 */
export async function startService(
  env: Record<string, string>,
  // A first start on PGlite initialises a database and installs PostGIS: on a busy 2-core machine
  // that has taken minutes, and a start-up that slow is a finding of its own, not a failed test.
  timeoutMs = 300_000,
  checkout?: Checkout,
): Promise<Service> {
  if (!checkout) await buildServer();
  const spawned = performance.now();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // SERVICE_NODE_ARGS: flags for the service's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = process.env.SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, checkout?.serverJs ?? SERVER_JS], {
    cwd: checkout?.root ?? root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A script that dies on an exception must not leave a service running behind it.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let out = '';
  // The tail is enough to report a failure; a long run must not hold every log line.
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  while (performance.now() - spawned < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before listening:\n${out}`);
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false))
      return { child, base, startedInMs: performance.now() - spawned, output: () => out };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`no start-up in ${timeoutMs / 1000} s:\n${out}`);
}

/** Sends the signal and resolves with the exit code (null when killed by the signal). */
export function stopService(service: Service, signal: NodeJS.Signals): Promise<number | null> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return Promise.resolve(service.child.exitCode);
  return new Promise((resolve) => {
    service.child.once('exit', (code) => resolve(code));
    service.child.kill(signal);
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON the API answered
  body: any;
}

/** A small fetch client for one key; never throws on an HTTP status, only on a dead connection. */
export function client(base: string, key?: string) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const isText = typeof body === 'string';
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': isText ? 'text/csv' : 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: isText ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = /json/.test(res.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text;
    return { status: res.status, headers: res.headers, body: json };
  };
}

export type Client = ReturnType<typeof client>;

export function expect(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status)
    throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 400)}`);
  return answer;
}

/**
 * Two firms with a site each, an offer of foundry sand and a want for it, an accepted exchange
 * between them, and an officer: enough to record transfers and read reports.
 */
export async function smallMarket(base: string, adminKey: string) {
  const admin = client(base, adminKey);
  const org = async (name: string, role = 'member') => {
    const created = expect(
      await admin('POST', '/organisations', { name, contactEmail: `${name.toLowerCase().replaceAll(' ', '.')}@example.org`, role }),
      201,
      `create ${name}`,
    ).body;
    return { id: created.id as string, key: created.apiKey as string, call: client(base, created.apiKey) };
  };
  const foundry = await org('Crash Foundry Ltd');
  const maker = await org('Crash Blocks Ltd');
  const officer = await org('Crash Programme', 'officer');
  const site = async (o: typeof foundry, coordinates: [number, number]) =>
    expect(await o.call('POST', '/sites', { name: 'Works', location: { type: 'Point', coordinates } }), 201, 'site').body
      .id as string;
  const foundrySite = await site(foundry, [-2.0662, 52.5294]);
  const makerSite = await site(maker, [-1.98, 52.48]);
  const offer = expect(
    await foundry.call('POST', '/listings', {
      kind: 'offer',
      siteId: foundrySite,
      material: 'foundry-sand',
      grade: { afsGfn: 55, clayPct: 8 },
      quantity: { amount: 100_000, unit: 't', rate: 'year' },
      maxHaulKm: 60,
      currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
    }),
    201,
    'offer',
  ).body;
  const want = expect(
    await maker.call('POST', '/listings', {
      kind: 'want',
      siteId: makerSite,
      material: 'foundry-sand',
      quantity: { amount: 100_000, unit: 't', rate: 'year' },
      maxHaulKm: 60,
    }),
    201,
    'want',
  ).body;
  const exchange = expect(
    await maker.call('POST', '/exchanges', {
      offerId: offer.id,
      wantId: want.id,
      quantity: { amount: 50_000, unit: 't', rate: 'year' },
    }),
    201,
    'propose exchange',
  ).body;
  expect(await foundry.call('POST', `/exchanges/${exchange.id}/accept`, {}), 200, 'accept (offer)');
  return { foundry, maker, officer, foundrySite, makerSite, offerId: offer.id as string, wantId: want.id as string, exchangeId: exchange.id as string };
}

export type Market = Awaited<ReturnType<typeof smallMarket>>;

/** Drops and creates the database a server URL names, for a script that needs a clean store. */
export async function freshServerDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const admin = postgres(target.toString(), { onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
}
