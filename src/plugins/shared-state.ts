import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { Outage } from '../platform/outage.ts';
import { closeRedis, openRedis } from '../platform/redis.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** State shared by every instance of the service (REDIS_URL); null: this process is alone. */
    shared: { redis: Redis; outage: Outage } | null;
  }
}

const WITHOUT_REDIS =
  'rate limits are not enforced, failed authentications and recent writers are counted per instance, match rankings kept per instance';

/**
 * Opens the Redis that several instances share, when REDIS_URL names one. Everything that uses
 * it goes on without it while it is down (fail open, docs/operations.md) and reports to one
 * Outage, so an outage is logged once however many requests it touches.
 */
async function sharedStatePlugin(app: FastifyInstance, options: { redisUrl: string | undefined; keyPrefix: string }) {
  if (!options.redisUrl) {
    app.decorate('shared', null);
    return;
  }
  const redis = await openRedis(options.redisUrl, options.keyPrefix);
  const outage = new Outage(app.log, 'Redis', WITHOUT_REDIS);
  if (redis.status !== 'ready') outage.down(`no connection to ${redis.options.host}:${redis.options.port} at start-up`);
  redis.on('ready', () => outage.up());
  redis.on('error', (err: Error) => outage.down(err));
  app.decorate('shared', { redis, outage });
  app.addHook('onClose', async () => {
    await closeRedis(redis);
  });
}

export default fp(sharedStatePlugin, { name: 'shared-state' });
