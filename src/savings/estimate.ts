// The savings method of docs/savings-method.md as one pure function: inputs and a factor set in,
// lines (quantity × factor = value, each with its source) and totals out. Nothing is clamped.
import type { Factor, FactorSet } from '../reference/types.ts';
import { perYearFactor, type Rate } from '../matching/quantity.ts';
import { taxYear } from './tax-year.ts';

export type Route = 'landfill' | 'recycling' | 'other';

export interface EstimateInput {
  material: { code: string; unit: 't' | 'm3'; densityTPerM3: number | null };
  quantity: { amount: number; unit: 't' | 'm3'; rate?: Rate | undefined };
  /** Road distance; wins over greatCircleKm. */
  roadKm?: number | null | undefined;
  greatCircleKm?: number | null | undefined;
  /** YYYY-MM-DD; the caller supplies today when none is given. */
  date: string;
  currentRoute?: Route | undefined;
  /** Water moves by pipe unless it goes by road. */
  transport?: 'pipe' | 'road' | undefined;
  overrides?: {
    gateFeeGbpPerTonne?: number | undefined;
    virginPriceGbpPerTonne?: number | undefined;
    haulageGbpPerTonneKm?: number | undefined;
    currentRoute?: Route | undefined;
    waterPriceGbpPerM3?: number | undefined;
    tradeEffluentGbpPerM3?: number | undefined;
  };
}

export interface EstimateLine {
  key: string;
  label: string;
  kind: 'cost' | 'carbon';
  quantity: number;
  quantityUnit: string;
  factor: number;
  factorUnit: string;
  value: number;
  unit: 'GBP' | 'kg CO2e';
  source: string;
  confidence: Factor['confidence'] | 'user';
}

export interface Totals {
  tonnes: number;
  cubicMetres?: number;
  costSavedGbp: number;
  co2eAvoidedKg: number;
}

export interface Estimate {
  lines: EstimateLine[];
  totals: Totals;
  perYear?: Totals;
  roadKm: number | null;
  taxYear: string;
  factorSet: { id: string; name: string };
  assumptions: string[];
}

/** Bad input the method cannot work with; `path` names the field. */
export class EstimateInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'EstimateInputError';
  }
}

// A match request estimates every candidate (up to 200) to rank them: the per-set index of
// factors by key and each factor's citation are worked out once, not per line.
const citations = new WeakMap<Factor, string>();

export function cite(f: Factor): string {
  let citation = citations.get(f);
  if (citation === undefined) {
    const s = f.source;
    citation = [s.publisher, s.title, s.table, String(s.year)].filter(Boolean).join(', ');
    citations.set(f, citation);
  }
  return citation;
}

const factorsByKey = new WeakMap<FactorSet, Map<string, Factor[]>>();

function factorsOf(set: FactorSet, key: string): Factor[] {
  let index = factorsByKey.get(set);
  if (!index) {
    index = new Map();
    for (const f of set.factors) index.set(f.key, [...(index.get(f.key) ?? []), f]);
    factorsByKey.set(set, index);
  }
  return index.get(key) ?? [];
}

/**
 * The factor of `key` in force on `date`. Past the last published period the latest applies,
 * before the first the earliest; either way `note` says so.
 */
export function factorOn(set: FactorSet, key: string, date: string, note: (text: string) => void): Factor {
  const all = factorsOf(set, key);
  if (!all.length) throw new EstimateInputError('factorSet', `factor set ${set.id} has no factor ${key}`);
  const inForce = all.find((f) => (!f.validFrom || f.validFrom <= date) && (!f.validTo || date <= f.validTo));
  if (inForce) return inForce;
  const sorted = [...all].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  const latest = sorted[sorted.length - 1] as Factor;
  const earliest = sorted[0] as Factor;
  if (latest.validTo && date > latest.validTo) {
    note(`${latest.label}: no rate is published for ${taxYear(date)}; the latest (${latest.value} ${latest.unit}) is used.`);
    return latest;
  }
  note(`${earliest.label}: ${date} is before the first period in this set; its earliest rate is used.`);
  return earliest;
}

const LOW_CONFIDENCE = new Set(['S', 'D', 'R']);
const CONFIDENCE_ORDER: Factor['confidence'][] = ['V2', 'V', 'S', 'D', 'R'];
const weaker = (a: Factor['confidence'], b: Factor['confidence']) =>
  CONFIDENCE_ORDER.indexOf(a) > CONFIDENCE_ORDER.indexOf(b) ? a : b;

