// A real streaming replica of the test server, for the read-routing tests: pg_basebackup -R from
// the server at TEST_DATABASE_URL into a temporary data directory, started with pg_ctl on a free
// port as the postgres OS user. Everything is undone when the test ends. What it may change on
// the machine, and only when needed: if the server refuses replication connections from
// 127.0.0.1, a `host replication all 127.0.0.1/32 trust` line is added to its pg_hba.conf (the
// server already trusts every other local connection) and removed again at the end.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import type { Test } from 'tap';

const run = promisify(execFile);
const HBA_LINE = 'host replication all 127.0.0.1/32 trust # reuse-exchange replica test, removed when it ends';

export interface StreamingReplica {
  /** postgres:// URL of `database` on the replica. */
  url: string;
  /** Runs SQL on the replica as the superuser (pause and resume replay). */
  sql: postgres.Sql;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The replica, or why it cannot be built here (for the test's skip message). `databaseUrl`
 * names the database the tests use on the primary; the replica serves the same name.
 */
export async function startStreamingReplica(t: Test, databaseUrl: string): Promise<StreamingReplica | string> {
  const primaryUrl = new URL(databaseUrl);
  const host = primaryUrl.hostname;
  if (host !== '127.0.0.1' && host !== 'localhost') return `the primary (${host}) is not on this machine`;
  // Undone last-first when the test ends, whatever happened.
  const undo: (() => unknown)[] = [];
  t.teardown(async () => {
    for (const step of undo.reverse()) await Promise.resolve(step()).catch(() => undefined);
  });
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  undo.push(() => admin.end());
  const [server] = await admin<{ version: string; superuser: string; hba: string }[]>`
    SELECT current_setting('server_version_num') AS version, current_setting('is_superuser') AS superuser,
           current_setting('hba_file') AS hba`;
  if (!server || server.superuser !== 'on') return 'the test database user is not a superuser';
  const bin = `/usr/lib/postgresql/${Math.floor(Number(server.version) / 10_000)}/bin`;
  if (!existsSync(join(bin, 'pg_basebackup'))) return `no pg_basebackup in ${bin}`;
  // pg_ctl refuses to run as root: as root, the server's tools run as the postgres OS user.
  const asRoot = process.getuid?.() === 0;
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args);
  let owner: { uid: number; gid: number } | null = null;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => ({ stdout: '' }));
    const { stdout: gid } = await run('id', ['-g', 'postgres']).catch(() => ({ stdout: '' }));
    if (!stdout.trim()) return 'running as root and there is no postgres OS user to run the replica';
    owner = { uid: Number(stdout), gid: Number(gid) };
  }

  const dir = mkdtempSync(join(tmpdir(), 'rx-replica-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  undo.push(() => rmSync(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const backup = () =>
    tool('pg_basebackup', ['-h', host, '-p', primaryUrl.port || '5432', '-U', decodeURIComponent(primaryUrl.username || 'postgres'),
      '-D', data, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
  try {
    await backup();
  } catch (err) {
    if (!/pg_hba\.conf|replication connection/.test(String((err as { stderr?: string }).stderr ?? err)))
      return `pg_basebackup failed: ${String((err as { stderr?: string }).stderr ?? err).trim()}`;
    let original: string;
    try {
      original = readFileSync(server.hba, 'utf8');
      writeFileSync(server.hba, `${original.trimEnd()}\n${HBA_LINE}\n`);
    } catch {
      return `the server refuses replication connections and ${server.hba} cannot be changed here`;
    }
    undo.push(async () => {
      writeFileSync(server.hba, original);
      const reload = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await reload`SELECT pg_reload_conf()`;
      await reload.end();
    });
    await admin`SELECT pg_reload_conf()`;
    rmSync(data, { recursive: true, force: true });
    try {
      await backup();
    } catch (again) {
      return `pg_basebackup failed: ${String((again as { stderr?: string }).stderr ?? again).trim()}`;
    }
  }

  // A hot standby needs these at least as large as on its primary.
  const limits = await admin<{ name: string; setting: string }[]>`
    SELECT name, setting FROM pg_settings WHERE name IN
      ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')`;
  const port = await freePort();
  const conf = [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'hot_standby = on',
    'shared_buffers = 32MB',
    'fsync = off',
    ...limits.map((l) => `${l.name} = ${l.setting}`),
  ];
  // Debian keeps the configuration outside the data directory, so the copy has none: write it.
  const write = (name: string, text: string) => {
    writeFileSync(join(data, name), text);
    if (owner) chownSync(join(data, name), owner.uid, owner.gid);
  };
  write('postgresql.conf', `${conf.join('\n')}\n`);
  write('pg_hba.conf', 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
  write('pg_ident.conf', '');
  const logFile = join(dir, 'replica.log');
  const start = async () => {
    await tool('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']);
  };
  const stop = async () => {
    await tool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
  };
  try {
    await start();
  } catch (err) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
    return `the replica did not start: ${String((err as { stderr?: string }).stderr ?? err).trim()} ${log}`;
  }
  undo.push(stop);

  const url = new URL(databaseUrl);
  url.port = String(port);
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  undo.push(() => sql.end());
  const [state] = await sql<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  if (!state?.standby) return 'the copy started but is not a standby';
  return { url: url.toString(), sql, stop, start };
}
