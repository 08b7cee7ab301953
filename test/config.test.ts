import { spawnSync } from 'node:child_process';
import t from 'tap';
import { ConfigError, loadConfig } from '../src/config.ts';

t.test('defaults make a runnable embedded configuration', async (t) => {
  const config = loadConfig({});
  t.equal(config.port, 3000);
  t.equal(config.host, 'localhost');
  t.equal(config.databaseUrl, undefined);
  t.equal(config.dataDir, './data');
  t.equal(config.logLevel, 'info');
  t.equal(config.adminApiKey, undefined);
});

t.test('values are parsed and typed', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '0.0.0.0',
    DATABASE_URL: 'postgres://u@db:5432/reuse',
    LOG_LEVEL: 'warn',
    ADMIN_API_KEY: 'a'.repeat(32),
    DB_POOL_MAX: '4',
  });
  t.same(
    {
      port: config.port,
      host: config.host,
      url: config.databaseUrl,
      level: config.logLevel,
      pool: config.dbPoolMax,
    },
    { port: 8080, host: '0.0.0.0', url: 'postgres://u@db:5432/reuse', level: 'warn', pool: 4 },
  );
  t.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined, 'an empty URL means embedded');
});

const bad: [Record<string, string>, RegExp][] = [
  [{ PORT: 'abc' }, /^Invalid configuration: PORT must be an integer between 0 and 65535 \(got "abc"\)$/],
  [{ PORT: '70000' }, /^Invalid configuration: PORT /],
  [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL must be one of/],
  [{ DATABASE_URL: 'mysql://x/y' }, /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ /],
  [{ ADMIN_API_KEY: 'short' }, /^Invalid configuration: ADMIN_API_KEY must be at least 32 characters$/],
  [{ DB_POOL_MAX: '0' }, /^Invalid configuration: DB_POOL_MAX /],
  [{ PUBLIC_URL: 'javascript:alert(1)' }, /^Invalid configuration: PUBLIC_URL must be an http\(s\) URL/],
];
for (const [env, message] of bad) {
  t.test(`rejects ${JSON.stringify(env)} naming the variable`, async (t) => {
    t.throws(() => loadConfig(env), message);
    t.throws(() => loadConfig(env), ConfigError);
  });
}

t.test('PUBLIC_URL: links the service hands out start with it; unset, http://localhost:PORT', async (t) => {
  t.equal(loadConfig({}).publicUrl, 'http://localhost:3000');
  t.equal(loadConfig({ PORT: '8080' }).publicUrl, 'http://localhost:8080');
  t.equal(loadConfig({ PUBLIC_URL: 'https://exchange.example.org/' }).publicUrl, 'https://exchange.example.org');
});

t.test('secrets are never echoed in the error', async (t) => {
  t.throws(() => loadConfig({ ADMIN_API_KEY: 'tooshortsecret' }), { message: /^(?!.*tooshortsecret)/ });
});

t.test('the server stops at start-up with one line naming the variable', async (t) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: 'not-a-port', TEST_DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  t.equal(result.status, 1);
  const lines = result.stderr.trim().split('\n');
  t.equal(lines.length, 1, 'exactly one line');
  t.match(lines[0], /^Invalid configuration: PORT /);
});
