// Channels: what a delivery job does for one recipient. The inbox is always on; e-mail and
// webhooks register themselves. Each must be idempotent per (eventId, organisationId): a job
// is retried whole when any channel throws.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.ts';
import type { Delivery } from './events.ts';

export interface ChannelContext {
  db: Database;
  log: FastifyBaseLogger;
}

export interface Channel {
  name: string;
  deliver(delivery: Delivery, ctx: ChannelContext): Promise<void>;
}

/** The channels of one app, called in registration order. */
export class ChannelRegistry {
  private readonly channels: Channel[] = [];

  register(channel: Channel): void {
    if (this.channels.some((c) => c.name === channel.name)) throw new Error(`channel ${channel.name} is registered twice`);
    this.channels.push(channel);
  }

  names(): string[] {
    return this.channels.map((c) => c.name);
  }

  /** Every channel gets its turn; the first failure is rethrown after, so the job is retried. */
  async deliver(delivery: Delivery, ctx: ChannelContext): Promise<void> {
    let failure: unknown = null;
    for (const channel of this.channels) {
      try {
        await channel.deliver(delivery, ctx);
      } catch (err) {
        ctx.log.warn({ err, channel: channel.name, eventId: delivery.eventId }, 'notification channel failed');
        failure ??= err;
      }
    }
    if (failure) throw failure;
  }
}
