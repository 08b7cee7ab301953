import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, DatabaseHandle, Engine } from '../../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dbEngine: Engine;
  }
}

/**
 * Hands the opened database to routes and closes it after the last in-flight request. Fastify's
 * own onClose ordering does not guarantee that (under load, requests still running hit a closed
 * pool), so requests are counted here and the pool waits for them, up to `drainTimeoutMs`.
 */
async function dbPlugin(app: FastifyInstance, options: { database: DatabaseHandle; drainTimeoutMs: number }) {
  app.decorate('db', options.database.db);
  app.decorate('dbEngine', options.database.engine);
  let inFlight = 0;
  let drained: (() => void) | null = null;
  app.addHook('onRequest', async () => {
    inFlight++;
  });
  // One parameter: Fastify checks async onRequestAbort hooks take exactly the request.
  const done = async (_request: unknown) => {
    inFlight--;
    if (inFlight <= 0) drained?.();
  };
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.addHook('onClose', async () => {
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, options.drainTimeoutMs).unref();
      });
    }
    await options.database.close();
  });
}

export default fp(dbPlugin, { name: 'db' });
