// A webhook delivery's state in words, for the webhooks page.
import type { components } from './api-types.ts';

type Delivery = components['schemas']['WebhookDelivery'];

const STATUS_WORDS: Record<Delivery['status'], string> = { pending: 'Waiting to retry', delivered: 'Delivered', failed: 'Gave up' };

/**
 * The worker counts an attempt when it claims the delivery, before it sends: a pending delivery
 * with no answer yet is queued (no attempt) or on its first attempt now, not waiting to retry.
 */
export function deliveryStatusWords(d: Pick<Delivery, 'status' | 'attempts' | 'lastStatusCode' | 'lastError'>): string {
  if (d.status !== 'pending' || d.lastStatusCode !== null || d.lastError !== null) return STATUS_WORDS[d.status];
  return d.attempts === 0 ? 'Queued' : 'Sending';
}
