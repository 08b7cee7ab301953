// POST /opportunities: the region's listings, their candidate pairs, the optimal allocation
// beside the greedy one and what transfers realised in the last 12 months.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import type { OpportunityRequest, OpportunityResult, ScenarioListing } from '../../schemas/opportunity.ts';
import type { ReportQuery } from '../../schemas/report.ts';
import { estimateSavings } from '../savings/estimate.ts';
import { badRequest } from '../errors.ts';
import { getFactorSet } from '../reference/factor-sets.ts';
import { listMaterials } from '../reference/materials.ts';
import { flowsFrom } from '../reports/reports.ts';
import { searchSubject } from '../matching/subject.ts';
import {
  type Allocation,
  allocationFromPrimal,
  dualBound,
  greedyAllocation,
  type Instance,
  lpModel,
  type LpModel,
  type Objective,
  relativeGap,
  totalsOf,
  valueOf,
  worthwhilePairs,
} from './model.ts';
import { areaListings, couldPairWith, estimateInput, gatherPairs, type Party, subjectOf, tonnesPerYear } from './pairs.ts';
import type { LpSolution, SolveOptions } from './solver.ts';

export interface Defaults {
  factorSet: string;
  today: string;
  minShare: number;
}

/** Everything checked and loaded before any walking: bad input fails here, fast, as a 400. */
export interface Prepared {
  request: OpportunityRequest;
  inArea: SQL;
  set: FactorSet;
  pricingSet: FactorSet;
  date: string;
  catalogue: Material[];
  materials: Map<string, Material>;
  offerMaterials: Set<string>;
  listings: Awaited<ReturnType<typeof areaListings>>;
}

async function areaPredicate(db: Database, r: OpportunityRequest, column: SQL): Promise<SQL> {
  if (r.regionId) {
    const [region] = await queryRows<{ area: number }>(db, sql`SELECT ST_Area(boundary) AS area FROM regions WHERE id = ${r.regionId}`);
    if (!region) throw badRequest('regionId', 'is not a registered region; see GET /regions');
    if (!(Number(region.area) > 0)) throw badRequest('regionId', 'is a region of no area');
    return sql`EXISTS (SELECT 1 FROM regions r WHERE r.id = ${r.regionId} AND ST_Covers(r.boundary, ${column}))`;
  }
  const [w, s, e, n] = r.bbox as [number, number, number, number];
  return sql`ST_Intersects(${column}::geometry, ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326))`;
}

/** A copy of the set with the landfill tax rates of a what-if in every period. */
function withLandfillTax(set: FactorSet, scenario: OpportunityRequest['scenario']): FactorSet {
  const rates: Record<string, number | undefined> = {
    'landfill-tax-standard': scenario?.landfillTaxGbpPerTonne,
    'landfill-tax-lower': scenario?.landfillTaxLowerGbpPerTonne,
  };
  if (Object.values(rates).every((r) => r === undefined)) return set;
  return {
    ...set,
    factors: set.factors.map((f) => {
      const rate = rates[f.key];
      return rate === undefined ? f : { ...f, value: rate, source: { ...f.source, title: 'what-if rate' } };
    }),
  };
}

export async function prepare(db: Database, request: OpportunityRequest, defaults: Defaults): Promise<Prepared> {
  const catalogue = await listMaterials(db);
  const materials = new Map(catalogue.map((m) => [m.code, m]));
  request.materials?.forEach((code, i) => {
    if (!materials.has(code)) throw badRequest(`materials.${i}`, `unknown material ${code}; see GET /materials`);
  });
  request.scenario?.extraListings?.forEach((l, i) => {
    if (!materials.has(l.material)) throw badRequest(`scenario.extraListings.${i}.material`, `unknown material ${l.material}`);
  });
  const setId = request.factorSet ?? defaults.factorSet;
  const set = await getFactorSet(db, setId);
  if (!set) throw badRequest('factorSet', `no factor set ${setId}; see GET /factor-sets`);
  const offerMaterials = new Set(
    catalogue
      .filter((m) => (!request.materials || request.materials.includes(m.code)) && (!request.categories || request.categories.includes(m.category)))
      .map((m) => m.code),
  );
  const inArea = await areaPredicate(db, request, sql`l.location`);
  return {
    request,
    inArea,
    set,
    pricingSet: withLandfillTax(set, request.scenario),
    date: request.date ?? defaults.today,
    catalogue,
    materials,
    offerMaterials,
    listings: await areaListings(db, inArea),
  };
}

function scenarioParty(l: ScenarioListing, n: number): Omit<Party, 'tonnes'> {
  return { id: `scenario:${n}`, subject: searchSubject(l, null) };
}

export interface Progress {
  (phase: 'candidates' | 'solving' | 'done', done: number, total: number): void;
}

export type Solve = (model: LpModel, options: SolveOptions) => Promise<LpSolution>;

/**
 * The area's parties (stored listings and a what-if's) and their priced candidate pairs: the walk
 * phase, before any solve (also run alone by scripts/bench/opportunities-walk.ts).
 */
