// Several instances of the service on one server database and one Redis, as a fleet runs them.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Test } from 'tap';
import { openDatabase } from '../../db/client.ts';
import { buildApp } from '../../src/app.ts';
import { createServerTestDatabase, testConfig } from '../helper.ts';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run uses; its keys are deleted when the test ends. */
export function redisPrefix(t: Test): string {
  const prefix = `reuse-exchange-test:${process.pid}-${randomBytes(4).toString('hex')}:`;
  t.teardown(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });
  return prefix;
}

/** Whether Redis answers at REDIS_URL. */
export async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * `count` instances, each with its own connection pool, on one new copy of the template
 * database and sharing Redis under one prefix; closed (and the database dropped) at the end.
 */
export async function buildInstances(
  t: Test,
  serverUrl: string,
  count: number,
  env: Record<string, string> = {},
): Promise<FastifyInstance[]> {
  const url = await createServerTestDatabase(t, serverUrl, { fromTemplate: true });
  const config = testConfig({ REDIS_URL, REDIS_KEY_PREFIX: redisPrefix(t), ...env });
  const apps: FastifyInstance[] = [];
  for (let i = 0; i < count; i++) {
    const app = await buildApp({ config, database: await openDatabase({ url, poolMax: 5 }) });
    t.teardown(() => app.close());
    apps.push(app);
  }
  return apps;
}
