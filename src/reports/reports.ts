import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { ReportQuery, SavingsReport } from '../../schemas/report.ts';
import type { DisposalRoute, ListingRate, QuantityUnit } from '../reference/enums.ts';
import { perYearFactor } from '../matching/quantity.ts';
import { estimateSavings } from '../savings/estimate.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import { listMaterials } from '../reference/materials.ts';
import { flowFigures, netFigures } from '../evidence/flow-figures.ts';
import { programmeAdditionality } from '../evidence/records.ts';

type GroupBy = NonNullable<ReportQuery['groupBy']>;

/** Group key and label of a flow, by the report's grouping. */
export const GROUPS: Record<GroupBy, { key: SQL; label: SQL }> = {
  month: { key: sql`to_char(t.date, 'YYYY-MM')`, label: sql`to_char(t.date, 'YYYY-MM')` },
  quarter: { key: sql`to_char(t.date, 'YYYY-"Q"Q')`, label: sql`to_char(t.date, 'YYYY-"Q"Q')` },
  year: { key: sql`to_char(t.date, 'YYYY')`, label: sql`to_char(t.date, 'YYYY')` },
  material: { key: sql`o.material_code`, label: sql`m.name` },
  category: { key: sql`m.category::text`, label: sql`m.category::text` },
  organisation: { key: sql`e.offer_organisation_id::text`, label: sql`oo.name` },
  region: { key: sql`r.id::text`, label: sql`coalesce(r.name, 'outside any region')` },
};

/**
 * Whether the offer's site lies in the region: tested against the region's small pieces that the
 * GiST index finds, not the whole boundary (thousands of vertices, tested afresh for every site).
 */
export const inRegion = (regionId: SQL) =>
  sql`EXISTS (SELECT 1 FROM region_pieces rp WHERE rp.region_id = ${regionId} AND ST_Covers(rp.piece, os.location::geometry))`;

/**
 * The transfers a report counts: dated in the period, matching the filters, and not corrected by
 * a later transfer (a correction replaces what it corrects). A flow belongs to the region its
 * offer's site lies in.
 */
export function flowsFrom(q: ReportQuery, groupBy: GroupBy | null): SQL {
  const where: SQL[] = [sql`NOT EXISTS (SELECT 1 FROM transfers c WHERE c.corrects_transfer_id = t.id)`];
  if (q.from) where.push(sql`t.date >= ${q.from}::date`);
  if (q.to) where.push(sql`t.date <= ${q.to}::date`);
  if (q.material) where.push(sql`o.material_code = ${q.material}`);
  if (q.category) where.push(sql`m.category = ${q.category}`);
  if (q.organisation)
    where.push(sql`(e.offer_organisation_id = ${q.organisation} OR e.want_organisation_id = ${q.organisation})`);
  const region = q.region
    ? sql`JOIN regions r ON r.id = ${q.region} AND ${inRegion(sql`r.id`)}`
    : groupBy === 'region'
      ? sql`LEFT JOIN LATERAL (
          SELECT DISTINCT rp.region_id FROM region_pieces rp WHERE ST_Covers(rp.piece, os.location::geometry)
        ) rs ON true
        LEFT JOIN regions r ON r.id = rs.region_id`
      : sql``;
  return sql`FROM transfers t
    JOIN exchanges e ON e.id = t.exchange_id
    JOIN listings o ON o.id = e.offer_id
    JOIN listings w ON w.id = e.want_id
    JOIN sites os ON os.id = o.site_id
    JOIN sites ws ON ws.id = w.site_id
    JOIN materials m ON m.code = o.material_code
    JOIN organisations oo ON oo.id = e.offer_organisation_id
    JOIN organisations wo ON wo.id = e.want_organisation_id
    ${region}
    WHERE ${sql.join(where, sql` AND `)}`;
}

interface FigureRow {
  key: string | null;
  label: string;
  tonnes_diverted: number;
  tonnes_exchanged: number;
  cubic_metres: number;
  cost_saved_gbp: number;
  co2e_avoided_kg: number;
  virgin_displaced_t: number;
  transfers: number;
  exchanges: number;
  businesses: number;
}

async function aggregate(db: Database, q: ReportQuery, groupBy: GroupBy | null): Promise<FigureRow[]> {
  const group = groupBy ? GROUPS[groupBy] : { key: sql`NULL::text`, label: sql`'all'` };
  return queryRows<FigureRow>(
    db,
    sql`WITH flows AS (
          SELECT ${group.key} AS key, ${group.label} AS label, t.tonnes, t.cubic_metres, t.cost_saved_gbp,
            t.co2e_avoided_kg, t.virgin_displaced_tonnes, t.diverted_from_landfill, t.exchange_id,
            e.offer_organisation_id, e.want_organisation_id
          ${flowsFrom(q, groupBy)}
        ),
        -- Joined to the groups' sums, not to every flow: a join on IS NOT DISTINCT FROM cannot hash,
        -- and per flow it cost 25 s at 4,000 flows (the parties recounted for each).
        parties AS MATERIALIZED (
          SELECT key, count(DISTINCT org)::int AS businesses FROM (
            SELECT key, offer_organisation_id AS org FROM flows
            UNION ALL SELECT key, want_organisation_id FROM flows
          ) x GROUP BY key
        ),
        sums AS MATERIALIZED (
          SELECT f.key, min(f.label) AS label,
            coalesce(sum(f.tonnes) FILTER (WHERE f.diverted_from_landfill), 0) AS tonnes_diverted,
            coalesce(sum(f.tonnes), 0) AS tonnes_exchanged,
            coalesce(sum(f.cubic_metres), 0) AS cubic_metres,
            coalesce(sum(f.cost_saved_gbp), 0) AS cost_saved_gbp,
            coalesce(sum(f.co2e_avoided_kg), 0) AS co2e_avoided_kg,
            coalesce(sum(f.virgin_displaced_tonnes), 0) AS virgin_displaced_t,
            count(*)::int AS transfers,
            count(DISTINCT f.exchange_id)::int AS exchanges
          FROM flows f GROUP BY f.key
        )
        SELECT s.*, coalesce(p.businesses, 0)::int AS businesses
        FROM sums s LEFT JOIN parties p ON p.key IS NOT DISTINCT FROM s.key
        ORDER BY s.key NULLS LAST`,
  );
}

