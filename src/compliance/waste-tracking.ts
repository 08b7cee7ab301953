// Digital Waste Tracking records: one per transfer of waste, for the receiver to submit to
// DEFRA's Receipt of Waste API (POST /movements/receive). Nothing is sent from here.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { WasteTrackingRecord } from '../../schemas/compliance.ts';
import { forbidden, HttpProblem } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { loadExchangeFacts, loadTransfers } from './load-facts.ts';
import { resolveNote } from './notes.ts';
import { wasteTrackingRecord } from './waste-tracking-record.ts';

export async function getWasteTrackingRecord(db: Database, p: Principal, transferId: string): Promise<WasteTrackingRecord> {
  const r = await resolveNote(db, p, { kind: 'transfer', id: transferId });
  const { record, missing } = wasteTrackingRecord(r.exchange, r.transfer!, r.subject.id);
  if (!record)
    throw new HttpProblem(422, `The record cannot be completed yet; missing: ${missing.join(', ')}.`, {
      type: 'incomplete-waste-tracking-record',
      title: 'Waste tracking record incomplete',
      errors: missing.map((path) => ({ path, message: 'is required by the Receipt of Waste API' })),
    });
  return record;
}

/**
 * Every movement of waste a receiving organisation took in the period, with its record or what the
 * record still lacks. Members get their own organisation's; officers name one or get all.
 */
export async function wasteTrackingReport(
  db: Database,
  p: Principal,
  q: { from: string; to: string; organisation?: string | undefined },
) {
  if (q.organisation && !isOfficer(p) && q.organisation !== p.organisationId)
    throw forbidden('Members report on their own organisation only; officers on any.');
  const receiver = isOfficer(p) ? (q.organisation ?? null) : p.organisationId;
  const ids = await queryRows<{ id: string; exchange_id: string }>(
    db,
    sql`SELECT t.id, t.exchange_id FROM transfers t JOIN exchanges e ON e.id = t.exchange_id
        WHERE t.is_waste AND t.date BETWEEN ${q.from} AND ${q.to}
          ${receiver ? sql`AND e.want_organisation_id = ${receiver}` : sql``}
          AND NOT EXISTS (SELECT 1 FROM transfers c WHERE c.corrects_transfer_id = t.id)
        ORDER BY t.date, t.created_at, t.id
        LIMIT 10001`,
  );
  if (ids.length > 10_000) throw new HttpProblem(422, 'More than 10 000 movements: ask for a shorter period.', { type: 'too-large' });
  const exchangesById = new Map<string, Awaited<ReturnType<typeof loadExchangeFacts>>>();
  const items = [];
  const transfers = ids.length ? await loadTransfers(db, sql`t.id IN (${sql.join(ids.map((r) => sql`${r.id}`), sql`, `)})`) : [];
  for (const t of transfers) {
    if (!exchangesById.has(t.exchangeId)) exchangesById.set(t.exchangeId, await loadExchangeFacts(db, t.exchangeId));
    const ex = exchangesById.get(t.exchangeId)!;
    const { record, missing } = wasteTrackingRecord(ex, t, t.seasonTicketId ?? t.id);
    items.push({ transferId: t.id, exchangeId: t.exchangeId, date: t.date, record, missing });
  }
  return { from: q.from, to: q.to, items };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per movement: the fields a receiver checks before submitting, and what is missing. */
export function wasteTrackingCsv(report: Awaited<ReturnType<typeof wasteTrackingReport>>): string {
  const header = [
    'transferId', 'date', 'dateTimeReceived', 'ewcCodes', 'wasteDescription', 'physicalForm', 'numberOfContainers',
    'typeOfContainers', 'weightTonnes', 'isEstimate', 'containsHazardous', 'disposalOrRecoveryCode',
    'hazardousWasteConsignmentCode', 'reasonForNoConsignmentCode', 'carrierRegistrationNumber', 'receiver', 'authorisationNumbers', 'missing',
  ];
  const rows = report.items.map((i) => {
    const r = i.record;
    const w = r?.wasteItems[0];
    return [
      i.transferId, i.date, r?.dateTimeReceived, w?.ewcCodes.join(' '), w?.wasteDescription, w?.physicalForm, w?.numberOfContainers,
      w?.typeOfContainers, w?.weight.amount, w?.weight.isEstimate, w?.containsHazardous, w?.disposalOrRecoveryCodes[0]?.code,
      r?.hazardousWasteConsignmentCode, r?.reasonForNoConsignmentCode, r?.carrier.registrationNumber, r?.receiver.organisationName,
      r?.receiver.authorisationNumbers.join(' '), i.missing.join(' '),
    ].map(csvCell);
  });
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}
