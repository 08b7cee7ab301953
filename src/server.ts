import { buildApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DemoRefused, describeDemo, loadDemo } from './demo/load.ts';

async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await prepareDatabase(config);
  const demo = config.demo
    ? await loadDemo(database.db, { listingTtlDays: config.listingTtlDays, factorSetId: config.defaultFactorSet }).catch(
        async (err: unknown) => {
          await database.close();
          throw err;
        },
      )
    : null;
  const app = await buildApp({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      app.log.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    app.log.info(`${signal}: finishing in-flight requests, then closing the database`);
    const timer = setTimeout(() => {
      app.log.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms: exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  app.log.info(
    { engine: database.engine, dataDir: database.engine === 'pglite' ? config.dataDir : undefined },
    `Reuse Exchange API at ${base}/ — documentation at ${base}/documentation (ready in ${Math.round(performance.now() - started)} ms)`,
  );
  if (demo) console.log(`\n${describeDemo(demo, base)}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DemoRefused) {
    console.error(err.message);
  } else {
    console.error('Start-up failed:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
