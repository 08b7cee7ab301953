import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import { isConnectionLost } from '../../db/connection-lost.ts';
import { type RecentWriters, LocalRecentWriters, SharedRecentWriters } from '../platform/recent-writers.ts';
import { ReplicaMonitor } from '../platform/replica-monitor.ts';
import { callerKey } from './security.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The database for a read that may be a moment behind the primary: the replica when there is
     * one, it is healthy and this caller has not written lately; the primary otherwise. The one
     * way a route says "this read may go to the replica"; everything else uses app.db.
     */
    readDb(): Promise<Database>;
  }
  interface FastifyInstance {
    /** Null without DATABASE_REPLICA_URL. */
    replica: ReplicaMonitor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ReadRoutingOptions {
  replica: DatabaseHandle | null;
  maxLagMs: number;
  readYourWritesMs: number;
  /** How often the replica's health and lag are checked (tests check more often). */
  checkIntervalMs?: number;
}

async function readRoutingPlugin(app: FastifyInstance, options: ReadRoutingOptions) {
  const { replica } = options;
  if (!replica) {
    app.decorate('replica', null);
    app.decorateRequest('readDb', function readDb(this: FastifyRequest) {
      return Promise.resolve(this.server.db);
    });
    return;
  }
  const monitor = new ReplicaMonitor(app.db, replica.db, app.log, {
    maxLagMs: options.maxLagMs,
    intervalMs: options.checkIntervalMs,
  });
  const writers: RecentWriters = app.shared
    ? new SharedRecentWriters(app.shared.redis, options.readYourWritesMs, app.shared.outage)
    : new LocalRecentWriters(options.readYourWritesMs);
  const readers = new WeakSet<FastifyRequest>();
  const onReplica = new WeakSet<FastifyRequest>();
  app.decorate('replica', monitor);
  app.decorateRequest('readDb', async function readDb(this: FastifyRequest) {
    readers.add(this);
    if (!monitor.usable || (await writers.has(callerKey(this)))) return app.db;
    onReplica.add(this);
    return replica.db;
  });
  // Marked before the answer leaves, so the caller's next request already finds it. A POST that
  // asked for readDb is a read (a search with a body), not a write.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method) && request.principal && !readers.has(request)) await writers.mark(callerKey(request));
    return payload;
  });
  app.addHook('onError', async (request, _reply, error) => {
    if (onReplica.has(request) && isConnectionLost(error)) monitor.markDown(error);
  });
  await monitor.start();
  app.addHook('onClose', async () => {
    await monitor.stop();
    await replica.close();
  });
}

export default fp(readRoutingPlugin, { name: 'read-routing', dependencies: ['db', 'auth', 'shared-state'] });
