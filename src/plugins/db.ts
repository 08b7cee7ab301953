import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, DatabaseHandle, Engine } from '../../db/client.ts';
import { HttpProblem } from '../errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dbEngine: Engine;
    /** Requests between onRequest and the end of their database work: the pool's demand. */
    dbRequestsInFlight: () => number;
  }
}

/**
 * Hands the opened database to routes and closes it after the last in-flight request. Fastify's
 * own onClose ordering does not guarantee that (under load, requests still running hit a closed
 * pool), so requests are counted here and the pool waits for them, up to `drainTimeoutMs`.
 *
 * The same count sheds load: every route but /health queries the database, so more than
 * `maxQueued` requests in flight means they are queueing for the pool's connections and would
 * time out anyway; a prompt 503 lets the client back off instead. 0 turns it off.
 */
async function dbPlugin(
  app: FastifyInstance,
  options: { database: DatabaseHandle; drainTimeoutMs: number; maxQueued: number },
) {
  app.decorate('db', options.database.db);
  app.decorate('dbEngine', options.database.engine);
  let inFlight = 0;
  app.decorate('dbRequestsInFlight', () => inFlight);
  let drained: (() => void) | null = null;
  // A request counts from onRequest until its handler is done with the database. onResponse
  // marks that, except for a request whose client went away: Fastify then fires onRequestAbort
  // while the handler may still be running, and never onResponse; its onSend does come, once the
  // handler has finished.
  const requests = new WeakMap<FastifyRequest, { aborted: boolean; handled: boolean }>();
  const release = (request: FastifyRequest) => {
    if (!requests.delete(request)) return;
    inFlight--;
    if (inFlight <= 0) drained?.();
  };
  app.addHook('onRequest', async (request) => {
    requests.set(request, { aborted: false, handled: false });
    inFlight++;
    // Liveness must not fail because the process is busy, or the orchestrator kills it for it.
    if (options.maxQueued > 0 && inFlight > options.maxQueued && request.url !== '/health')
      throw new HttpProblem(503, 'The database is saturated; retry shortly.', {
        type: 'overloaded',
        headers: { 'retry-after': '2' },
      });
  });
  app.addHook('onSend', async (request) => {
    const state = requests.get(request);
    if (!state) return;
    state.handled = true;
    if (state.aborted) release(request);
  });
  // One parameter: Fastify checks async onRequestAbort hooks take exactly the request.
  app.addHook('onRequestAbort', async (request) => {
    const state = requests.get(request);
    if (!state) return;
    state.aborted = true;
    if (state.handled) release(request);
  });
  app.addHook('onResponse', async (request) => release(request));
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
