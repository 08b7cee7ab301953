// Each side's answer to "would this exchange have happened without the programme?".
import { eq } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { exchangeAdditionality, exchanges } from '../../db/schema.ts';
import type { AdditionalityInput } from '../../schemas/evidence.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { anywayShare, exchangeDeadweight } from './additionality.ts';
import { programmeAdditionality } from './records.ts';

type ExchangeParties = Pick<typeof exchanges.$inferSelect, 'id' | 'status' | 'offerOrganisationId' | 'wantOrganisationId'>;

/**
 * Records (or revises) the caller's side's answer on a completed exchange. Call inside the
 * transaction that completes it, or on its own through answerAdditionality.
 */
export async function saveAnswer(tx: Database, p: Principal, exchange: ExchangeParties, input: AdditionalityInput) {
  const side =
    p.organisationId === exchange.offerOrganisationId ? 'offer' : p.organisationId === exchange.wantOrganisationId ? 'want' : null;
  if (!side) throw forbidden('Each side answers for itself: an officer cannot answer for a party.');
  if (exchange.status !== 'completed') throw conflict(`Additionality is asked of completed exchanges; this one is ${exchange.status}.`);
  const values = {
    answer: input.wouldHaveHappened,
    share: anywayShare(input.wouldHaveHappened, input.share),
    answeredByOrganisationId: p.organisationId,
    answeredAt: new Date(),
  };
  await tx
    .insert(exchangeAdditionality)
    .values({ exchangeId: exchange.id, side, ...values })
    .onConflictDoUpdate({ target: [exchangeAdditionality.exchangeId, exchangeAdditionality.side], set: values });
  await recordAudit(tx, p, 'answer', { type: 'exchange-additionality', id: `${exchange.id}:${side}` }, null, { side, ...values });
}

async function partiesOf(db: Database, p: Principal, id: string, lock: boolean): Promise<ExchangeParties> {
  const query = db
    .select({
      id: exchanges.id,
      status: exchanges.status,
      offerOrganisationId: exchanges.offerOrganisationId,
      wantOrganisationId: exchanges.wantOrganisationId,
    })
    .from(exchanges)
    .where(eq(exchanges.id, id));
  const [row] = lock ? await query.for('update') : await query;
  const party = row && (p.organisationId === row.offerOrganisationId || p.organisationId === row.wantOrganisationId);
  if (!row || (!party && !isOfficer(p))) throw notFound('Exchange');
  return row;
}

export async function answerAdditionality(db: Database, p: Principal, id: string, input: AdditionalityInput) {
  await inTransaction(db, async (tx) => saveAnswer(tx, p, await partiesOf(tx, p, id, true), input));
  return getAdditionality(db, p, id);
}

/**
 * Both sides' answers and the deadweight the reports use, for officers. A party sees its own
 * answer only: the other side's, and the deadweight that would reveal it, are not its business.
 */
export async function getAdditionality(db: Database, p: Principal, id: string) {
  const exchange = await partiesOf(db, p, id, false);
  const rows = await db.select().from(exchangeAdditionality).where(eq(exchangeAdditionality.exchangeId, id));
  const ownSide = isOfficer(p)
    ? null
    : p.organisationId === exchange.offerOrganisationId
      ? 'offer'
      : 'want';
  const answerOf = (side: 'offer' | 'want') => {
    const r = rows.find((x) => x.side === side);
    if (!r || (ownSide && ownSide !== side)) return null;
    return { wouldHaveHappened: r.answer, share: r.share, answeredAt: r.answeredAt.toISOString() };
  };
  const programme = await programmeAdditionality(db);
  return {
    exchangeId: id,
    offer: answerOf('offer'),
    want: answerOf('want'),
    deadweight: ownSide ? null : exchangeDeadweight(rows.map((r) => r.share), programme.deadweight),
    basis: ownSide ? null : rows.length ? ('answers' as const) : ('programme-default' as const),
  };
}