const figures = (r: FigureRow | undefined) => ({
  tonnesDiverted: Number(r?.tonnes_diverted ?? 0),
  tonnesExchanged: Number(r?.tonnes_exchanged ?? 0),
  cubicMetres: Number(r?.cubic_metres ?? 0),
  costSavedGbp: Number(r?.cost_saved_gbp ?? 0),
  co2eAvoidedT: Number(r?.co2e_avoided_kg ?? 0) / 1000,
  virginMaterialDisplacedT: Number(r?.virgin_displaced_t ?? 0),
  transfers: Number(r?.transfers ?? 0),
  exchanges: Number(r?.exchanges ?? 0),
  businessesAssisted: Number(r?.businesses ?? 0),
});

interface AcceptedRow {
  material_code: string;
  quantity_amount: number;
  quantity_unit: QuantityUnit;
  quantity_rate: ListingRate;
  current_route: DisposalRoute | null;
  gate_fee_gbp_per_tonne: number | null;
  virgin_price_gbp_per_tonne: number | null;
  great_circle_m: number;
  accepted_on: string;
}

/**
 * What exchanges accepted in the period promised: the estimator run on each agreed quantity —
 * a year of it for flows, the lot for one-offs — beside what the transfers realised.
 */
async function estimated(db: Database, q: ReportQuery, set: FactorSet) {
  const where: SQL[] = [sql`e.status IN ('accepted', 'active', 'completed')`];
  if (q.from) where.push(sql`a.at >= ${q.from}::date`);
  if (q.to) where.push(sql`a.at < ${q.to}::date + 1`);
  if (q.material) where.push(sql`o.material_code = ${q.material}`);
  if (q.category) where.push(sql`m.category = ${q.category}`);
  if (q.organisation)
    where.push(sql`(e.offer_organisation_id = ${q.organisation} OR e.want_organisation_id = ${q.organisation})`);
  if (q.region)
    where.push(inRegion(sql`${q.region}::uuid`));
  const rows = await queryRows<AcceptedRow>(
    db,
    sql`SELECT o.material_code, e.quantity_amount, e.quantity_unit, e.quantity_rate, o.current_route,
          o.gate_fee_gbp_per_tonne, w.virgin_price_gbp_per_tonne, ST_Distance(os.location, ws.location) AS great_circle_m,
          to_char(a.at, 'YYYY-MM-DD') AS accepted_on
        FROM exchanges e
        JOIN LATERAL (SELECT max(at) AS at FROM exchange_events v WHERE v.exchange_id = e.id AND v.to_status = 'accepted') a ON a.at IS NOT NULL
        JOIN listings o ON o.id = e.offer_id
        JOIN listings w ON w.id = e.want_id
        JOIN sites os ON os.id = o.site_id
        JOIN sites ws ON ws.id = w.site_id
        JOIN materials m ON m.code = o.material_code
        WHERE ${sql.join(where, sql` AND `)}`,
  );
  const materials = new Map((await listMaterials(db)).map((m) => [m.code, m]));
  let tonnes = 0;
  let cost = 0;
  let carbon = 0;
  for (const r of rows) {
    const material = materials.get(r.material_code);
    if (!material) continue;
    const perYear = perYearFactor(r.quantity_rate);
    const e = estimateSavings(
      {
        material,
        quantity: { amount: Number(r.quantity_amount) * (perYear ?? 1), unit: r.quantity_unit },
        greatCircleKm: Number(r.great_circle_m) / 1000,
        date: r.accepted_on,
        overrides: {
          currentRoute: r.current_route ?? undefined,
          gateFeeGbpPerTonne: r.gate_fee_gbp_per_tonne ?? undefined,
          virginPriceGbpPerTonne: r.virgin_price_gbp_per_tonne ?? undefined,
        },
      },
      set,
    );
    tonnes += e.totals.tonnes;
    cost += e.totals.costSavedGbp;
    carbon += e.totals.co2eAvoidedKg;
  }
  return { exchanges: rows.length, tonnes, costSavedGbp: cost, co2eAvoidedT: carbon / 1000 };
}

export async function savingsReport(db: Database, q: ReportQuery, set: FactorSet): Promise<SavingsReport> {
  const [totals] = await aggregate(db, q, null);
  const groups = q.groupBy ? await aggregate(db, q, q.groupBy) : [];
  const sets = await queryRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT t.factor_set_id AS id ${flowsFrom(q, null)} ORDER BY 1`,
  );
  const programme = await programmeAdditionality(db);
  const [flow] = await flowFigures(db, q, null, programme.deadweight);
  return {
    period: { from: q.from ?? null, to: q.to ?? null },
    groupBy: q.groupBy ?? null,
    totals: figures(totals),
    net: netFigures(flow, programme.attribution),
    additionality: { ...programme, exchangesAnswered: Number(flow?.answered ?? 0) },
    estimated: await estimated(db, q, set),
    groups: groups.map((g) => ({ key: g.key, label: g.label, ...figures(g) })),
    factorSets: sets.map((s) => s.id),
  };
}
