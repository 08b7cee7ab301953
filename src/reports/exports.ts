// Report exports that stream: rows are read in keyset batches, so memory stays flat however
// many transfers a period holds.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { ReportQuery } from '../../schemas/report.ts';
import { netOf, type ProgrammeAdditionality } from '../evidence/additionality.ts';
import { programmeAdditionality } from '../evidence/records.ts';
import { flowsFrom } from './reports.ts';

const BATCH = 2000;

export interface TransferExportRow {
  id: string;
  date: string;
  exchange_id: string;
  material_code: string;
  category: string;
  offer_organisation: string;
  want_organisation: string;
  amount: number;
  unit: string;
  tonnes: number;
  cubic_metres: number | null;
  road_km: number | null;
  diverted_from_landfill: boolean;
  cost_saved_gbp: number;
  co2e_avoided_kg: number;
  factor_set_id: string;
  /** Its exchange's deadweight: the mean of the sides' answers, else the programme's default. */
  deadweight: number;
}

/** Every counted transfer of the report, oldest first, in batches. */
export async function* transferRows(
  db: Database,
  q: ReportQuery,
  programme: ProgrammeAdditionality,
): AsyncGenerator<TransferExportRow> {
  let after: [string, string] | null = null;
  for (;;) {
    const keyset: ReturnType<typeof sql> = after
      ? sql`AND (t.date, t.id) > (${after[0]}::date, ${after[1]}::uuid)`
      : sql``;
    const rows: TransferExportRow[] = await queryRows<TransferExportRow>(
      db,
      sql`SELECT t.id, t.date::text AS date, t.exchange_id, o.material_code, m.category::text AS category,
            oo.name AS offer_organisation, wo.name AS want_organisation, t.amount, t.unit::text AS unit, t.tonnes,
            t.cubic_metres, (t.estimate ->> 'roadKm')::float8 AS road_km, t.diverted_from_landfill,
            t.cost_saved_gbp, t.co2e_avoided_kg, t.factor_set_id,
            coalesce((SELECT avg(a.share) FROM exchange_additionality a WHERE a.exchange_id = t.exchange_id),
              ${programme.deadweight}::float8) AS deadweight
          ${flowsFrom(q, null)} ${keyset}
          ORDER BY t.date, t.id
          LIMIT ${BATCH}`,
    );
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = [last.date, last.id];
  }
}

const CSV_COLUMNS = [
  'transfer_id',
  'date',
  'exchange_id',
  'material',
  'category',
  'from_organisation',
  'to_organisation',
  'amount',
  'unit',
  'tonnes',
  'cubic_metres',
  'road_km',
  'diverted_from_landfill',
  'cost_saved_gbp',
  'co2e_avoided_kg',
  'factor_set',
  'deadweight',
  'net_cost_saved_gbp',
  'net_co2e_avoided_kg',
] as const;

/** RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text a user wrote (an organisation's name), always quoted. A spreadsheet opening the file runs
 * a cell that starts with = + - @ tab or carriage return as a formula, so such a cell gets a
 * leading ' (OWASP's advice for CSV injection) and is shown as the text it is.
 */
export function csvText(value: string | null): string {
  const text = value ?? '';
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${inert.replaceAll('"', '""')}"`;
}
const cells = (values: unknown[]) => values.map(csvField);
const csvLine = (fields: string[]) => `${fields.join(',')}\r\n`;
export const pence = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
export const grams = (x: number) => (Math.round(x * 1000) / 1000).toFixed(3);

/**
 * One row per transfer with its savings gross and net (after its exchange's deadweight and the
 * programme's attribution), then a totals row: sums of the unrounded figures.
 */
export async function* csvExport(db: Database, q: ReportQuery): AsyncGenerator<string> {
  const programme = await programmeAdditionality(db);
  yield csvLine(cells([...CSV_COLUMNS]));
  let tonnes = 0;
  let cubic = 0;
  let cost = 0;
  let carbon = 0;
  let netCost = 0;
  let netCarbon = 0;
  let count = 0;
  for await (const r of transferRows(db, q, programme)) {
    const dw = Number(r.deadweight);
    const rowNetCost = netOf(Number(r.cost_saved_gbp), dw, programme.attribution);
    const rowNetCarbon = netOf(Number(r.co2e_avoided_kg), dw, programme.attribution);
    tonnes += Number(r.tonnes);
    cubic += Number(r.cubic_metres ?? 0);
    cost += Number(r.cost_saved_gbp);
    carbon += Number(r.co2e_avoided_kg);
    netCost += rowNetCost;
    netCarbon += rowNetCarbon;
    count++;
    yield csvLine([
      ...cells([r.id, r.date, r.exchange_id, r.material_code, r.category]),
      csvText(r.offer_organisation),
      csvText(r.want_organisation),
      ...cells([
        r.amount,
        r.unit,
        r.tonnes,
        r.cubic_metres,
        r.road_km === null ? '' : grams(Number(r.road_km)),
        r.diverted_from_landfill,
        pence(Number(r.cost_saved_gbp)),
        grams(Number(r.co2e_avoided_kg)),
        r.factor_set_id,
        dw,
        pence(rowNetCost),
        grams(rowNetCarbon),
      ]),
    ]);
  }
  yield csvLine(
    cells([
      'TOTAL', `${count} transfers`, '', '', '', '', '', '', '', tonnes, cubic, '', '', pence(cost), grams(carbon), '',
      `attribution ${programme.attribution}`, pence(netCost), grams(netCarbon),
    ]),
  );
}

