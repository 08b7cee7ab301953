// Programme indicators for a period, a comparison period and cumulatively, gross and net, with
// the funnel and per-region or per-material groups. docs/evidence.md defines each figure.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { IndicatorsQuery, IndicatorsReport } from '../../schemas/evidence.ts';
import type { ReportQuery } from '../../schemas/report.ts';
import { flowsFrom, GROUPS } from '../reports/reports.ts';
import { type FlowRow, flowFigures, netFigures } from './flow-figures.ts';
import type { ProgrammeAdditionality } from './additionality.ts';
import { businessSize, type EmployeesBand, type TurnoverBand } from './business-size.ts';
import { countBusinesses } from './businesses.ts';
import { FUNNEL_DEFINITIONS, INDICATOR_DEFINITIONS } from './definitions.ts';
import { programmeAdditionality } from './records.ts';

interface Period {
  label: string;
  from: string | null;
  to: string | null;
}
interface Filters {
  region?: string | undefined;
  material?: string | undefined;
}

const reportQuery = (p: Period, f: Filters): ReportQuery => ({
  format: 'json',
  ...(p.from ? { from: p.from } : {}),
  ...(p.to ? { to: p.to } : {}),
  ...(f.region ? { region: f.region } : {}),
  ...(f.material ? { material: f.material } : {}),
});

/** A point in a region: tested against its small pieces, as the savings report does. */
const pointIn = (regionId: SQL, point: SQL) =>
  sql`EXISTS (SELECT 1 FROM region_pieces rp WHERE rp.region_id = ${regionId} AND ST_Covers(rp.piece, ${point}::geometry))`;

/** Timestamps on the period's days (UTC): from its first day's start to its last day's end. */
function during(column: SQL, p: Period): SQL[] {
  const where: SQL[] = [];
  if (p.from) where.push(sql`${column} >= ${p.from}::date`);
  if (p.to) where.push(sql`${column} < ${p.to}::date + 1`);
  return where;
}

interface PartyRow {
  key: string | null;
  org: string;
  company_number: string | null;
  employees_band: EmployeesBand | null;
  turnover_band: TurnoverBand | null;
}

/** The organisations on either side of the period's flows, with what they state of themselves. */
function partiesOfFlows(db: Database, q: ReportQuery, groupBy: 'region' | 'material' | null) {
  const group = groupBy ? GROUPS[groupBy] : { key: sql`NULL::text`, label: sql`'all'` };
  return queryRows<PartyRow>(
    db,
    sql`WITH flows AS (SELECT DISTINCT ${group.key} AS key, e.offer_organisation_id, e.want_organisation_id ${flowsFrom(q, groupBy)}),
        orgs AS (SELECT key, offer_organisation_id AS org FROM flows UNION SELECT key, want_organisation_id FROM flows)
        SELECT o.key, o.org, bp.company_number, bp.employees_band, bp.turnover_band
        FROM orgs o LEFT JOIN business_profiles bp ON bp.organisation_id = o.org`,
  );
}

interface RecordedRow {
  key: string | null;
  label: string | null;
  jobs_created: number;
  jobs_safeguarded: number;
  co_investment_gbp: number;
}

/**
 * Jobs and co-investment dated in the period. An organisation belongs to the region of its
 * first site (the earliest created), so a firm with sites in two regions is counted in one.
 */
