import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { exchangeEvents, exchanges, listings, materials, organisations, sites } from '../../db/schema.ts';
import type { CounterExchange, CreateExchange, Exchange } from '../../schemas/exchange.ts';
import { fits, remaining } from './allocation.ts';
import { recordExchangeEvent } from './events.ts';
import { type ExchangeAction, RESERVING, transition, turnOf } from './lifecycle.ts';
import { disclosedTo } from './disclosure.ts';
import { messageCounts } from './messages.ts';
import { sideOf } from './sides.ts';
import { defaultQuantity } from './terms.ts';
import { publishExchangeCountered, publishExchangeStep } from '../notifications/exchange-events.ts';
import { perYearFactor } from '../matching/quantity.ts';
import { badRequest, conflict, type HttpProblem, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import type { AdditionalityInput } from '../../schemas/evidence.ts';
import { saveAnswer } from '../evidence/answers.ts';

type ExchangeRow = typeof exchanges.$inferSelect;
type ListingRow = typeof listings.$inferSelect;


/** An exchange's quantity on its offer's basis: per year for a flow, per lot for a one-off. */
const onOfferBasis = (q: { quantityAmount: number; quantityRate: ExchangeRow['quantityRate'] }) =>
  q.quantityAmount * (perYearFactor(q.quantityRate) ?? 1);

async function reservedOn(tx: Database, offerId: string, except?: string): Promise<number> {
  const rows = await tx
    .select({ quantityAmount: exchanges.quantityAmount, quantityRate: exchanges.quantityRate, id: exchanges.id })
    .from(exchanges)
    .where(and(eq(exchanges.offerId, offerId), inArray(exchanges.status, [...RESERVING])));
  return rows.filter((r) => r.id !== except).reduce((sum, r) => sum + onOfferBasis(r), 0);
}

/**
 * The offer's remaining quantity is the offer's owner's business: officers and the owner are
 * told it, the other side only that its request does not fit.
 */
function overAllocated(p: Principal, offer: ListingRow, reserved: number, requested: number): HttpProblem {
  const basis = offer.quantityRate === 'one-off' ? 'lot' : 'year';
  const needs = `this exchange needs ${round(requested)} ${offer.quantityUnit}${basis === 'year' ? ' a year' : ''}`;
  if (!isOfficer(p) && p.organisationId !== offer.organisationId)
    return conflict(`The offer cannot supply this quantity: ${needs}.`, { requested, unit: offer.quantityUnit, basis });
  const left = Math.max(0, remaining({ amount: offer.quantityAmount, rate: offer.quantityRate }, reserved));
  return conflict(
    `The offer has ${round(left)} ${offer.quantityUnit} ${basis === 'lot' ? 'in this lot' : 'a year'} left; ${needs}.`,
    { remaining: left, requested, unit: offer.quantityUnit, basis },
  );
}
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Locks the offer so that concurrent accepts of it are checked one after another. */
async function lockListing(tx: Database, id: string): Promise<ListingRow | undefined> {
  const [row] = await tx.select().from(listings).where(eq(listings.id, id)).for('update');
  return row;
}

/** As GET /listings/{id} decides: one's own, an officer's view, or another firm's live listing. */
const visibleTo = (p: Principal, l: ListingRow) =>
  isOfficer(p) || l.organisationId === p.organisationId || (l.status === 'active' && l.expiresAt > new Date());

function validateQuantity(quantity: NonNullable<CreateExchange['quantity']>, offer: ListingRow) {
  if (quantity.unit !== offer.quantityUnit)
    throw badRequest('quantity.unit', `must be ${offer.quantityUnit}, the offer's unit`);
  const offerIsLot = offer.quantityRate === 'one-off';
  if (offerIsLot !== (quantity.rate === 'one-off'))
    throw badRequest(
      'quantity.rate',
      offerIsLot ? 'must be one-off: the offer is a single lot' : 'must be week, month or year: the offer is a flow',
    );
}

export async function createExchange(db: Database, p: Principal, input: CreateExchange): Promise<Exchange> {
  const id = await inTransaction(db, async (tx) => {
    const offer = await lockListing(tx, input.offerId);
    const [want] = await tx.select().from(listings).where(eq(listings.id, input.wantId));
    // Another firm's listing that the caller may not see answers exactly as an unknown id.
    if (!offer || offer.kind !== 'offer' || !visibleTo(p, offer)) throw badRequest('offerId', 'is not an offer');
    if (!want || want.kind !== 'want' || !visibleTo(p, want)) throw badRequest('wantId', 'is not a want');
    const party = p.organisationId === offer.organisationId || p.organisationId === want.organisationId;
    if (!party && !isOfficer(p)) throw notFound('Offer or want');
    if (offer.organisationId === want.organisationId) throw badRequest('wantId', 'belongs to the same organisation');
    const [live] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM listings WHERE id IN (${offer.id}, ${want.id}) AND status = 'active' AND expires_at > now()
        AND (available_until IS NULL OR available_until >= current_date)`,
    );
    if (live?.n !== 2) throw conflict('Both listings must be active, unexpired and not past their availability to propose an exchange.');
    const [compatible] = await queryRows(
      tx,
      sql`SELECT 1 FROM materials WHERE code = ${want.materialCode} AND (code = ${offer.materialCode} OR ${offer.materialCode} = ANY(substitutes))`,
    );
    if (!compatible) throw badRequest('wantId', `wants ${want.materialCode}, which does not take ${offer.materialCode}`);
    const quantity = input.quantity ?? (await wholeQuantity(tx, offer, want));
    validateQuantity(quantity, offer);
    const requested = quantity.amount * (perYearFactor(quantity.rate) ?? 1);
    const reserved = await reservedOn(tx, offer.id);
    if (!fits({ amount: offer.quantityAmount, rate: offer.quantityRate }, reserved, requested))
      throw overAllocated(p, offer, reserved, requested);

    const side = p.organisationId === offer.organisationId ? 'offer' : p.organisationId === want.organisationId ? 'want' : null;
    const [row] = await tx
      .insert(exchanges)
      .values({
        offerId: offer.id,
        wantId: want.id,
        offerOrganisationId: offer.organisationId,
        wantOrganisationId: want.organisationId,
        proposedByOrganisationId: p.organisationId,
        quantityAmount: quantity.amount,
        quantityUnit: quantity.unit,
        quantityRate: quantity.rate,
        priceGbpPerTonne: input.priceGbpPerTonne ?? null,
        note: input.note ?? null,
        offerAccepted: side === 'offer',
        wantAccepted: side === 'want',
      })
      .returning({ id: exchanges.id });
    if (!row) throw new Error('insert into exchanges returned no row');
    await recordExchangeEvent(tx, p, {
      exchangeId: row.id,
      action: 'propose',
      fromStatus: null,
      toStatus: 'proposed',
      note: input.note,
      quantityAmount: quantity.amount,
      priceGbpPerTonne: input.priceGbpPerTonne ?? null,
    });
    await publishExchangeStep(tx, p, {
      exchangeId: row.id,
      toStatus: 'proposed',
      offerId: offer.id,
      wantId: want.id,
      offerOrganisationId: offer.organisationId,
      wantOrganisationId: want.organisationId,
      material: offer.materialCode,
      quantity,
    });
    return row.id;
  });
  return (await getExchange(db, p, id)) as Exchange;
}

/** All the two listings can exchange, on the offer's basis, for a proposal that names no quantity. */
async function wholeQuantity(tx: Database, offer: ListingRow, want: ListingRow) {
  const [material] = await tx
    .select({ density: materials.densityTPerM3 })
    .from(materials)
    .where(eq(materials.code, offer.materialCode));
  const of = (l: ListingRow) => ({ amount: l.quantityAmount, unit: l.quantityUnit, rate: l.quantityRate });
  return defaultQuantity(of(offer), of(want), material?.density ?? null);
}

/**
 * New terms from the side whose turn it is: the amount (on the exchange's unit and rate), the
 * rate in £/t, or both, with a note. The counter-proposer accepts its own terms, so the turn
 * passes to the other side; the offer must still be able to supply the amount.
 */
export async function counterExchange(db: Database, p: Principal, id: string, input: CounterExchange): Promise<Exchange> {
  await inTransaction(db, async (tx) => {
    const [peek] = await tx.select({ offerId: exchanges.offerId }).from(exchanges).where(eq(exchanges.id, id));
    if (!peek) throw notFound('Exchange');
    const offer = await lockListing(tx, peek.offerId);
    const [row] = await tx.select().from(exchanges).where(eq(exchanges.id, id)).for('update');
    if (!row || !offer) throw notFound('Exchange');
    const side = sideOf(p, row);
    if (!side) throw notFound('Exchange');
    const next = transition(row, 'counter', side);
    if (!next.ok) throw conflict(`Cannot counter: ${next.reason}.`);
    const amount = input.amount ?? row.quantityAmount;
    const price = input.priceGbpPerTonne === undefined ? row.priceGbpPerTonne : input.priceGbpPerTonne;
    if (amount === row.quantityAmount && price === row.priceGbpPerTonne)
      throw badRequest(input.amount !== undefined ? 'amount' : 'priceGbpPerTonne', 'is what is on the table already: change the amount or the rate');
    const requested = onOfferBasis({ quantityAmount: amount, quantityRate: row.quantityRate });
    const reserved = await reservedOn(tx, row.offerId, row.id);
    if (!fits({ amount: offer.quantityAmount, rate: offer.quantityRate }, reserved, requested))
      throw overAllocated(p, offer, reserved, requested);
    await tx
      .update(exchanges)
      .set({
        quantityAmount: amount,
        priceGbpPerTonne: price,
        note: input.note ?? null,
        offerAccepted: next.offerAccepted,
        wantAccepted: next.wantAccepted,
        updatedAt: sql`now()`,
      })
      .where(eq(exchanges.id, id));
    await recordExchangeEvent(tx, p, {
      exchangeId: id,
      action: 'counter',
      fromStatus: row.status,
      toStatus: next.status,
      note: input.note,
      quantityAmount: amount,
      priceGbpPerTonne: price,
    });
    await publishExchangeCountered(tx, p, {
      exchangeId: id,
      offerId: row.offerId,
      wantId: row.wantId,
      offerOrganisationId: row.offerOrganisationId,
      wantOrganisationId: row.wantOrganisationId,
      material: offer.materialCode,
      quantity: { amount, unit: row.quantityUnit, rate: row.quantityRate },
      priceGbpPerTonne: price,
      // The counter-proposer has accepted its own terms: the turn is the other side's.
      turn: side === 'offer' ? 'want' : 'offer',
    });
  });
  return (await getExchange(db, p, id)) as Exchange;
}

export async function actOnExchange(
  db: Database,
  p: Principal,
  id: string,
  action: Exclude<ExchangeAction, 'start'>,
  details: {
    reason?: ExchangeRow['declineReason'];
    note?: string | undefined;
    /** On complete: the caller's side's answer, saved with the completion or not at all. */
    additionality?: AdditionalityInput | undefined;
  } = {},
): Promise<Exchange> {
  await inTransaction(db, async (tx) => {
    const [peek] = await tx.select({ offerId: exchanges.offerId }).from(exchanges).where(eq(exchanges.id, id));
    if (!peek) throw notFound('Exchange');
    // Offer first, then the exchange: every path takes the locks in this order.
    const offer = await lockListing(tx, peek.offerId);
    const [row] = await tx.select().from(exchanges).where(eq(exchanges.id, id)).for('update');
    if (!row || !offer) throw notFound('Exchange');
    const side = sideOf(p, row);
    if (!side) throw notFound('Exchange');
    const next = transition(row, action, side);
    if (!next.ok) throw conflict(`Cannot ${action}: ${next.reason}.`);
    if (next.status === 'accepted' && row.status !== 'accepted') {
      const requested = onOfferBasis(row);
      const reserved = await reservedOn(tx, row.offerId, row.id);
      if (!fits({ amount: offer.quantityAmount, rate: offer.quantityRate }, reserved, requested))
        throw overAllocated(p, offer, reserved, requested);
    }
    await tx
      .update(exchanges)
      .set({
        status: next.status,
        offerAccepted: next.offerAccepted,
        wantAccepted: next.wantAccepted,
        ...(action === 'decline' ? { declineReason: details.reason ?? null, declineNote: details.note ?? null } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(exchanges.id, id));
    await recordExchangeEvent(tx, p, {
      exchangeId: id,
      action,
      fromStatus: row.status,
      toStatus: next.status,
      reason: action === 'decline' ? details.reason : null,
      note: details.note,
    });
    if (details.additionality) await saveAnswer(tx, p, { ...row, status: next.status }, details.additionality);
    if (next.status !== row.status)
      await publishExchangeStep(tx, p, {
        exchangeId: id,
        toStatus: next.status,
        offerId: row.offerId,
        wantId: row.wantId,
        offerOrganisationId: row.offerOrganisationId,
        wantOrganisationId: row.wantOrganisationId,
        material: offer.materialCode,
        quantity: { amount: row.quantityAmount, unit: row.quantityUnit, rate: row.quantityRate },
        reason: action === 'decline' ? details.reason : null,
      });
  });
  return (await getExchange(db, p, id)) as Exchange;
}


type Party = ReturnType<typeof toParty>;
type Parties = { offer: Party; want: Party };

function toParty(org: typeof organisations.$inferSelect, site: SiteOfListing) {
  return {
    organisation: {
      id: org.id,
      name: org.name,
      contactEmail: org.contactEmail,
      contactName: org.contactName,
      contactPhone: org.contactPhone,
    },
    site: {
      id: site.id,
      name: site.name,
      address: site.address,
      postcode: site.postcode,
      location: { type: 'Point' as const, coordinates: [Number(site.lon), Number(site.lat)] as [number, number] },
    },
  };
}

type SiteOfListing = Awaited<ReturnType<typeof sitesOfListings>>[number];

function sitesOfListings(db: Database, listingIds: string[]) {
  return db
    .select({
      listingId: listings.id,
      id: sites.id,
      name: sites.name,
      address: sites.address,
      postcode: sites.postcode,
      lon: sql<number>`ST_X(${sites.location}::geometry)`,
      lat: sql<number>`ST_Y(${sites.location}::geometry)`,
    })
    .from(listings)
    .innerJoin(sites, eq(sites.id, listings.siteId))
    .where(inArray(listings.id, listingIds));
}

/**
 * Both parties of each exchange, keyed by the exchange's id, in two queries however many
 * exchanges there are: a page of 200 once cost 400.
 */
async function partiesOf(db: Database, rows: readonly ExchangeRow[]): Promise<Map<string, Parties>> {
  if (!rows.length) return new Map();
  const listingIds = [...new Set(rows.flatMap((r) => [r.offerId, r.wantId]))];
  const organisationIds = [...new Set(rows.flatMap((r) => [r.offerOrganisationId, r.wantOrganisationId]))];
  const siteOf = new Map((await sitesOfListings(db, listingIds)).map((s) => [s.listingId, s]));
  const orgs = await db.select().from(organisations).where(inArray(organisations.id, organisationIds));
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  const partyOf = (organisationId: string, listingId: string) => {
    const org = orgOf.get(organisationId);
    const site = siteOf.get(listingId);
    if (!org || !site) throw new Error(`listing ${listingId} has no site or organisation`);
    return toParty(org, site);
  };
  return new Map(
    rows.map((r) => [
      r.id,
      { offer: partyOf(r.offerOrganisationId, r.offerId), want: partyOf(r.wantOrganisationId, r.wantId) },
    ]),
  );
}

/** What an exchange shows of its offer: the material, and the hazard flag it carries everywhere. */
const OFFER_FACTS = { material: listings.materialCode, ewcCode: listings.ewcCode, hazardous: listings.hazardous };
type OfferFacts = { material: string; ewcCode: string | null; hazardous: boolean };

function toExchange(p: Principal, row: ExchangeRow, offer: OfferFacts, messages: { count: number; unread: number } | undefined) {
  const side = sideOf(p, row);
  return {
    id: row.id,
    status: row.status,
    ...offer,
    yourSide: side === 'offer' || side === 'want' ? side : null,
    offerId: row.offerId,
    wantId: row.wantId,
    quantity: { amount: row.quantityAmount, unit: row.quantityUnit, rate: row.quantityRate },
    priceGbpPerTonne: row.priceGbpPerTonne,
    note: row.note,
    offerAccepted: row.offerAccepted,
    wantAccepted: row.wantAccepted,
    turn: turnOf(row),
    messages: messages ?? { count: 0, unread: 0 },
    brokered:
      row.proposedByOrganisationId !== row.offerOrganisationId &&
      row.proposedByOrganisationId !== row.wantOrganisationId,
    decline: row.declineReason ? { reason: row.declineReason, note: row.declineNote } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The exchange as this caller may see it, or null when it does not exist or is not theirs. */
export async function getExchange(db: Database, p: Principal, id: string): Promise<Exchange | null> {
  const [found] = await db
    .select({ row: exchanges, offer: OFFER_FACTS })
    .from(exchanges)
    .innerJoin(listings, eq(listings.id, exchanges.offerId))
    .where(eq(exchanges.id, id));
  const row = found?.row;
  if (!found || !row || !sideOf(p, row)) return null;
  const events = await db
    .select()
    .from(exchangeEvents)
    .where(eq(exchangeEvents.exchangeId, id))
    .orderBy(exchangeEvents.at, exchangeEvents.id);
  const disclose = disclosedTo(p, row);
  const counterparty = p.organisationId === row.offerOrganisationId ? row.wantOrganisationId : row.offerOrganisationId;
  const counts = await messageCounts(db, p, [row.id]);
  return {
    ...toExchange(p, row, found.offer, counts.get(row.id)),
    parties: disclose ? ((await partiesOf(db, [row])).get(row.id) ?? null) : null,
    events: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      // Until the parties are disclosed, the other side is not named, not even by its id.
      actorOrganisationId: disclose || e.actorOrganisationId !== counterparty ? e.actorOrganisationId : null,
      reason: e.reason,
      note: e.note,
      terms: e.quantityAmount === null ? null : { amount: e.quantityAmount, priceGbpPerTonne: e.priceGbpPerTonne },
    })),
  };
}

/** Newest first; the cursor is the last item's (created_at, id). */
export async function listExchanges(
  db: Database,
  p: Principal,
  q: { status?: ExchangeRow['status'] | undefined; organisation?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const conditions = [];
  if (!isOfficer(p)) {
    const own = p.organisationId ?? '00000000-0000-0000-0000-000000000000';
    conditions.push(or(eq(exchanges.offerOrganisationId, own), eq(exchanges.wantOrganisationId, own)));
  } else if (q.organisation) {
    conditions.push(or(eq(exchanges.offerOrganisationId, q.organisation), eq(exchanges.wantOrganisationId, q.organisation)));
  }
  if (q.status) conditions.push(eq(exchanges.status, q.status));
  if (q.cursor) {
    const [at, lastId] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    conditions.push(
      or(lt(exchanges.createdAt, new Date(at)), and(eq(exchanges.createdAt, new Date(at)), lt(exchanges.id, lastId))),
    );
  }
  const rows = await db
    .select({ row: exchanges, offer: OFFER_FACTS })
    .from(exchanges)
    .innerJoin(listings, eq(listings.id, exchanges.offerId))
    .where(and(...conditions))
    .orderBy(desc(exchanges.createdAt), desc(exchanges.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1]?.row;
  const parties = await partiesOf(db, page.map((r) => r.row).filter((row) => disclosedTo(p, row)));
  const counts = await messageCounts(db, p, page.map((r) => r.row.id));
  const items = page.map(({ row, offer }) => ({
    ...toExchange(p, row, offer, counts.get(row.id)),
    parties: parties.get(row.id) ?? null,
  }));
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}
