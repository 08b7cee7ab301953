// Season tickets: one waste transfer note for the recurring transfers of one exchange (the same
// waste between the same parties) over at most 12 months (Waste (England and Wales) Regulations
// 2011, reg. 35(5); Defra duty of care code of practice, 2018, section 5).
import { and, eq, gte, isNull, lte, notExists } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { exchanges, seasonTickets, transfers, wasteTransferNotes } from '../../db/schema.ts';
import type { SeasonTicket } from '../../schemas/compliance.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';
import { loadExchangeFacts } from './load-facts.ts';

/** The last day a ticket starting on `from` may cover: the day before the same date 12 months on. */
export function lastDayAllowed(from: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d));
  // 29 February + 12 months lands on 1 March; either way the ticket ends the day before.
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export async function createSeasonTicket(
  db: Database,
  p: Principal,
  exchangeId: string,
  input: { from: string; to: string },
): Promise<SeasonTicket> {
  if (input.to < input.from) throw badRequest('to', 'must not be before from');
  const last = lastDayAllowed(input.from);
  if (input.to > last) throw badRequest('to', `a season ticket covers at most 12 months: from ${input.from}, to ${last} at the latest`);
  return inTransaction(db, async (tx) => {
    await tx.select({ id: exchanges.id }).from(exchanges).where(eq(exchanges.id, exchangeId)).for('update');
    const ex = await loadExchangeFacts(tx, exchangeId);
    const party = ex && (p.organisationId === ex.transferor.organisationId || p.organisationId === ex.transferee.organisationId);
    if (!ex || (!party && !isOfficer(p))) throw notFound('Exchange');
    if (!['accepted', 'active'].includes(ex.status)) throw conflict(`A season ticket needs an accepted or active exchange; this one is ${ex.status}.`);
    if (ex.waste.wasteStatus !== 'waste') throw conflict(`The offer is a ${ex.waste.wasteStatus}, not waste: no transfer note applies.`);
    const [overlap] = await tx
      .select({ id: seasonTickets.id })
      .from(seasonTickets)
      .where(and(eq(seasonTickets.exchangeId, exchangeId), lte(seasonTickets.fromDate, input.to), gte(seasonTickets.toDate, input.from)));
    if (overlap) throw conflict(`Season ticket ${overlap.id} already covers part of this period.`);
    const [ticket] = await tx
      .insert(seasonTickets)
      .values({ exchangeId, fromDate: input.from, toDate: input.to, createdByOrganisationId: p.organisationId })
      .returning();
    if (!ticket) throw new Error('insert into season_tickets returned no row');
    // Transfers already in the period come under the ticket, unless they have a note of their own.
    const covered = await tx
      .update(transfers)
      .set({ seasonTicketId: ticket.id })
      .where(
        and(
          eq(transfers.exchangeId, exchangeId),
          gte(transfers.date, input.from),
          lte(transfers.date, input.to),
          eq(transfers.isWaste, true),
          isNull(transfers.seasonTicketId),
          notExists(tx.select({ id: wasteTransferNotes.id }).from(wasteTransferNotes).where(eq(wasteTransferNotes.transferId, transfers.id))),
        ),
      )
      .returning({ id: transfers.id });
    const result: SeasonTicket = {
      id: ticket.id,
      exchangeId,
      from: ticket.fromDate,
      to: ticket.toDate,
      transferIds: covered.map((t) => t.id),
      createdAt: ticket.createdAt.toISOString(),
    };
    await recordAudit(tx, p, 'create', { type: 'season-ticket', id: ticket.id }, null, result);
    return result;
  });
}

/** The season ticket of an exchange covering a date, for a transfer being recorded on it. */
export async function seasonTicketFor(db: Database, exchangeId: string, date: string): Promise<string | null> {
  const [row] = await db
    .select({ id: seasonTickets.id })
    .from(seasonTickets)
    .where(and(eq(seasonTickets.exchangeId, exchangeId), lte(seasonTickets.fromDate, date), gte(seasonTickets.toDate, date)));
  return row?.id ?? null;
}

