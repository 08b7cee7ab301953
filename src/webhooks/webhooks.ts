// An organisation's webhooks: register, list, remove, and see what was delivered.
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { webhookDeliveries, webhooks } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { badRequest, forbidden, notFound } from '../errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { checkWebhookUrl } from './address-policy.ts';
import type { NotificationType } from '../notifications/events.ts';
import { type SecretKeys, sealSecret } from './secret-box.ts';
import { checkHostReachable } from './send.ts';
import { newWebhookSecret } from './signature.ts';

export interface WebhookSettings {
  allowPrivate: boolean;
  /** Newest first (secret-box.ts). */
  secretsKeys: SecretKeys;
}

type WebhookRow = typeof webhooks.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toWebhook(r: WebhookRow) {
  return {
    id: r.id,
    url: r.url,
    events: r.events as NotificationType[],
    description: r.description,
    enabled: r.enabled,
    disabledAt: iso(r.disabledAt),
    disabledReason: r.disabledReason,
    createdAt: r.createdAt.toISOString(),
  };
}

export const messageId = (deliveryId: string) => `msg_${deliveryId.replaceAll('-', '')}`;

function toDelivery(r: DeliveryRow) {
  return {
    id: messageId(r.id),
    eventId: r.eventId,
    type: r.type as NotificationType,
    status: r.status,
    attempts: r.attempts,
    lastStatusCode: r.lastStatusCode,
    lastError: r.lastError,
    lastAttemptAt: iso(r.lastAttemptAt),
    nextAttemptAt: r.status === 'pending' ? iso(r.nextAttemptAt) : null,
    createdAt: r.createdAt.toISOString(),
    deliveredAt: iso(r.deliveredAt),
  };
}

function ownOrganisation(p: Principal): string {
  if (!p.organisationId) throw forbidden('Webhooks belong to an organisation; the built-in admin key has none');
  return p.organisationId;
}

export async function createWebhook(
  db: Database,
  p: Principal,
  body: { url: string; events: NotificationType[]; description?: string | undefined },
  settings: WebhookSettings,
) {
  const organisationId = ownOrganisation(p);
  const verdict = checkWebhookUrl(body.url);
  if (!verdict.ok) throw badRequest('url', verdict.reason);
  const unreachable = await checkHostReachable(verdict.url, settings.allowPrivate);
  if (unreachable) throw badRequest('url', unreachable);
  const secret = newWebhookSecret();
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({
        organisationId,
        url: verdict.url.href,
        events: [...new Set(body.events)],
        description: body.description ?? null,
        secret: sealSecret(secret, settings.secretsKeys),
      })
      .returning();
    const webhook = toWebhook(row as WebhookRow);
    await recordAudit(tx, p, 'create', { type: 'webhook', id: webhook.id }, null, webhook);
    return { ...webhook, secret };
  });
}

export async function listWebhooks(db: Database, p: Principal) {
  if (!p.organisationId) return [];
  const rows = await db
    .select()
    .from(webhooks)
    .where(eq(webhooks.organisationId, p.organisationId))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id));
  return rows.map(toWebhook);
}

async function ownWebhook(db: Database, p: Principal, id: string): Promise<WebhookRow> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!row || row.organisationId !== p.organisationId) throw notFound('Webhook');
  return row;
}

/** Removes the webhook and its pending deliveries: nothing more is sent to it. */
export async function deleteWebhook(db: Database, p: Principal, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await ownWebhook(tx, p, id);
    await tx.delete(webhooks).where(eq(webhooks.id, id));
    await recordAudit(tx, p, 'delete', { type: 'webhook', id }, toWebhook(row), null);
  });
}

export async function listDeliveries(
  db: Database,
  p: Principal,
  id: string,
  q: { status?: DeliveryRow['status'] | undefined; cursor?: string | undefined; limit: number },
) {
  await ownWebhook(db, p, id);
  const after = q.cursor ? decodeCursor(q.cursor, ['timestamp', 'uuid'] as const) : null;
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, id),
        q.status ? eq(webhookDeliveries.status, q.status) : undefined,
        after
          ? or(
              lt(webhookDeliveries.createdAt, new Date(after[0])),
              and(eq(webhookDeliveries.createdAt, new Date(after[0])), lt(webhookDeliveries.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDelivery),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** How many webhooks (enabled or not) an organisation has; used to keep the list bounded. */
export async function countWebhooks(db: Database, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webhooks)
    .where(eq(webhooks.organisationId, organisationId));
  return row?.n ?? 0;
}
