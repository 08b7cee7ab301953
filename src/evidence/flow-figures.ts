// Flow figures of a period, gross and net: one pass over the transfers a report counts, each
// weighted by its exchange's deadweight (the mean of its sides' answers, else the default).
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { ReportQuery } from '../../schemas/report.ts';
import { flowsFrom, GROUPS } from '../reports/reports.ts';
import { netOf } from './additionality.ts';

export interface FlowRow {
  key: string | null;
  label: string;
  tonnes_diverted: number;
  net_tonnes_diverted: number;
  virgin_t: number;
  net_virgin_t: number;
  imported_t: number;
  net_imported_t: number;
  cost_gbp: number;
  net_cost_gbp: number;
  co2e_kg: number;
  net_co2e_kg: number;
  exchanges: number;
  answered: number;
}

/**
 * Gross sums and the sums of gross × (1 − the exchange's deadweight); attribution multiplies
 * the latter afterwards. One pass over the period's flows.
 */
export function flowFigures(
  db: Database,
  q: ReportQuery,
  groupBy: keyof typeof GROUPS | null,
  defaultDeadweight: number,
) {
  const group = groupBy ? GROUPS[groupBy] : { key: sql`NULL::text`, label: sql`'all'` };
  return queryRows<FlowRow>(
    db,
    sql`WITH flows AS (
          SELECT ${group.key} AS key, ${group.label} AS label, t.tonnes, t.diverted_from_landfill, t.cost_saved_gbp,
            t.co2e_avoided_kg, t.virgin_displaced_tonnes, w.replaces_supply, t.exchange_id,
            (SELECT avg(a.share) FROM exchange_additionality a WHERE a.exchange_id = t.exchange_id) AS answer_share
          ${flowsFrom(q, groupBy)}
        ),
        weighted AS (
          SELECT *, answer_share IS NOT NULL AS answered, coalesce(answer_share, ${defaultDeadweight}::float8) AS dw FROM flows
        )
        SELECT key, min(label) AS label,
          coalesce(sum(tonnes) FILTER (WHERE diverted_from_landfill), 0) AS tonnes_diverted,
          coalesce(sum(tonnes * (1 - dw)) FILTER (WHERE diverted_from_landfill), 0) AS net_tonnes_diverted,
          coalesce(sum(virgin_displaced_tonnes), 0) AS virgin_t,
          coalesce(sum(virgin_displaced_tonnes * (1 - dw)), 0) AS net_virgin_t,
          coalesce(sum(virgin_displaced_tonnes) FILTER (WHERE replaces_supply = 'imported'), 0) AS imported_t,
          coalesce(sum(virgin_displaced_tonnes * (1 - dw)) FILTER (WHERE replaces_supply = 'imported'), 0) AS net_imported_t,
          coalesce(sum(cost_saved_gbp), 0) AS cost_gbp,
          coalesce(sum(cost_saved_gbp * (1 - dw)), 0) AS net_cost_gbp,
          coalesce(sum(co2e_avoided_kg), 0) AS co2e_kg,
          coalesce(sum(co2e_avoided_kg * (1 - dw)), 0) AS net_co2e_kg,
          count(DISTINCT exchange_id)::int AS exchanges,
          count(DISTINCT exchange_id) FILTER (WHERE answered)::int AS answered
        FROM weighted GROUP BY key ORDER BY key NULLS LAST`,
  );
}

/** The net figures: the deadweight-weighted sums times the programme's attribution. */
export function netFigures(flow: FlowRow | undefined, attribution: number) {
  const net = (remaining: number | undefined) => netOf(Number(remaining ?? 0), 0, attribution);
  return {
    tonnesDiverted: net(flow?.net_tonnes_diverted),
    virginMaterialDisplacedT: net(flow?.net_virgin_t),
    importedMaterialDisplacedT: net(flow?.net_imported_t),
    costSavedGbp: net(flow?.net_cost_gbp),
    co2eAvoidedT: net(flow?.net_co2e_kg) / 1000,
  };
}
