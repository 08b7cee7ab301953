// Webhook deliveries as their own durable schedule in PostgreSQL: each row is one event for one
// webhook, with its attempts, last answer and next attempt. A worker claims due rows with
// FOR UPDATE SKIP LOCKED (so several workers or instances never take the same row) and pushes
// their next attempt past the attempt timeout as a lease; the outcome of a whole batch is then
// written in one statement. A worker that dies mid-attempt leaves its rows to come due again:
// at-least-once, and the receiver tells retries apart by the unchanged webhook-id.
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { openSecret, type SecretKeys } from './secret-box.ts';
import { type SendOptions, type SendResult, postWebhook } from './send.ts';
import { signWebhook } from './signature.ts';
import { messageId } from './webhooks.ts';
import { nextAttemptAt, RETRY_WINDOW_MS } from './retry-schedule.ts';

/** One event as a webhook sends it: `data` must already be what this organisation may see. */
export interface WebhookEvent {
  id: string;
  type: string;
  createdAt: Date;
  data: unknown;
}

/**
 * Queues the event for every enabled webhook of the organisation that subscribes to its type.
 * Call it in the transaction (or job) that publishes the event: the same event twice adds nothing.
 */
export async function enqueueWebhookDeliveries(db: Database, organisationId: string, event: WebhookEvent): Promise<number> {
  const body = JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.data });
  const rows = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO webhook_deliveries (webhook_id, event_id, type, body, next_attempt_at, created_at)
        SELECT w.id, ${event.id}, ${event.type}, ${body}, now(), date_trunc('milliseconds', now())
        FROM webhooks w
        WHERE w.organisation_id = ${organisationId} AND w.enabled AND ${event.type} = ANY (w.events)
        ON CONFLICT (webhook_id, event_id) DO NOTHING
        RETURNING id`,
  );
  return rows.length;
}

interface Claimed {
  id: string;
  webhook_id: string;
  url: string;
  secret: string;
  body: string;
  attempts: number;
  created_at: Date | string;
}

export interface DeliveryWorkerOptions extends SendOptions {
  /** Newest first (secret-box.ts). */
  secretsKeys: SecretKeys;
  /** Rows claimed at once; they are sent concurrently. */
  batchSize: number;
  /** Told about each webhook disabled for failing too long (the owners' inbox notice). */
  onDisabled?: (db: Database, webhook: { id: string; organisationId: string; url: string }) => Promise<void>;
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/**
 * Claims the due deliveries (at most batchSize), attempts them all, records every outcome, and
 * returns how many were attempted. `now` is the clock the schedule is read against.
 */
export async function runDeliveryBatch(db: Database, options: DeliveryWorkerOptions, now: Date = new Date()): Promise<number> {
  const leaseUntil = new Date(now.getTime() + options.timeoutMs + 30_000);
  const claimed = await queryRows<Claimed>(
    db,
    sql`WITH due AS (
          SELECT d.id FROM webhook_deliveries d
          WHERE d.status = 'pending' AND d.next_attempt_at <= ${now.toISOString()}::timestamptz
          ORDER BY d.next_attempt_at
          LIMIT ${options.batchSize}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE webhook_deliveries d
        SET attempts = d.attempts + 1, next_attempt_at = ${leaseUntil.toISOString()}::timestamptz,
            last_attempt_at = ${now.toISOString()}::timestamptz
        FROM due, webhooks w
        WHERE d.id = due.id AND w.id = d.webhook_id
        RETURNING d.id, d.webhook_id, w.url, w.secret, d.body, d.attempts, d.created_at`,
  );
  if (claimed.length === 0) return 0;
  const timestamp = Math.floor(now.getTime() / 1000);
  const results = await Promise.all(
    claimed.map(async (row): Promise<SendResult> => {
      let secret: string;
      try {
        secret = openSecret(row.secret, options.secretsKeys);
      } catch (err) {
        return { error: (err as Error).message };
      }
      const id = messageId(row.id);
      return postWebhook(
        row.url,
        { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(secret, id, timestamp, row.body) },
        row.body,
        options,
      );
    }),
  );
  await recordOutcomes(db, claimed, results, options, now);
  return claimed.length;
}

const succeeded = (r: SendResult) => r.statusCode !== undefined && r.statusCode >= 200 && r.statusCode < 300;

async function recordOutcomes(db: Database, claimed: Claimed[], results: SendResult[], options: DeliveryWorkerOptions, now: Date) {
  const outcomes = claimed.map((row, i) => {
    const result = results[i] as SendResult;
    const ok = succeeded(result);
    const next = ok ? null : nextAttemptAt(asDate(row.created_at), row.attempts, now);
    return {
      id: row.id,
      webhookId: row.webhook_id,
      status: ok ? 'delivered' : next ? 'pending' : 'failed',
      code: result.statusCode ?? null,
      error: ok ? null : (result.error ?? `answered ${result.statusCode}`).slice(0, 500),
      next: next?.toISOString() ?? null,
    };
  });
  const nowIso = now.toISOString();
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`
      UPDATE webhook_deliveries d
      SET status = o.status::webhook_delivery_status, last_status_code = o.code, last_error = o.error,
          next_attempt_at = o.next, delivered_at = CASE WHEN o.status = 'delivered' THEN ${nowIso}::timestamptz END
      FROM jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb)
        AS o(id uuid, status text, code int, error text, next timestamptz)
      WHERE d.id = o.id`);
    const healthy = [...new Set(outcomes.filter((o) => o.status === 'delivered').map((o) => o.webhookId))];
    const failing = [...new Set(outcomes.filter((o) => o.status !== 'delivered').map((o) => o.webhookId))].filter(
      (id) => !healthy.includes(id),
    );
    if (healthy.length)
      await tx.execute(sql`UPDATE webhooks SET failing_since = NULL
        WHERE failing_since IS NOT NULL AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(healthy)}::jsonb)::uuid)`);
    if (failing.length)
      await tx.execute(sql`UPDATE webhooks SET failing_since = ${nowIso}::timestamptz
        WHERE failing_since IS NULL AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(failing)}::jsonb)::uuid)`);
    // A receiver that has failed every attempt for longer than the retry window is switched off:
    // its pending deliveries fail with it, and its owners are told.
    const windowStart = new Date(now.getTime() - RETRY_WINDOW_MS).toISOString();
    const gaveUp = [...new Set(outcomes.filter((o) => o.status === 'failed').map((o) => o.webhookId))];
    if (gaveUp.length === 0) return;
    const disabled = await queryRows<{ id: string; organisation_id: string; url: string }>(
      tx,
      sql`UPDATE webhooks SET enabled = false, disabled_at = ${nowIso}::timestamptz,
            disabled_reason = 'every attempt failed for more than 24 hours'
          WHERE enabled AND failing_since <= ${windowStart}::timestamptz
            AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(gaveUp)}::jsonb)::uuid)
          RETURNING id, organisation_id, url`,
    );
    for (const w of disabled) {
      await tx.execute(sql`UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL,
            last_error = coalesce(last_error, 'webhook disabled')
          WHERE webhook_id = ${w.id} AND status = 'pending'`);
      await options.onDisabled?.(tx, { id: w.id, organisationId: w.organisation_id, url: w.url });
    }
  });
}
