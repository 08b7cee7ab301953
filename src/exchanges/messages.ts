// The conversation of an exchange: its two parties and programme officers write; nobody else
// learns it exists. Read markers are per organisation, as an API key speaks for the whole firm.
import { eq, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { exchangeMessages, exchanges } from '../../db/schema.ts';
import type { ExchangeMessage } from '../../schemas/exchange.ts';
import type { Principal } from '../auth/principal.ts';
import { conflict, notFound } from '../errors.ts';
import { publishEvent } from '../notifications/publish.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { sideOf } from './sides.ts';

// A thread stays open while the exchange is alive or done; a refused one has nothing left to settle.
const CLOSED = new Set(['declined', 'cancelled']);

interface MessageRow {
  id: string;
  author_organisation_id: string | null;
  author_side: ExchangeMessage['side'];
  text: string;
  created_at: string;
}

const UTC_MICROS = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

async function threadOf(db: Database, p: Principal, id: string) {
  const [row] = await db.select().from(exchanges).where(eq(exchanges.id, id));
  const side = row ? sideOf(p, row) : null;
  if (!row || !side) throw notFound('Exchange');
  return { row, side };
}

const toMessage = (p: Principal, m: MessageRow): ExchangeMessage => ({
  id: m.id,
  side: m.author_side,
  mine: p.organisationId !== null && m.author_organisation_id === p.organisationId,
  text: m.text,
  createdAt: m.created_at,
});

export async function postMessage(db: Database, p: Principal, id: string, text: string): Promise<ExchangeMessage> {
  const { row, side } = await threadOf(db, p, id);
  if (CLOSED.has(row.status)) throw conflict(`The exchange is ${row.status}: its conversation is closed.`);
  const m = await inTransaction(db, async (tx) => {
    const [m] = await queryRows<MessageRow>(
      tx,
      sql`INSERT INTO exchange_messages (exchange_id, author_organisation_id, author_user_id, author_key_id, author_side, text)
      VALUES (${id}, ${p.organisationId}, ${p.userId}, ${p.keyId}, ${side}, ${text})
      RETURNING id, author_organisation_id, author_side, text, ${UTC_MICROS('created_at')} AS created_at`,
    );
    if (!m) throw new Error('insert into exchange_messages returned no row');
    await markRead(tx, p, id, m.created_at);
    // The text stays in the thread, where only the parties and officers read it.
    await publishEvent(tx, {
      type: 'exchange.message',
      organisationIds: [row.offerOrganisationId, row.wantOrganisationId].filter((o) => o !== p.organisationId),
      data: { exchangeId: id, messageId: m.id, side },
    });
    return m;
  });
  return toMessage(p, m);
}

/** The caller's organisation has read everything up to `upTo` (never moves back). */
async function markRead(db: Database, p: Principal, id: string, upTo: string): Promise<void> {
  if (!p.organisationId) return;
  await db.execute(
    sql`INSERT INTO exchange_message_reads (exchange_id, organisation_id, read_at) VALUES (${id}, ${p.organisationId}, ${upTo}::timestamptz)
      ON CONFLICT (exchange_id, organisation_id) DO UPDATE SET read_at = greatest(exchange_message_reads.read_at, excluded.read_at)`,
  );
}

/**
 * Newest first, a page at a time, older pages by cursor. Reading the newest page marks the
 * thread read up to its newest message for the caller's organisation; `unread` is the count before.
 */
export async function listMessages(db: Database, p: Principal, id: string, q: { limit: number; cursor?: string | undefined }) {
  await threadOf(db, p, id);
  const before = q.cursor ? decodeCursor(q.cursor, ['timestamp', 'uuid']) : null;
  const rows = await queryRows<MessageRow>(
    db,
    sql`SELECT id, author_organisation_id, author_side, text, ${UTC_MICROS('created_at')} AS created_at
      FROM exchange_messages WHERE exchange_id = ${id}
      ${before ? sql`AND (created_at, id) < (${before[0]}::timestamptz, ${before[1]}::uuid)` : sql``}
      ORDER BY created_at DESC, id DESC LIMIT ${q.limit + 1}`,
  );
  const page = rows.slice(0, q.limit);
  const unread = (await messageCounts(db, p, [id])).get(id)?.unread ?? 0;
  const newest = page[0];
  if (!before && newest) await markRead(db, p, id, newest.created_at);
  const last = page[page.length - 1];
  return {
    items: page.map((m) => toMessage(p, m)),
    unread,
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}

/**
 * Messages in all and unread by the caller's organisation, per exchange, in one query. Unread:
 * written by someone else after the organisation last read the thread. The built-in admin has
 * no organisation to keep a marker for, so nothing is unread for it.
 */
export async function messageCounts(db: Database, p: Principal, ids: readonly string[]): Promise<Map<string, { count: number; unread: number }>> {
  if (!ids.length) return new Map();
  const org = p.organisationId;
  const rows = await queryRows<{ exchange_id: string; count: number; unread: number }>(
    db,
    sql`SELECT m.exchange_id, count(*)::int AS count,
        ${org === null ? sql`0` : sql`count(*) FILTER (WHERE m.author_organisation_id IS DISTINCT FROM ${org}::uuid AND m.created_at > coalesce(r.read_at, '-infinity'))`}::int AS unread
      FROM ${exchangeMessages} m
      LEFT JOIN exchange_message_reads r ON r.exchange_id = m.exchange_id AND r.organisation_id = ${org}::uuid
      WHERE m.exchange_id = ANY(${sql.param([...ids])}::uuid[])
      GROUP BY m.exchange_id`,
  );
  return new Map(rows.map((r) => [r.exchange_id, { count: Number(r.count), unread: Number(r.unread) }]));
}