interface FlowRow {
  exchange_id: string;
  material_code: string;
  offer_organisation: string;
  want_organisation: string;
  from_lon: number;
  from_lat: number;
  to_lon: number;
  to_lat: number;
  transfers: number;
  tonnes: number;
  cubic_metres: number;
  cost_saved_gbp: number;
  co2e_avoided_kg: number;
}

export type SavingsFeature =
  | {
      type: 'Feature';
      id: string;
      geometry: { type: 'LineString'; coordinates: [number, number][] };
      properties: {
        kind: 'flow';
        exchangeId: string;
        material: string;
        from: string;
        to: string;
        transfers: number;
        tonnes: number;
        cubicMetres: number;
        costSavedGbp: number;
        co2eAvoidedKg: number;
      };
    }
  | {
      type: 'Feature';
      id: string;
      geometry: { type: 'Point'; coordinates: [number, number] };
      properties: { kind: 'site'; organisation: string };
    };

/**
 * The report's map: each exchange's flow in the period as a LineString from the offer's site to
 * the want's, with its totals; then each site once as a Point. GeoJSON and GeoPackage share it.
 */
export async function* savingsFeatures(db: Database, q: ReportQuery): AsyncGenerator<SavingsFeature> {
  const sites = new Map<string, { lon: number; lat: number; organisation: string }>();
  let after: string | null = null;
  for (;;) {
    const rows: FlowRow[] = await queryRows<FlowRow>(
      db,
      sql`SELECT t.exchange_id, min(o.material_code) AS material_code, min(oo.name) AS offer_organisation,
            min(wo.name) AS want_organisation,
            min(ST_X(os.location::geometry)) AS from_lon, min(ST_Y(os.location::geometry)) AS from_lat,
            min(ST_X(ws.location::geometry)) AS to_lon, min(ST_Y(ws.location::geometry)) AS to_lat,
            count(*)::int AS transfers, sum(t.tonnes) AS tonnes, coalesce(sum(t.cubic_metres), 0) AS cubic_metres,
            sum(t.cost_saved_gbp) AS cost_saved_gbp, sum(t.co2e_avoided_kg) AS co2e_avoided_kg,
            min(os.id::text) AS from_site, min(ws.id::text) AS to_site
          ${flowsFrom(q, null)} ${after ? sql`AND t.exchange_id > ${after}::uuid` : sql``}
          GROUP BY t.exchange_id ORDER BY t.exchange_id LIMIT ${BATCH}`,
    );
    for (const r of rows as (FlowRow & { from_site: string; to_site: string })[]) {
      sites.set(r.from_site, { lon: Number(r.from_lon), lat: Number(r.from_lat), organisation: r.offer_organisation });
      sites.set(r.to_site, { lon: Number(r.to_lon), lat: Number(r.to_lat), organisation: r.want_organisation });
      yield {
        type: 'Feature',
        id: r.exchange_id,
        geometry: {
          type: 'LineString',
          coordinates: [
            [Number(r.from_lon), Number(r.from_lat)],
            [Number(r.to_lon), Number(r.to_lat)],
          ],
        },
        properties: {
          kind: 'flow',
          exchangeId: r.exchange_id,
          material: r.material_code,
          from: r.offer_organisation,
          to: r.want_organisation,
          transfers: r.transfers,
          tonnes: Number(r.tonnes),
          cubicMetres: Number(r.cubic_metres),
          costSavedGbp: Number(r.cost_saved_gbp),
          co2eAvoidedKg: Number(r.co2e_avoided_kg),
        },
      };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) break;
    after = last.exchange_id;
  }
  for (const [id, s] of sites) {
    yield {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: { kind: 'site', organisation: s.organisation },
    };
  }
}

/** The report's features (savingsFeatures) as a GeoJSON FeatureCollection. */
export async function* geojsonExport(db: Database, q: ReportQuery): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const feature of savingsFeatures(db, q)) {
    yield `${first ? '' : ','}${JSON.stringify(feature)}`;
    first = false;
  }
  yield ']}';
}
