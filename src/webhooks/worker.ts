// Runs webhook deliveries in the service process: claims a batch, sends it, and goes again at
// once while there is more; when nothing is due it waits a poll interval (or until woken by a
// new enqueue in this process). Stopping waits for the batch in flight, whose attempts are
// bounded by the send timeout.
import type { Database } from '../../db/client.ts';
import { type DeliveryWorkerOptions, runDeliveryBatch } from './deliveries.ts';

export interface WorkerLog {
  error(obj: unknown, msg: string): void;
}

export class WebhookWorker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly options: DeliveryWorkerOptions,
    private readonly log: WorkerLog,
    private readonly pollMs = 1000,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** A delivery was just queued: look now rather than at the next poll. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let attempted = 0;
      try {
        attempted = await runDeliveryBatch(this.db, this.options);
      } catch (err) {
        this.log.error({ err }, 'webhook delivery batch failed; retrying after the poll interval');
      }
      if (attempted > 0 || !this.running) continue;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.pollMs);
      });
      if (this.timer) clearTimeout(this.timer);
      this.wake = null;
    }
  }
}
