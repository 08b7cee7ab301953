import { and, asc, eq, ne, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { exchanges, transfers } from '../../db/schema.ts';
import { recordExchangeEvent } from './events.ts';
import { publishTransferRecorded } from '../notifications/exchange-events.ts';
import type { CreateTransfer, Transfer } from '../../schemas/transfer.ts';
import type { DisposalRoute, QuantityUnit } from '../reference/enums.ts';
import { transition } from './lifecycle.ts';
import { agreedToDate, inUnit, TRANSFER_TOLERANCE, transferAllowance, ukDate } from './transfer-allowance.ts';
import { type Estimate, EstimateInputError, estimateSavings } from '../savings/estimate.ts';
import { badRequest, conflict, HttpProblem, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { getFactorSet } from '../reference/factor-sets.ts';
import { getMaterial } from '../reference/materials.ts';
import { checkMovement, type Movement } from '../compliance/movement.ts';
import { defaultOperation, isContainerType, isOperation } from '../compliance/reference-data.ts';
import { seasonTicketFor } from '../compliance/season-tickets.ts';

type TransferRow = typeof transfers.$inferSelect;

const EMPTY_MOVEMENT: Movement = {
  carrier: null,
  containers: null,
  physicalForm: null,
  weightEstimated: null,
  containsPops: null,
  disposalOrRecoveryCode: null,
  hazardousWasteConsignmentCode: null,
  reasonForNoConsignmentCode: null,
};

function toTransfer(row: TransferRow, correctedBy: string | null): Transfer {
  const e = row.estimate as Estimate;
  return {
    id: row.id,
    exchangeId: row.exchangeId,
    date: row.date,
    amount: row.amount,
    unit: row.unit,
    haulKm: row.haulKm,
    note: row.note,
    corrects: row.correctsTransferId,
    correctedBy,
    hazardous: row.hazardous,
    isWaste: row.isWaste,
    seasonTicketId: row.seasonTicketId,
    movement: {
      receivedAt: row.receivedAt?.toISOString() ?? null,
      ...EMPTY_MOVEMENT,
      ...(row.movement as Partial<Movement> | null),
    } as Transfer['movement'],
    savings: {
      lines: e.lines,
      totals: e.totals,
      roadKm: e.roadKm,
      taxYear: e.taxYear,
      factorSet: e.factorSet,
      assumptions: e.assumptions,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

interface ExchangeFacts {
  status: (typeof exchanges.$inferSelect)['status'];
  offer_accepted: boolean;
  want_accepted: boolean;
  offer_organisation_id: string;
  want_organisation_id: string;
  material_code: string;
  current_route: DisposalRoute | null;
  gate_fee_gbp_per_tonne: number | null;
  virgin_price_gbp_per_tonne: number | null;
  great_circle_m: number;
  quantity_amount: number;
  quantity_unit: QuantityUnit;
  quantity_rate: (typeof exchanges.$inferSelect)['quantityRate'];
  /** When the exchange was first accepted, ISO 8601 */
  agreed_at: string;
  waste_status: 'waste' | 'by-product' | 'end-of-waste';
  hazardous: boolean;
  receiver_authorisation: 'permit' | 'exemption' | 'none' | null;
}

async function exchangeFacts(db: Database, id: string, lock: boolean): Promise<ExchangeFacts | undefined> {
  const [row] = await queryRows<ExchangeFacts>(
    db,
    sql`SELECT e.status, e.offer_accepted, e.want_accepted, e.offer_organisation_id, e.want_organisation_id,
          o.material_code, o.current_route, o.gate_fee_gbp_per_tonne, w.virgin_price_gbp_per_tonne,
          ST_Distance(os.location, ws.location) AS great_circle_m,
          e.quantity_amount, e.quantity_unit, e.quantity_rate,
          o.waste_status, o.hazardous, ws.authorisation->>'kind' AS receiver_authorisation,
          to_char(coalesce(
            (SELECT min(ev.at) FROM exchange_events ev WHERE ev.exchange_id = e.id AND ev.to_status = 'accepted'),
            e.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS agreed_at
        FROM exchanges e
        JOIN listings o ON o.id = e.offer_id
        JOIN listings w ON w.id = e.want_id
        JOIN sites os ON os.id = o.site_id
        JOIN sites ws ON ws.id = w.site_id
        WHERE e.id = ${id}
        ${lock ? sql`FOR UPDATE OF e` : sql``}`,
  );
  return row;
}

const mayAct = (p: Principal, f: Pick<ExchangeFacts, 'offer_organisation_id' | 'want_organisation_id'>) =>
  isOfficer(p) || p.organisationId === f.offer_organisation_id || p.organisationId === f.want_organisation_id;

/**
 * Records a transfer with its realised savings: the estimator run once, now, with the default
 * factor set's figures in force on the transfer's date, stored whole and never recomputed.
 * The first transfer makes an accepted exchange active.
 */
export async function recordTransfer(
  db: Database,
  p: Principal,
  exchangeId: string,
  input: CreateTransfer,
  factorSetId: string,
): Promise<Transfer> {
  return inTransaction(db, async (tx) => {
    const facts = await exchangeFacts(tx, exchangeId, true);
    if (!facts || !mayAct(p, facts)) throw notFound('Exchange');
    const today = ukDate(new Date());
    if (input.date > today) throw badRequest('date', `must not be after today (${today}, UK time)`);
    const started = transition(
      { status: facts.status, offerAccepted: facts.offer_accepted, wantAccepted: facts.want_accepted },
      'start',
      'officer',
    );
    if (!started.ok) throw conflict(`Cannot record a transfer: ${started.reason}.`);
    const isWaste = facts.waste_status === 'waste';
    const { movement, receivedAt } = checkMovement(input, {
      isWaste,
      hazardous: facts.hazardous,
      authorisation: facts.receiver_authorisation,
      defaultOperation: defaultOperation(facts.material_code),
      isContainerType,
      isOperation,
      now: new Date(),
    });
    if (input.corrects) {
      const [original] = await tx.select().from(transfers).where(eq(transfers.id, input.corrects));
      if (!original || original.exchangeId !== exchangeId) throw badRequest('corrects', 'is not a transfer of this exchange');
      const [already] = await tx.select({ id: transfers.id }).from(transfers).where(eq(transfers.correctsTransferId, input.corrects));
      if (already) throw conflict(`Transfer ${input.corrects} is already corrected by ${already.id}; correct that one instead.`);
    }
    const material = await getMaterial(tx, facts.material_code);
    const set = await getFactorSet(tx, factorSetId);
    if (!material || !set) throw new Error('exchange refers to a missing material or factor set');
    let estimate: Estimate;
    try {
      estimate = estimateSavings(
        {
          material,
          quantity: { amount: input.amount, unit: input.unit },
          roadKm: input.haulKm ?? null,
          greatCircleKm: Number(facts.great_circle_m) / 1000,
          date: input.date,
          transport: input.haulKm !== undefined ? 'road' : undefined,
          overrides: {
            currentRoute: facts.current_route ?? undefined,
            gateFeeGbpPerTonne: facts.gate_fee_gbp_per_tonne ?? undefined,
            virginPriceGbpPerTonne: facts.virgin_price_gbp_per_tonne ?? undefined,
          },
        },
        set,
      );
    } catch (err) {
      if (err instanceof EstimateInputError) throw badRequest(err.path === 'quantity.unit' ? 'unit' : err.path, err.message);
      throw err;
    }
    await refuseBeyondAgreement(tx, exchangeId, facts, input, material.densityTPerM3, today);
    const [row] = await tx
      .insert(transfers)
      .values({
        exchangeId,
        date: input.date,
        amount: input.amount,
        unit: input.unit,
        haulKm: input.haulKm ?? null,
        note: input.note ?? null,
        correctsTransferId: input.corrects ?? null,
        factorSetId: set.id,
        estimate,
        tonnes: estimate.totals.tonnes,
        cubicMetres: estimate.totals.cubicMetres ?? null,
        costSavedGbp: estimate.totals.costSavedGbp,
        co2eAvoidedKg: estimate.totals.co2eAvoidedKg,
        virginDisplacedTonnes: estimate.totals.tonnes,
        divertedFromLandfill: material.category !== 'water' && (facts.current_route ?? 'landfill') === 'landfill',
        createdByOrganisationId: p.organisationId,
        createdByKeyId: p.keyId,
        receivedAt: input.receivedAt ? receivedAt : null,
        movement,
        hazardous: facts.hazardous,
        isWaste,
        seasonTicketId: isWaste ? await seasonTicketFor(tx, exchangeId, input.date) : null,
      })
      .returning();
    if (!row) throw new Error('insert into transfers returned no row');
    await publishTransferRecorded(tx, {
      exchangeId,
      transferId: row.id,
      date: input.date,
      amount: input.amount,
      unit: input.unit,
      offerOrganisationId: facts.offer_organisation_id,
      wantOrganisationId: facts.want_organisation_id,
      material: facts.material_code,
    });
    if (facts.status === 'accepted') {
      await tx.update(exchanges).set({ status: 'active', updatedAt: sql`now()` }).where(eq(exchanges.id, exchangeId));
      await recordExchangeEvent(tx, p, { exchangeId, action: 'first transfer', fromStatus: 'accepted', toStatus: 'active' });
    }
    return toTransfer(row, null);
  });
}

const corrections = alias(transfers, 'corrections');

/**
 * Transfers, net of corrections, may not pass the agreed quantity to date by more than the
 * tolerance. The caller holds the exchange's row lock, so concurrent transfers are summed one
 * after another.
 */
async function refuseBeyondAgreement(
  tx: Database,
  exchangeId: string,
  facts: ExchangeFacts,
  input: CreateTransfer,
  density: number | null,
  today: string,
): Promise<void> {
  const unit = facts.quantity_unit;
  const amount = inUnit(input.amount, input.unit, unit, density);
  if (amount === null) throw badRequest('unit', `must be ${unit}, the exchange's unit`);
  const counted = await tx
    .select({ amount: transfers.amount, unit: transfers.unit })
    .from(transfers)
    .where(
      and(
        eq(transfers.exchangeId, exchangeId),
        // What a correction replaces stops counting, as in reports.
        notExists(tx.select({ id: corrections.id }).from(corrections).where(eq(corrections.correctsTransferId, transfers.id))),
        input.corrects ? ne(transfers.id, input.corrects) : undefined,
      ),
    );
  const recorded = counted.reduce((sum, t) => sum + (inUnit(t.amount, t.unit, unit, density) ?? t.amount), 0);
  const agreed = agreedToDate(
    { amount: Number(facts.quantity_amount), rate: facts.quantity_rate },
    ukDate(new Date(facts.agreed_at)),
    today,
  );
  const allowed = transferAllowance(agreed);
  if (recorded + amount <= allowed + 1e-9) return;
  const left = Math.max(0, allowed - recorded);
  const message = `would bring transfers to ${round(recorded + amount)} ${unit}; the exchange allows ${round(allowed)} ${unit} to date (${round(agreed)} agreed + ${TRANSFER_TOLERANCE * 100} %), so at most ${round(left)} ${unit} more`;
  throw new HttpProblem(409, `amount: ${message}.`, {
    type: 'conflict',
    errors: [{ in: 'body', path: 'amount', message }],
    extensions: { agreed, allowed, recorded, remaining: left, unit },
  });
}
const round = (x: number) => Math.round(x * 1000) / 1000;

export async function listTransfers(db: Database, p: Principal, exchangeId: string): Promise<Transfer[]> {
  const facts = await exchangeFacts(db, exchangeId, false);
  if (!facts || !mayAct(p, facts)) throw notFound('Exchange');
  const rows = await db
    .select()
    .from(transfers)
    .where(eq(transfers.exchangeId, exchangeId))
    .orderBy(asc(transfers.date), asc(transfers.createdAt));
  const correctedBy = new Map(rows.filter((r) => r.correctsTransferId).map((r) => [r.correctsTransferId, r.id]));
  return rows.map((r) => toTransfer(r, correctedBy.get(r.id) ?? null));
}