export function estimateSavings(input: EstimateInput, set: FactorSet): Estimate {
  const assumptions: string[] = [];
  const note = (text: string) => {
    if (!assumptions.includes(text)) assumptions.push(text);
  };
  const mapping = set.materials[input.material.code];
  if (!mapping) throw new EstimateInputError('material', `factor set ${set.id} has no figures for ${input.material.code}`);
  const { date } = input;
  const factor = (key: string) => {
    const f = factorOn(set, key, date, note);
    if (LOW_CONFIDENCE.has(f.confidence))
      note(`${f.label} (${f.value} ${f.unit}) is of low confidence (${f.confidence}): ${cite(f)}.`);
    return f;
  };

  // Mass for mass factors; volume for water's per-m³ factors.
  const { amount, unit } = input.quantity;
  const density = input.material.densityTPerM3;
  let tonnes: number;
  if (unit === 't') tonnes = amount;
  else if (density) tonnes = amount * density;
  else throw new EstimateInputError('quantity.unit', `${input.material.code} is measured in t; m3 has no density to convert it`);
  const water = mapping.kind === 'water';
  const cubicMetres = water ? (unit === 'm3' ? amount : amount / (density ?? 1)) : undefined;

  const lines: EstimateLine[] = [];
  // Completes the literal it is given rather than spreading it into a new one: this runs ~7
  // times per estimate, and the spread was a third of an estimate's time.
  const line = (l: Omit<EstimateLine, 'value'>) => {
    const complete = l as EstimateLine;
    complete.value = l.quantity * l.factor;
    lines.push(complete);
  };
  const fromFactor = (f: Factor, kind: EstimateLine['kind'], quantity: number, quantityUnit: string, sign = 1, label = f.label) =>
    line({
      key: f.key,
      label,
      kind,
      quantity,
      quantityUnit,
      factor: sign * f.value,
      factorUnit: f.unit,
      unit: kind === 'cost' ? 'GBP' : 'kg CO2e',
      source: cite(f),
      confidence: f.confidence,
    });
  const userLine = (key: string, label: string, quantity: number, quantityUnit: string, value: number, factorUnit: string, sign = 1) =>
    line({
      key,
      label,
      kind: 'cost',
      quantity,
      quantityUnit,
      factor: sign * value,
      factorUnit,
      unit: 'GBP',
      source: 'given by the user',
      confidence: 'user',
    });

  // Road distance: as given, else great-circle × circuity.
  let roadKm: number | null = null;
  if (input.roadKm !== undefined && input.roadKm !== null) roadKm = input.roadKm;
  else if (input.greatCircleKm !== undefined && input.greatCircleKm !== null) {
    const circuity = factor('circuity');
    roadKm = input.greatCircleKm * circuity.value;
    note(`Road distance ${roadKm.toFixed(1)} km = great-circle ${input.greatCircleKm.toFixed(1)} km × circuity ${circuity.value}.`);
  }
  const byRoad = !water || input.transport === 'road';
  const haul = (massT: number) => {
    if (roadKm === null) {
      note('No distance given: haulage cost and haul emissions are left out.');
      return;
    }
    const tkm = massT * roadKm;
    const rate = input.overrides?.haulageGbpPerTonneKm;
    if (rate !== undefined) userLine('haulage-cost', 'Haulage (your rate)', tkm, 't.km', rate, 'GBP/t.km', -1);
    else {
      fromFactor(factor('haulage-cost'), 'cost', tkm, 't.km', -1, 'Haulage');
      note('Haulage cost uses the default rate; give haulageGbpPerTonneKm for a quoted one.');
    }
    fromFactor(factor('freight-hgv'), 'carbon', tkm, 't.km', -1, 'Haul emissions (HGV, average laden)');
  };

  if (mapping.kind === 'water') {
    const m3 = cubicMetres as number;
    fromFactor(factor(mapping.supplyKey), 'carbon', m3, 'm3', 1, 'Avoided mains water supply');
    fromFactor(factor(mapping.treatmentKey), 'carbon', m3, 'm3', 1, 'Avoided wastewater treatment');
    const price = input.overrides?.waterPriceGbpPerM3;
    const effluent = input.overrides?.tradeEffluentGbpPerM3;
    if (price !== undefined) userLine('water-price', 'Avoided mains water purchase', m3, 'm3', price, 'GBP/m3');
    else note('No mains water price given (no cited default for Severn Trent): no cost line for avoided water purchase.');
    if (effluent !== undefined) userLine('trade-effluent', 'Avoided trade-effluent charge', m3, 'm3', effluent, 'GBP/m3');
    else note('No trade-effluent charge given (no cited default): no cost line for avoided discharge.');
    if (byRoad) {
      note('Water by road: 1 m3 is taken as 1 t for haulage.');
      haul(m3);
    } else note('Water moves by pipe: no haulage lines (give transport: road otherwise).');
  } else {
    const route = input.overrides?.currentRoute ?? input.currentRoute ?? 'landfill';
    if (!input.overrides?.currentRoute && !input.currentRoute) note('Current route not given: landfill assumed.');
    if (route === 'landfill') {
      const tax = factor(`landfill-tax-${mapping.taxBand}`);
      fromFactor(tax, 'cost', tonnes, 't', 1, `Avoided landfill tax (${mapping.taxBand} rate, ${taxYear(date)})`);
      const gateFee = input.overrides?.gateFeeGbpPerTonne;
      if (gateFee !== undefined) userLine('gate-fee', 'Avoided gate fee (your fee)', tonnes, 't', gateFee, 'GBP/t');
      else {
        fromFactor(factor('gate-fee-landfill'), 'cost', tonnes, 't', 1, 'Avoided gate fee');
        note('Gate fee: the UK median for non-hazardous landfill (£26/t, WRAP 2024-25) is used; give gateFeeGbpPerTonne for yours.');
      }
    } else note(`Current route is ${route}, not landfill: no avoided landfill tax, gate fee or landfill emissions.`);
    const virgin = input.overrides?.virginPriceGbpPerTonne;
    if (virgin !== undefined) userLine('virgin-purchase', 'Avoided virgin feedstock purchase', tonnes, 't', virgin, 'GBP/t');
    else note('No virgin material price given (no cited default): no line for avoided feedstock purchase.');
    haul(tonnes);
    if (route === 'landfill') fromFactor(factor(mapping.landfillKey), 'carbon', tonnes, 't', 1, 'Avoided landfill emissions');
    if (mapping.primaryKey && mapping.secondaryKey) {
      const primary = factor(mapping.primaryKey);
      const secondary = factor(mapping.secondaryKey);
      line({
        key: 'primary-production',
        label: `Avoided primary production (${primary.label} − ${secondary.label})`,
        kind: 'carbon',
        quantity: tonnes,
        quantityUnit: 't',
        factor: primary.value - secondary.value,
        factorUnit: primary.unit,
        unit: 'kg CO2e',
        source: `${cite(primary)}; minus ${cite(secondary)}`,
        confidence: weaker(primary.confidence, secondary.confidence),
      });
    } else note(`No primary-production factor for ${input.material.code}: no line for avoided production.`);
    if (mapping.note) note(mapping.note);
  }

  const sum = (kind: EstimateLine['kind']) => lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.value, 0);
  const totals: Totals = {
    tonnes,
    ...(cubicMetres !== undefined ? { cubicMetres } : {}),
    costSavedGbp: sum('cost'),
    co2eAvoidedKg: sum('carbon'),
  };
  if (totals.costSavedGbp < 0) note('The cost total is negative: at this distance haulage costs more than is saved.');
  if (totals.co2eAvoidedKg < 0) note('The carbon total is negative: at this distance haul emissions exceed what is avoided.');
  const perYearMultiplier = input.quantity.rate ? perYearFactor(input.quantity.rate) : null;
  return {
    lines,
    totals,
    ...(perYearMultiplier !== null
      ? {
          perYear: {
            tonnes: tonnes * perYearMultiplier,
            ...(cubicMetres !== undefined ? { cubicMetres: cubicMetres * perYearMultiplier } : {}),
            costSavedGbp: totals.costSavedGbp * perYearMultiplier,
            co2eAvoidedKg: totals.co2eAvoidedKg * perYearMultiplier,
          },
        }
      : {}),
    roadKm,
    taxYear: taxYear(date),
    factorSet: { id: set.id, name: set.name },
    assumptions,
  };
}
