import { Redis } from 'ioredis';

/** How long a request waits on Redis before it goes on without it (fail open, docs/operations.md). */
const COMMAND_TIMEOUT_MS = 500;
/** How long start-up waits for a first connection before it starts without one. */
const CONNECT_WAIT_MS = 2_000;

/**
 * The client for state several instances share. A request never waits for Redis to come back:
 * with the offline queue off, a command sent while disconnected fails at once, and one sent to a
 * Redis that hangs fails after COMMAND_TIMEOUT_MS; each caller then goes on without it. The
 * client keeps reconnecting in the background. Every key carries `prefix`, so deployments (and
 * test runs) sharing one Redis never meet.
 */
export async function openRedis(url: string, prefix: string): Promise<Redis> {
  const client = new Redis(url, {
    keyPrefix: prefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_WAIT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Connection errors are reported by the calls that fail (see Outage); without a listener
  // ioredis prints each reconnection attempt to stderr.
  client.on('error', () => {});
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS);
    timer.unref();
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

/** Closes the connection, without waiting on a Redis that does not answer. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}