function recordedFigures(db: Database, p: Period, f: Filters, byRegion: boolean) {
  const home = sql`(SELECT s.location FROM sites s WHERE s.organisation_id = x.organisation_id ORDER BY s.created_at, s.id LIMIT 1)`;
  const where: SQL[] = [...(p.from ? [sql`x.date >= ${p.from}::date`] : []), ...(p.to ? [sql`x.date <= ${p.to}::date`] : [])];
  if (f.region) where.push(pointIn(sql`${f.region}::uuid`, home));
  const region = byRegion
    ? sql`LEFT JOIN LATERAL (SELECT r.id::text AS key, r.name AS label FROM regions r WHERE ${pointIn(sql`r.id`, home)}) g ON true`
    : sql`LEFT JOIN LATERAL (SELECT NULL::text AS key, NULL::text AS label) g ON true`;
  return queryRows<RecordedRow>(
    db,
    sql`WITH x AS (
          SELECT organisation_id, date, CASE WHEN kind = 'created' THEN fte ELSE 0 END AS created,
            CASE WHEN kind = 'safeguarded' THEN fte ELSE 0 END AS safeguarded, 0::float8 AS gbp FROM job_records
          UNION ALL SELECT organisation_id, date, 0, 0, amount_gbp FROM co_investments
        )
        SELECT g.key, min(g.label) AS label, coalesce(sum(x.created), 0) AS jobs_created,
          coalesce(sum(x.safeguarded), 0) AS jobs_safeguarded, coalesce(sum(x.gbp), 0) AS co_investment_gbp
        FROM x ${region}
        ${where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
        GROUP BY g.key`,
  );
}

type Funnel = IndicatorsReport['periods'][number]['funnel'];

/** The funnel's five counts; an exchange belongs where its offer's site lies and to its material. */
async function funnel(db: Database, p: Period, f: Filters): Promise<Funnel> {
  const listingFilter = (alias: string) => {
    const where: SQL[] = [];
    if (f.material) where.push(sql`${sql.raw(alias)}.material_code = ${f.material}`);
    if (f.region) where.push(pointIn(sql`${f.region}::uuid`, sql.raw(`${alias}.location`)));
    return where;
  };
  const and = (where: SQL[]) => (where.length ? sql`AND ${sql.join(where, sql` AND `)}` : sql``);
  const [row] = await queryRows<Funnel>(
    db,
    sql`SELECT
      (SELECT count(*)::int FROM listings l WHERE true ${and([...during(sql`l.created_at`, p), ...listingFilter('l')])}) AS "newListings",
      (SELECT count(*)::int FROM (SELECT DISTINCT ms.offer_id, ms.want_id FROM matches_shown ms JOIN listings o ON o.id = ms.offer_id
        WHERE true ${and([...(p.from ? [sql`ms.day >= ${p.from}::date`] : []), ...(p.to ? [sql`ms.day <= ${p.to}::date`] : []), ...listingFilter('o')])}) s) AS "matchesShown",
      (SELECT count(*)::int FROM exchange_events v JOIN exchanges e ON e.id = v.exchange_id JOIN listings o ON o.id = e.offer_id
        WHERE v.action = 'propose' ${and([...during(sql`v.at`, p), ...listingFilter('o')])}) AS proposals,
      (SELECT count(*)::int FROM exchange_events v JOIN exchanges e ON e.id = v.exchange_id JOIN listings o ON o.id = e.offer_id
        WHERE v.to_status = 'accepted' AND v.from_status IS DISTINCT FROM 'accepted' ${and([...during(sql`v.at`, p), ...listingFilter('o')])}) AS acceptances,
      (SELECT count(*)::int FROM exchange_events v JOIN exchanges e ON e.id = v.exchange_id JOIN listings o ON o.id = e.offer_id
        WHERE v.to_status = 'completed' ${and([...during(sql`v.at`, p), ...listingFilter('o')])}) AS completed`,
  );
  return row as Funnel;
}

type Gross = IndicatorsReport['periods'][number]['gross'];
type Net = IndicatorsReport['periods'][number]['net'];

