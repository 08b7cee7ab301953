// The inbox: the always-on channel, and what GET /notifications reads. Items belong to an
// organisation; an API key reads and marks the organisation's read state, a person their own.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { Principal } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { Channel } from './channels.ts';
import type { NotificationType } from './events.ts';

export const inboxChannel: Channel = {
  name: 'inbox',
  async deliver(d, { db }) {
    // The unique (event, recipient) key makes a retried job a no-op; an organisation deleted since
    // the event was published gets nothing (and the job does not fail over it).
    await db.execute(sql`
      INSERT INTO notifications (event_id, organisation_id, type, data, created_at)
      SELECT ${d.eventId}::uuid, o.id, ${d.type}, ${JSON.stringify(d.data)}::jsonb, ${d.occurredAt}::timestamptz
      FROM organisations o WHERE o.id = ${d.organisationId}::uuid
      ON CONFLICT (event_id, organisation_id) DO NOTHING`);
  },
};

export interface InboxItem {
  id: string;
  type: NotificationType;
  createdAt: string;
  readAt: string | null;
  data: Record<string, unknown>;
}

export interface InboxQuery {
  unread?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The read time as this caller sees it: the person's own, or the organisation's for a key. */
function readAtOf(p: Principal) {
  return p.userId
    ? sql`(SELECT r.read_at FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${p.userId}::uuid)`
    : sql`n.read_at`;
}

/** Newest first, paged on (created_at, id). The built-in admin has no organisation and no inbox. */
export async function listInbox(db: Database, p: Principal, q: InboxQuery): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  if (!p.organisationId) return { items: [], nextCursor: null };
  const readAt = readAtOf(p);
  const after = q.cursor
    ? (() => {
        const [at, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
        return sql`AND (n.created_at, n.id) < (${at}::timestamptz, ${id}::uuid)`;
      })()
    : sql``;
  const rows = await queryRows<{ id: string; type: NotificationType; created_at: string; read_at: string | null; data: Record<string, unknown> }>(
    db,
    sql`
      SELECT n.id, n.type, to_json(n.created_at)#>>'{}' AS created_at, to_json(${readAt})#>>'{}' AS read_at, n.data
      FROM notifications n
      WHERE n.organisation_id = ${p.organisationId}::uuid ${after}
        ${q.unread ? sql`AND ${readAt} IS NULL` : sql``}
      ORDER BY n.created_at DESC, n.id DESC
      LIMIT ${q.limit + 1}`,
  );
  const items = rows.slice(0, q.limit).map((r) => ({
    id: r.id,
    type: r.type,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    data: r.data,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor([last.createdAt, last.id]) : null };
}

/** How many items this caller has not read (the web app's header). */
export async function countUnread(db: Database, p: Principal): Promise<number> {
  if (!p.organisationId) return 0;
  const [row] = await queryRows<{ unread: number }>(
    db,
    sql`SELECT count(*)::int AS unread FROM notifications n
        WHERE n.organisation_id = ${p.organisationId}::uuid AND ${readAtOf(p)} IS NULL`,
  );
  return row?.unread ?? 0;
}

/** Marks one item read for this caller; reading it again keeps the first time. 404 if not theirs. */
export async function markRead(db: Database, p: Principal, id: string): Promise<InboxItem> {
  const owned = p.organisationId
    ? await queryRows<{ id: string }>(
        db,
        sql`SELECT id FROM notifications WHERE id = ${id}::uuid AND organisation_id = ${p.organisationId}::uuid`,
      )
    : [];
  if (owned.length === 0) throw notFound('notification');
  if (p.userId)
    await db.execute(sql`INSERT INTO notification_reads (notification_id, user_id) VALUES (${id}::uuid, ${p.userId}::uuid)
      ON CONFLICT DO NOTHING`);
  else await db.execute(sql`UPDATE notifications SET read_at = now() WHERE id = ${id}::uuid AND read_at IS NULL`);
  const [row] = await queryRows<{ id: string; type: NotificationType; created_at: string; read_at: string | null; data: Record<string, unknown> }>(
    db,
    sql`SELECT n.id, n.type, to_json(n.created_at)#>>'{}' AS created_at, to_json(${readAtOf(p)})#>>'{}' AS read_at, n.data
        FROM notifications n WHERE n.id = ${id}::uuid`,
  );
  if (!row) throw notFound('notification');
  return {
    id: row.id,
    type: row.type,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    data: row.data,
  };
}

/** Marks every item of the caller's inbox read; answers how many were unread. */
export async function markAllRead(db: Database, p: Principal): Promise<number> {
  if (!p.organisationId) return 0;
  const rows = p.userId
    ? await queryRows<{ notification_id: string }>(
        db,
        sql`INSERT INTO notification_reads (notification_id, user_id)
            SELECT n.id, ${p.userId}::uuid FROM notifications n WHERE n.organisation_id = ${p.organisationId}::uuid
            ON CONFLICT DO NOTHING RETURNING notification_id`,
      )
    : await queryRows<{ id: string }>(
        db,
        sql`UPDATE notifications SET read_at = now()
            WHERE organisation_id = ${p.organisationId}::uuid AND read_at IS NULL RETURNING id`,
      );
  return rows.length;
}
