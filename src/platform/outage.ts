import type { FastifyBaseLogger } from 'fastify';

/**
 * Whether a dependency we can work without (Redis, the read replica) is answering, logged once
 * when it stops and once when it is back: a dependency that is down for an hour must not write a
 * line for every request that went around it.
 */
export class Outage {
  private since: number | null = null;
  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly what: string,
    private readonly consequence: string,
  ) {}

  get active(): boolean {
    return this.since !== null;
  }

  down(reason: unknown): void {
    if (this.since !== null) return;
    this.since = Date.now();
    const message = reason instanceof Error ? reason.message : String(reason);
    this.log.warn({ dependency: this.what, reason: message }, `${this.what} unavailable: ${this.consequence}`);
  }

  up(): void {
    if (this.since === null) return;
    const seconds = Math.round((Date.now() - this.since) / 1000);
    this.since = null;
    this.log.info({ dependency: this.what, downSeconds: seconds }, `${this.what} available again after ${seconds} s`);
  }
}