function figures(
  flow: FlowRow | undefined,
  parties: PartyRow[],
  recorded: RecordedRow | undefined | null,
  programme: ProgrammeAdditionality,
): { gross: Gross; net: Net } {
  const businesses = countBusinesses(
    parties.map((r) => ({
      organisationId: r.org,
      companyNumber: r.company_number,
      size: businessSize(r.employees_band, r.turnover_band),
    })),
  );
  const n = (x: number | undefined) => Number(x ?? 0);
  return {
    gross: {
      businessesAssisted: businesses.total,
      businessesAssistedSme: businesses.sme,
      businessesAssistedLarge: businesses.large,
      businessesAssistedSizeUnknown: businesses.unknownSize,
      jobsCreatedFte: recorded === null ? null : n(recorded?.jobs_created),
      jobsSafeguardedFte: recorded === null ? null : n(recorded?.jobs_safeguarded),
      coInvestmentGbp: recorded === null ? null : n(recorded?.co_investment_gbp),
      tonnesDiverted: n(flow?.tonnes_diverted),
      virginMaterialDisplacedT: n(flow?.virgin_t),
      importedMaterialDisplacedT: n(flow?.imported_t),
      costSavedGbp: n(flow?.cost_gbp),
      co2eAvoidedT: n(flow?.co2e_kg) / 1000,
    },
    net: netFigures(flow, programme.attribution),
  };
}

async function periodFigures(db: Database, p: Period, f: Filters, programme: ProgrammeAdditionality) {
  const q = reportQuery(p, f);
  const [[flow], parties, [recorded], counts] = await Promise.all([
    flowFigures(db, q, null, programme.deadweight),
    partiesOfFlows(db, q, null),
    recordedFigures(db, p, f, false),
    funnel(db, p, f),
  ]);
  // Jobs and money belong to firms, not to materials: with a material filter they are not shown.
  return { ...p, ...figures(flow, parties, f.material ? null : recorded, programme), funnel: counts, flow };
}

export async function indicatorsReport(db: Database, q: IndicatorsQuery): Promise<IndicatorsReport> {
  const programme = await programmeAdditionality(db);
  const filters: Filters = { region: q.region, material: q.material };
  const main: Period = { label: 'period', from: q.from ?? null, to: q.to ?? null };
  const periods: Period[] = [main];
  if (q.compareFrom || q.compareTo) periods.push({ label: 'comparison', from: q.compareFrom ?? null, to: q.compareTo ?? null });
  if (main.from) periods.push({ label: 'cumulative', from: null, to: main.to });
  const computed = [];
  for (const p of periods) computed.push(await periodFigures(db, p, filters, programme));

  const groupBy = q.groupBy ?? null;
  let groups: IndicatorsReport['groups'] = [];
  if (groupBy) {
    const rq = reportQuery(main, filters);
    const [flows, parties, recorded] = await Promise.all([
      flowFigures(db, rq, groupBy, programme.deadweight),
      partiesOfFlows(db, rq, groupBy),
      groupBy === 'region' && !filters.material ? recordedFigures(db, main, filters, true) : Promise.resolve(null),
    ]);
    const keys = new Map<string | null, string>();
    for (const r of flows) keys.set(r.key, r.label);
    for (const r of recorded ?? []) if (!keys.has(r.key)) keys.set(r.key, r.label ?? 'outside any region');
    groups = [...keys].map(([key, label]) => ({
      key,
      label,
      from: main.from,
      to: main.to,
      ...figures(
        flows.find((r) => r.key === key),
        parties.filter((r) => r.key === key),
        recorded === null ? null : recorded.find((r) => r.key === key),
        programme,
      ),
    }));
  }
  const sets = await queryRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT t.factor_set_id AS id ${flowsFrom(reportQuery(main, filters), null)} ORDER BY 1`,
  );
  const first = computed[0];
  return {
    periods: computed.map(({ flow: _flow, ...p }) => p),
    groups,
    groupBy,
    additionality: {
      ...programme,
      exchangesCounted: Number(first?.flow?.exchanges ?? 0),
      exchangesAnswered: Number(first?.flow?.answered ?? 0),
    },
    definitions: [...INDICATOR_DEFINITIONS, ...FUNNEL_DEFINITIONS],
    factorSets: sets.map((s) => s.id),
  };
}
