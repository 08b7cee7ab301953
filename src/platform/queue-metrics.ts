// How a background queue reports to GET /metrics without knowing whether metrics are on: it
// registers a depth callback once and counts its failures here; the metrics plugin reads both
// when scraped. Process-wide, as a queue's worker is; nothing here touches Fastify.

/** Jobs waiting, by queue name (e.g. `{ notifications: 12 }`); may query the database. */
export type QueueDepth = () => Record<string, number> | Promise<Record<string, number>>;

const depthSources = new Set<QueueDepth>();
const failures = new Map<string, number>();

/**
 * Adds a queue's depth to the `reuse_exchange_queue_depth{queue}` gauge; returns the function that
 * removes it again (call it when the worker stops). A callback that throws is left out of that
 * scrape and counted in `reuse_exchange_queue_depth_errors_total`.
 */
export function registerQueueMetrics(depth: QueueDepth): () => void {
  depthSources.add(depth);
  return () => {
    depthSources.delete(depth);
  };
}

/** One job of `queue` failed (each attempt that fails counts): `reuse_exchange_queue_job_failures_total{queue}`. */
export function countJobFailure(queue: string): void {
  failures.set(queue, (failures.get(queue) ?? 0) + 1);
}

/** What the metrics plugin reads at each scrape. */
export async function queueDepths(): Promise<{ depths: Map<string, number>; errors: number }> {
  const depths = new Map<string, number>();
  let errors = 0;
  for (const source of depthSources) {
    try {
      for (const [queue, n] of Object.entries(await source())) depths.set(queue, (depths.get(queue) ?? 0) + n);
    } catch {
      errors++;
    }
  }
  return { depths, errors };
}

export const jobFailures = (): ReadonlyMap<string, number> => failures;
