// Everything a party needs in front of it to decide on a proposal: both listings as it may see
// them, how far apart they are, the grade checks, the estimate with whose saving each line is,
// and what the agreed rate means for each side.
import { eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { exchanges, listings } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { listingOfExchange } from '../listings/listings.ts';
import { type Accepts, checkGrade, type Grade } from '../matching/grade-checks.ts';
import { configuredFactorSet } from '../reference/factor-sets.ts';
import { getMaterial } from '../reference/materials.ts';
import { estimateSavings } from '../savings/estimate.ts';
import { disclosedTo } from './disclosure.ts';
import { sideOf } from './sides.ts';
import { outcomes, paymentOf } from './terms.ts';

type ListingRow = typeof listings.$inferSelect;

/**
 * Great-circle km between the two sites. A party that may not see the other's exact site yet gets
 * its own exact site against the other's public point, as matching measures it; once the exchange
 * is accepted, and for officers, exact to exact.
 */
async function distanceKm(db: Database, offerId: string, wantId: string, exact: 'both' | 'offer' | 'want') {
  const at = (who: 'offer' | 'want', alias: string) => sql.raw(exact === 'both' || exact === who ? `${alias}.location` : `${alias}.public_location`);
  const [row] = await queryRows<{ m: number }>(
    db,
    sql`SELECT ST_Distance(${at('offer', 'o')}, ${at('want', 'w')}) AS m FROM listings o, listings w WHERE o.id = ${offerId} AND w.id = ${wantId}`,
  );
  return Number(row?.m ?? 0) / 1000;
}

export async function exchangePicture(db: Database, p: Principal, id: string, factorSetId: string) {
  const [row] = await db.select().from(exchanges).where(eq(exchanges.id, id));
  const side = row ? sideOf(p, row) : null;
  if (!row || !side) throw notFound('Exchange');
  const [offerRow] = await db.select().from(listings).where(eq(listings.id, row.offerId));
  const [wantRow] = await db.select().from(listings).where(eq(listings.id, row.wantId));
  if (!offerRow || !wantRow) throw notFound('Exchange');
  const exact = disclosedTo(p, row) ? 'both' : side === 'officer' ? 'both' : side;
  const km = await distanceKm(db, row.offerId, row.wantId, exact);
  const material = await getMaterial(db, offerRow.materialCode);
  if (!material) throw new Error(`listing ${offerRow.id} has an unknown material`);
  const set = await configuredFactorSet(db, factorSetId);
  const date = new Date().toISOString().slice(0, 10);
  const { overrides, withheld } = privateFigures(side, offerRow, wantRow);
  const estimate = estimateSavings(
    {
      material,
      quantity: { amount: row.quantityAmount, unit: row.quantityUnit, rate: row.quantityRate },
      greatCircleKm: km,
      date,
      overrides,
    },
    set,
  );
  const payment = paymentOf(row.priceGbpPerTonne, row.quantityAmount);
  return {
    exchangeId: row.id,
    yourSide: side === 'officer' ? null : side,
    offer: await listingOfExchange(db, p, row.offerId),
    want: await listingOfExchange(db, p, row.wantId),
    distanceKm: km,
    locationPrecision: exact === 'both' ? ('exact' as const) : ('approximate' as const),
    checks: checkGrade(offerRow.grade as Grade, wantRow.accepts as Accepts).checks,
    quantity: { amount: row.quantityAmount, unit: row.quantityUnit, rate: row.quantityRate },
    priceGbpPerTonne: row.priceGbpPerTonne,
    estimate: { ...estimate, assumptions: [...estimate.assumptions, ...withheld], greatCircleKm: km, date },
    payment,
    outcomes: { ...outcomes(estimate.byParty, payment), shared: estimate.byParty.shared },
    links: {
      offer: `/listings/${row.offerId}`,
      want: `/listings/${row.wantId}`,
      messages: `/exchanges/${row.id}/messages`,
    },
  };
}

/**
 * A firm's own gate fee and virgin price are its business: each side's estimate uses its own
 * figures and, for the other side's, the cited typical figure (or none), and says so. Officers
 * see both firms' figures.
 */
function privateFigures(side: 'offer' | 'want' | 'officer', offer: ListingRow, want: ListingRow) {
  const seesOffer = side !== 'want';
  const seesWant = side !== 'offer';
  const withheld: string[] = [];
  if (!seesOffer && offer.gateFeeGbpPerTonne !== null)
    withheld.push("The supplier's own gate fee is not shared: the cited typical gate fee is used.");
  if (!seesWant && want.virginPriceGbpPerTonne !== null)
    withheld.push("The receiver's own price for virgin material is not shared, so its avoided purchase is not shown.");
  const overrides = {
    currentRoute: offer.currentRoute ?? undefined,
    ...(seesOffer && offer.gateFeeGbpPerTonne !== null ? { gateFeeGbpPerTonne: offer.gateFeeGbpPerTonne } : {}),
    ...(seesWant && want.virginPriceGbpPerTonne !== null ? { virginPriceGbpPerTonne: want.virginPriceGbpPerTonne } : {}),
  };
  return { overrides, withheld };
}
