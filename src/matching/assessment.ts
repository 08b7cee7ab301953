// What the domain adds to a candidate row: quantities on a common basis, the grade explained,
// a score, the savings estimate, and the Match a client reads.
import type { FactorSet } from '../../schemas/factor-set.ts';
import type { Material } from '../../schemas/material.ts';
import type { Match } from '../../schemas/matching.ts';
import { generaliseLocation } from '../listings/location.ts';
import { inUnit } from '../exchanges/transfer-allowance.ts';
import type { QuantityUnit } from '../reference/enums.ts';
import { estimateSavings } from '../savings/estimate.ts';
import { type EstimateTotals, estimateTotals, type FactorValues } from '../savings/estimate-totals.ts';
import type { CandidateRow, MatchOptions } from './candidates-sql.ts';
import { checkGrade, type GradeCheck } from './grade-checks.ts';
import { type MatchedQuantity, matchedQuantity } from './quantity.ts';
import { matchScore } from './score.ts';
import type { MatchSubject } from './subject.ts';

export interface Candidate {
  row: CandidateRow;
  distanceKm: number;
  quantity: MatchedQuantity & { unit: QuantityUnit };
  checks: GradeCheck[];
  score: number;
}

/**
 * Applies what SQL leaves to the domain: quantities on a common basis and unit, the per-property
 * explanation of the grade, and a score; drops candidates that cover too little of the want.
 */
export function assessCandidates(s: MatchSubject, rows: CandidateRow[], options: MatchOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const row of rows) {
    const unit = s.quantity.unit;
    const quantity = quantityAgainst(s, { amount: Number(row.quantity_amount), unit: row.quantity_unit, rate: row.quantity_rate }, row.density_t_per_m3);
    if (!quantity || quantity.shareOfWant < options.minShareOfWant) continue;
    const [grade, accepts] = s.kind === 'offer' ? [s.grade, row.accepts] : [row.grade, s.accepts];
    const { checks } = checkGrade(grade, accepts, options.strict);
    const distanceKm = Number(row.distance_m) / 1000;
    const maxHaulKm = Math.min(s.maxHaulKm, Number(row.max_haul_km));
    const score = matchScore({ checks, distanceKm, maxHaulKm, shareOfWant: quantity.shareOfWant });
    out.push({ row, distanceKm, quantity: { ...quantity, unit }, checks, score });
  }
  return out;
}

/**
 * What a subject and a counterpart can exchange, the counterpart's quantity put in the subject's
 * unit (by the counterpart material's density); null when it cannot be, for want of a density.
 */
export function quantityAgainst(
  s: MatchSubject,
  counterpart: { amount: number; unit: QuantityUnit; rate: MatchSubject['quantity']['rate'] },
  densityTPerM3: number | null,
): MatchedQuantity | null {
  const amount = inUnit(counterpart.amount, counterpart.unit, s.quantity.unit, densityTPerM3);
  if (amount === null) return null;
  const other = { amount, rate: counterpart.rate };
  const [offer, want] = s.kind === 'offer' ? [s.quantity, other] : [other, s.quantity];
  return matchedQuantity(offer, want);
}

/**
 * What the savings method is asked for one candidate, for its matched quantity a year (or the one
 * lot): the offer's route and gate fee, the want's virgin price, great-circle distance between
 * the two sites. Pure arithmetic over rows already fetched: no query per candidate.
 */
function estimateInputOf(s: MatchSubject, c: Candidate, materials: Map<string, Material>, today: string) {
  const offerIsSubject = s.kind === 'offer';
  const code = offerIsSubject ? s.materialCode : c.row.material_code;
  const material = materials.get(code) as Material;
  const overrides = {
    currentRoute: (offerIsSubject ? s.currentRoute : c.row.current_route) ?? undefined,
    gateFeeGbpPerTonne: (offerIsSubject ? s.gateFeeGbpPerTonne : c.row.gate_fee_gbp_per_tonne) ?? undefined,
    virginPriceGbpPerTonne: (offerIsSubject ? c.row.virgin_price_gbp_per_tonne : s.virginPriceGbpPerTonne) ?? undefined,
  };
  const quantity = {
    amount: c.quantity.amount,
    unit: c.quantity.unit,
    rate: c.quantity.basis === 'year' ? ('year' as const) : ('one-off' as const),
  };
  return { code, input: { material, quantity, greatCircleKm: c.distanceKm, date: today, overrides } };
}

/**
 * The totals that rank a candidate (by net GBP): the totals-only pass of the estimator, equal to
 * the full estimate's to the bit; `factors` is looked up once per request.
 */
export function savingsTotalsOf(
  s: MatchSubject,
  c: Candidate,
  materials: Map<string, Material>,
  set: FactorSet,
  today: string,
  factors: FactorValues,
): EstimateTotals {
  return estimateTotals(estimateInputOf(s, c, materials, today).input, set, factors);
}

/** The savings estimate of one candidate as a match shows it: only for the page returned. */
export function savingsOf(
  s: MatchSubject,
  c: Candidate,
  materials: Map<string, Material>,
  set: FactorSet,
  today: string,
) {
  const { code, input } = estimateInputOf(s, c, materials, today);
  const { quantity, overrides } = input;
  const estimate = estimateSavings(input, set);
  const perYear = c.quantity.basis === 'year';
  return {
    basis: c.quantity.basis,
    roadKm: estimate.roadKm ?? c.distanceKm,
    netGbp: estimate.totals.costSavedGbp,
    costSavedGbpPerYear: perYear ? estimate.totals.costSavedGbp : null,
    co2eAvoidedKgPerYear: perYear ? estimate.totals.co2eAvoidedKg : null,
    costSavedGbpPerLot: perYear ? null : estimate.totals.costSavedGbp,
    co2eAvoidedKgPerLot: perYear ? null : estimate.totals.co2eAvoidedKg,
    factorSet: set.id,
    assumptions: estimate.assumptions,
    // The body of POST /estimates that shows this estimate's lines and sources.
    estimateRequest: {
      material: code,
      quantity,
      distanceKm: estimate.roadKm ?? undefined,
      date: today,
      factorSet: set.id,
      overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    },
  };
}

export function toMatch(
  c: Candidate & { savings: ReturnType<typeof savingsOf> },
  facts: { organisation: { id: string; name: string } | null; ewcCode: string | null; hazardous: boolean },
): Match {
  const { organisation } = facts;
  const { row } = c;
  const exact: [number, number] = [Number(row.lon), Number(row.lat)];
  return {
    listing: {
      id: row.id,
      kind: row.kind,
      material: row.material_code,
      grade: row.grade,
      accepts: row.accepts as Match['listing']['accepts'],
      quantity: { amount: Number(row.quantity_amount), unit: row.quantity_unit, rate: row.quantity_rate },
      availableFrom: row.available_from,
      availableUntil: row.available_until,
      maxHaulKm: Number(row.max_haul_km),
      location: { type: 'Point', coordinates: organisation ? exact : generaliseLocation(exact) },
      locationPrecision: organisation ? 'exact' : 'approximate',
      organisation,
      ewcCode: facts.ewcCode,
      hazardous: facts.hazardous,
    },
    distanceKm: c.distanceKm,
    roadKm: c.savings.roadKm,
    quantityPerYear: c.quantity.basis === 'year' ? c.quantity.amount : null,
    quantityPerLot: c.quantity.basis === 'lot' ? c.quantity.amount : null,
    quantity: c.quantity,
    checks: c.checks as Match['checks'],
    score: c.score,
    savings: (({ netGbp: _net, roadKm: _road, ...rest }) => rest)(c.savings),
  };
}