export async function candidatePairs(p: Prepared, defaults: Defaults, how: { progress?: Progress; signal?: AbortSignal }) {
  const { request, materials } = p;
  const extras = request.scenario?.extraListings ?? [];
  const parties: Party[] = [];
  for (const draft of [...p.listings.map((l) => ({ id: l.id, subject: subjectOf(l), row: l })), ...extras.map(scenarioParty)]) {
    const tonnes = tonnesPerYear(draft.subject, materials.get(draft.subject.materialCode));
    if (tonnes !== null && tonnes > 0) parties.push({ ...draft, tonnes });
  }
  const isExtra = (party: Party) => party.id.startsWith('scenario:');
  const offerInScope = (party: Party) =>
    party.subject.kind === 'want' ? false : isExtra(party) || p.offerMaterials.has(party.subject.materialCode);
  const walkFrom = parties
    .map((party, i) => ({ party, i }))
    .filter(({ party }) =>
      party.subject.kind === 'offer' ? offerInScope(party) : couldPairWith(party.subject, p.offerMaterials, p.catalogue) || extras.length > 0,
    )
    .map(({ i }) => i);
  const pricing = { set: p.pricingSet, date: p.date, haulageGbpPerTonneKm: request.scenario?.haulageGbpPerTonneKm };
  const gathered = await gatherPairs({
    parties,
    walkFrom,
    offerInScope,
    // Exact positions: the route is for officers, and a haul limit is the true distance.
    options: { strict: false, minShareOfWant: request.minShare ?? defaults.minShare, cap: request.k, exactPositions: true },
    materials,
    pricing,
    onProgress: (done, total) => how.progress?.('candidates', done, total),
    signal: how.signal,
  });
  return { parties, offerInScope, pricing, gathered };
}

/**
 * Walks, prices, solves. The what-if's listings live only here, in memory: walking from them
 * reads the stored listings and writes nothing.
 */
export async function opportunityMap(
  db: Database,
  p: Prepared,
  defaults: Defaults,
  solve: Solve,
  how: { timeLimitSeconds: number; progress?: Progress; signal?: AbortSignal },
): Promise<OpportunityResult> {
  const { request } = p;
  const { parties, offerInScope, pricing, gathered } = await candidatePairs(p, defaults, how);
  const { instance } = gathered;
  const objective = request.objective as Objective;
  const use = worthwhilePairs(instance, objective);
  const scope = {
    offers: parties.filter((x) => x.subject.kind === 'offer' && offerInScope(x)).length,
    wants: parties.filter((x) => x.subject.kind === 'want').length,
    pairs: instance.pairs.length,
    factorSet: p.set.id,
    date: p.date,
  };
  if (!use.length) {
    const base = { objective, scope, realised: { totals: await realisedTotals(db, p) } };
    const empty = totalsOf(instance, new Map());
    return {
      ...base,
      status: 'optimal',
      note: whyEmpty(scope, instance.pairs.length, objective),
      totals: empty,
      greedy: { totals: empty },
      flows: [],
      solve: { variables: 0, constraints: 0, columnsSolved: 0, rounds: 0, ms: 0, objectiveValue: 0, dualBound: 0, gap: 0 },
    };
  }
  // A job cancelled while its walks finished must not go on to start a solver.
  how.signal?.throwIfAborted();
  how.progress?.('solving', 0, 1);
  const started = performance.now();
  let ms = 0;
  const solving = solveAll(instance, objective, use, solve, how.timeLimitSeconds).finally(() => (ms = performance.now() - started));
  // The solver works in its own thread: the realised transfers (a query) are read meanwhile.
  // Greedy's allocation waits for it: worked out during the solve, its arrays (~40 MB at 50,000
  // listings) added to the peak of memory, which is the solver's.
  const [best, realised] = await Promise.all([solving, realisedTotals(db, p)]);
  const greedy = greedyAllocation(instance, objective, use);
  const base = { objective, scope, realised: { totals: realised } };
  const allocation = best ? allocationFromPrimal(best.columns, best.solution.colValue) : greedy;
  const objectiveValue = best?.solution.objectiveValue ?? valueOf(instance, objective, allocation);
  const bound = best ? dualBound(instance, objective, use, best.solution.rowDual) : Number.POSITIVE_INFINITY;
  const status = best ? 'optimal' : 'time-limit';
  how.progress?.('done', 1, 1);
  return {
    ...base,
    status,
    note: noteOf(request, gathered.unpriced),
    totals: totalsOf(instance, allocation),
    greedy: { totals: totalsOf(instance, greedy) },
    flows: flowsOf(instance, allocation, gathered, p, pricing),
    solve: {
      variables: use.length,
      constraints: instance.supply.length + instance.demand.length,
      columnsSolved: best?.columns.length ?? 0,
      rounds: 1,
      ms: Math.round(ms * 10) / 10,
      objectiveValue,
      // JSON has no infinity: with no restricted optimum there is no bound to give.
      dualBound: Number.isFinite(bound) ? bound : objectiveValue,
      gap: Number.isFinite(bound) ? relativeGap(bound, objectiveValue) : 1,
    },
  };
}

