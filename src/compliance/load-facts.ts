// Reads an exchange's parties and waste, and its transfers, for notes and DWT records.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { ExchangeFacts, TransferFacts, TransferMovement } from './facts.ts';

interface ExchangeRow {
  id: string;
  status: string;
  quantity_amount: number;
  quantity_unit: string;
  quantity_rate: string;
  material_code: string;
  material_name: string;
  ewc_codes: { code: string; description: string }[];
  ewc_code: string | null;
  hazardous: boolean;
  classification: { hazardAssessment?: ExchangeFacts['waste']['hazardAssessment'] };
  waste_status: ExchangeFacts['waste']['wasteStatus'];
  o_id: string;
  o_name: string;
  o_address: string | null;
  o_sic: string | null;
  o_email: string;
  os_name: string;
  os_address: string | null;
  os_postcode: string | null;
  w_id: string;
  w_name: string;
  w_address: string | null;
  w_sic: string | null;
  w_email: string;
  ws_name: string;
  ws_address: string | null;
  ws_postcode: string | null;
  ws_authorisation: ExchangeFacts['transferee']['authorisation'];
  ws_api_code: string | null;
}

export async function loadExchangeFacts(db: Database, exchangeId: string): Promise<ExchangeFacts | null> {
  const [r] = await queryRows<ExchangeRow>(
    db,
    sql`SELECT e.id, e.status, e.quantity_amount, e.quantity_unit, e.quantity_rate,
          o.material_code, m.name AS material_name, m.ewc_codes, o.ewc_code, o.hazardous, o.classification, o.waste_status,
          oo.id AS o_id, oo.name AS o_name, oo.address AS o_address, oo.sic_code AS o_sic, oo.contact_email AS o_email,
          os.name AS os_name, os.address AS os_address, os.postcode AS os_postcode,
          wo.id AS w_id, wo.name AS w_name, wo.address AS w_address, wo.sic_code AS w_sic, wo.contact_email AS w_email,
          ws.name AS ws_name, ws.address AS ws_address, ws.postcode AS ws_postcode,
          ws.authorisation AS ws_authorisation, ws.waste_tracking_api_code AS ws_api_code
        FROM exchanges e
        JOIN listings o ON o.id = e.offer_id
        JOIN materials m ON m.code = o.material_code
        JOIN organisations oo ON oo.id = e.offer_organisation_id
        JOIN sites os ON os.id = o.site_id
        JOIN listings w ON w.id = e.want_id
        JOIN organisations wo ON wo.id = e.want_organisation_id
        JOIN sites ws ON ws.id = w.site_id
        WHERE e.id = ${exchangeId}`,
  );
  if (!r) return null;
  const entry = r.ewc_code ? r.ewc_codes.find((c) => c.code === r.ewc_code) : undefined;
  return {
    id: r.id,
    status: r.status,
    quantity: { amount: Number(r.quantity_amount), unit: r.quantity_unit, rate: r.quantity_rate },
    waste: {
      materialCode: r.material_code,
      materialName: r.material_name,
      ewcCode: r.ewc_code,
      ewcDescription: entry?.description ?? null,
      hazardous: r.hazardous,
      hazardAssessment: r.classification.hazardAssessment ?? null,
      wasteStatus: r.waste_status,
    },
    transferor: {
      organisationId: r.o_id,
      name: r.o_name,
      address: r.o_address,
      sicCode: r.o_sic,
      contactEmail: r.o_email,
      siteName: r.os_name,
      siteAddress: r.os_address,
      sitePostcode: r.os_postcode,
    },
    transferee: {
      organisationId: r.w_id,
      name: r.w_name,
      address: r.w_address,
      sicCode: r.w_sic,
      contactEmail: r.w_email,
      siteName: r.ws_name,
      siteAddress: r.ws_address,
      sitePostcode: r.ws_postcode,
      authorisation: r.ws_authorisation,
      wasteTrackingApiCode: r.ws_api_code,
    },
  };
}

interface TransferRow {
  id: string;
  exchange_id: string;
  date: string;
  received_at: string | null;
  amount: number;
  unit: string;
  tonnes: number;
  movement: TransferMovement | null;
  hazardous: boolean;
  is_waste: boolean;
  season_ticket_id: string | null;
  corrected_by: string | null;
}

const EMPTY_MOVEMENT: TransferMovement = {
  carrier: null,
  containers: null,
  physicalForm: null,
  weightEstimated: null,
  containsPops: null,
  disposalOrRecoveryCode: null,
  hazardousWasteConsignmentCode: null,
  reasonForNoConsignmentCode: null,
};

export function toTransferFacts(r: TransferRow): TransferFacts {
  return {
    id: r.id,
    exchangeId: r.exchange_id,
    date: r.date,
    receivedAt: r.received_at,
    amount: Number(r.amount),
    unit: r.unit,
    tonnes: Number(r.tonnes),
    movement: { ...EMPTY_MOVEMENT, ...(r.movement ?? {}) },
    hazardous: r.hazardous,
    isWaste: r.is_waste,
    seasonTicketId: r.season_ticket_id,
    correctedBy: r.corrected_by,
  };
}

export const TRANSFER_FACT_COLUMNS = sql`t.id, t.exchange_id, t.date::text AS date,
  to_char(t.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS received_at,
  t.amount, t.unit, t.tonnes, t.movement, t.hazardous, t.is_waste, t.season_ticket_id,
  (SELECT c.id FROM transfers c WHERE c.corrects_transfer_id = t.id) AS corrected_by`;

export async function loadTransfers(db: Database, where: ReturnType<typeof sql>): Promise<TransferFacts[]> {
  const rows = await queryRows<TransferRow>(
    db,
    sql`SELECT ${TRANSFER_FACT_COLUMNS} FROM transfers t WHERE ${where} ORDER BY t.date, t.created_at`,
  );
  return rows.map(toTransferFacts);
}
