// An opportunity map as CSV, XLSX or GeoJSON: one row or line per optimal flow, then totals.
import ExcelJS from 'exceljs';
import type { OpportunityResult } from '../../schemas/opportunity.ts';
import { csvField, grams, pence } from '../reports/exports.ts';

const COLUMNS = [
  'offer_id',
  'want_id',
  'material',
  'tonnes_per_year',
  'distance_km',
  'road_km',
  'cost_saved_gbp_per_year',
  'co2e_avoided_kg_per_year',
] as const;

const flowRow = (f: OpportunityResult['flows'][number]) => [
  f.offerId,
  f.wantId,
  f.material,
  grams(f.tonnesPerYear),
  grams(f.distanceKm),
  grams(f.roadKm),
  pence(f.savings.costSavedGbpPerYear),
  grams(f.savings.co2eAvoidedKgPerYear),
];

const totalRows = (r: OpportunityResult) =>
  (
    [
      ['OPTIMAL', r.totals],
      ['GREEDY', r.greedy.totals],
    ] as const
  ).map(([label, t]) => [label, `${t.flows} flows`, '', grams(t.tonnesPerYear), '', '', pence(t.costSavedGbpPerYear), grams(t.co2eAvoidedKgPerYear)]);

export function opportunityCsv(r: OpportunityResult): string {
  const line = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;
  return [line([...COLUMNS]), ...r.flows.map((f) => line(flowRow(f))), ...totalRows(r).map(line)].join('');
}

export async function opportunityXlsx(r: OpportunityResult): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Optimal flows');
  sheet.addRow([...COLUMNS]);
  // Numbers as numbers, strings as strings (never formulas): a user's text stays text.
  for (const f of r.flows)
    sheet.addRow([f.offerId, f.wantId, f.material, f.tonnesPerYear, f.distanceKm, f.roadKm, f.savings.costSavedGbpPerYear, f.savings.co2eAvoidedKgPerYear]);
  const totals = book.addWorksheet('Totals');
  totals.addRow(['', 'tonnes_per_year', 'cost_saved_gbp_per_year', 'co2e_avoided_kg_per_year', 'flows', 'offers_used', 'wants_served']);
  for (const [label, t] of [
    ['optimal', r.totals],
    ['greedy', r.greedy.totals],
  ] as const)
    totals.addRow([label, t.tonnesPerYear, t.costSavedGbpPerYear, t.co2eAvoidedKgPerYear, t.flows, t.offersUsed, t.wantsServed]);
  const z = r.realised.totals;
  totals.addRow([`realised ${z.from} to ${z.to}`, z.tonnesPerYear, z.costSavedGbpPerYear, z.co2eAvoidedKgPerYear, z.transfers]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Each flow as a LineString between the two sites' exact points: the route is for officers, who
 * may see exact places. A copy shared beyond officers must be generalised first.
 */
export function opportunityGeojson(r: OpportunityResult) {
  return {
    type: 'FeatureCollection' as const,
    properties: { locationPrecision: 'exact', status: r.status, objective: r.objective, totals: r.totals, greedy: r.greedy.totals },
    features: r.flows.map((f) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [f.from.lon, f.from.lat],
          [f.to.lon, f.to.lat],
        ],
      },
      properties: {
        offerId: f.offerId,
        wantId: f.wantId,
        material: f.material,
        tonnesPerYear: f.tonnesPerYear,
        roadKm: f.roadKm,
        costSavedGbpPerYear: f.savings.costSavedGbpPerYear,
        co2eAvoidedKgPerYear: f.savings.co2eAvoidedKgPerYear,
      },
    })),
  };
}