/**
 * One solve over every worthwhile pair: the solver starts HiGHS from the network simplex's
 * basis, so column generation (restricted LPs re-solved round after round) no longer pays.
 */
async function solveAll(instance: Instance, objective: Objective, use: number[], solve: Solve, timeLimitSeconds: number) {
  const solution = await solve(lpModel(instance, objective, use), { timeLimitSeconds });
  // A solve the time limit stopped may end anywhere, even infeasibly: nothing of it is reported.
  return solution.status === 'optimal' ? { solution, columns: use } : null;
}

function whyEmpty(scope: { offers: number; wants: number }, pairs: number, objective: Objective): string {
  if (!scope.offers) return 'No active offer of the chosen materials lies in the area.';
  if (!scope.wants) return 'No active want lies in the area.';
  if (!pairs)
    return 'No offer in the area has a qualifying want in the area: material, grade, both haul limits, dates or the minimum share rule every pair out.';
  return `Every candidate pair would ${objective === 'carbon' ? 'add carbon' : 'lose money'}: nothing is worth moving under this objective.`;
}

function noteOf(request: OpportunityRequest, unpriced: number): string | null {
  const parts: string[] = [];
  if (request.scenario) parts.push('What-if: nothing was written; flows from scenario:<n> listings are hypothetical.');
  if (request.scenario?.landfillTaxGbpPerTonne !== undefined || request.scenario?.landfillTaxLowerGbpPerTonne !== undefined)
    parts.push('The landfill tax of the what-if cannot be given to POST /estimates: its estimates use the published rate.');
  if (unpriced) parts.push(`${unpriced} pairs were left out: the factor set has no figures for their material.`);
  return parts.length ? parts.join(' ') : null;
}

/** Each flow priced again at its own tonnage by the estimator, with the POST /estimates body that shows it. */
function flowsOf(instance: Instance, allocation: Allocation, g: Awaited<ReturnType<typeof gatherPairs>>, p: Prepared, pricing: Parameters<typeof estimateInput>[5]): OpportunityResult['flows'] {
  const flows = [...allocation].map(([index, tonnes]) => {
    const pair = instance.pairs[index] as Instance['pairs'][number];
    const offer = g.offers[pair.offer] as Party;
    const want = g.wants[pair.want] as Party;
    const material = p.materials.get(offer.subject.materialCode) as Material;
    const input = estimateInput(offer.subject, want.subject, material, pair.distanceKm, tonnes, pricing);
    const estimate = estimateSavings(input, pricing.set);
    const roadKm = estimate.roadKm ?? pair.distanceKm;
    return {
      offerId: offer.id,
      wantId: want.id,
      material: material.code,
      tonnesPerYear: tonnes,
      distanceKm: pair.distanceKm,
      roadKm,
      from: { lon: offer.subject.lon, lat: offer.subject.lat },
      to: { lon: want.subject.lon, lat: want.subject.lat },
      savings: {
        costSavedGbpPerYear: estimate.totals.costSavedGbp,
        co2eAvoidedKgPerYear: estimate.totals.co2eAvoidedKg,
        estimateRequest: {
          material: material.code,
          quantity: input.quantity,
          distanceKm: roadKm,
          date: p.date,
          factorSet: p.set.id,
          overrides: Object.fromEntries(Object.entries(input.overrides).filter(([, v]) => v !== undefined)),
        },
      },
    };
  });
  return flows.sort((a, b) => b.tonnesPerYear - a.tonnesPerYear || a.offerId.localeCompare(b.offerId) || a.wantId.localeCompare(b.wantId));
}

/** Transfers in the 12 months to the date whose offer site lies in the area, of the chosen materials. */
async function realisedTotals(db: Database, p: Prepared) {
  const to = p.date;
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 365 * 86_400_000 + 86_400_000).toISOString().slice(0, 10);
  const q = { from, to, format: 'json' } as ReportQuery;
  const inArea = await areaPredicate(db, p.request, sql`os.location`);
  const [row] = await queryRows<{ tonnes: number; cost: number; carbon: number; transfers: number; exchanges: number }>(
    db,
    sql`SELECT coalesce(sum(t.tonnes), 0) AS tonnes, coalesce(sum(t.cost_saved_gbp), 0) AS cost,
          coalesce(sum(t.co2e_avoided_kg), 0) AS carbon, count(*)::int AS transfers, count(DISTINCT t.exchange_id)::int AS exchanges
        ${flowsFrom(q, null)} AND ${inArea} AND o.material_code = ANY(${sql.param([...p.offerMaterials])}::text[])`,
  );
  return {
    from,
    to,
    tonnesPerYear: Number(row?.tonnes ?? 0),
    costSavedGbpPerYear: Number(row?.cost ?? 0),
    co2eAvoidedKgPerYear: Number(row?.carbon ?? 0),
    transfers: Number(row?.transfers ?? 0),
    exchanges: Number(row?.exchanges ?? 0),
  };
}
