// Looking figures up in a factor set: the one in force on a date, its citation, and the notes a
// reader needs when the figure is out of its period or of low confidence.
import type { Confidence, Factor, FactorSet } from '../reference/types.ts';
import { taxYear } from './tax-year.ts';
import { EstimateInputError } from './types.ts';

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

/** A factor and what the estimate must say about it. */
export interface LookedUp {
  factor: Factor;
  notes: string[];
}

/**
 * The factor of `key` in force on `date`. Past the last published period the latest applies,
 * before the first the earliest; either way the note says so.
 */
export function factorOn(set: FactorSet, key: string, date: string): LookedUp {
  const all = factorsOf(set, key);
  if (!all.length) throw new EstimateInputError('factorSet', `factor set ${set.id} has no factor ${key}`);
  const inForce = all.find((f) => (!f.validFrom || f.validFrom <= date) && (!f.validTo || date <= f.validTo));
  if (inForce) return { factor: inForce, notes: [] };
  const sorted = [...all].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  const latest = sorted[sorted.length - 1] as Factor;
  const earliest = sorted[0] as Factor;
  if (latest.validTo && date > latest.validTo)
    return {
      factor: latest,
      notes: [`${latest.label}: no rate is published for ${taxYear(date)}; the latest (${latest.value} ${latest.unit}) is used.`],
    };
  return { factor: earliest, notes: [`${earliest.label}: ${date} is before the first period in this set; its earliest rate is used.`] };
}

const LOW_CONFIDENCE = new Set<Confidence>(['S', 'D', 'R']);
const CONFIDENCE_ORDER: Confidence[] = ['V2', 'V', 'S', 'D', 'R'];

/** The less certain of two confidences: a figure derived from two is no surer than the weaker. */
export const weaker = (a: Confidence, b: Confidence): Confidence =>
  CONFIDENCE_ORDER.indexOf(a) > CONFIDENCE_ORDER.indexOf(b) ? a : b;

/** Looks factors up by key on one date, as every step of an estimate does. */
export type FactorLookup = (key: string) => LookedUp;

/** The lookup for `set` on `date`; a figure of low confidence comes with a note that says so. */
export function factorsOn(set: FactorSet, date: string): FactorLookup {
  return (key) => {
    const found = factorOn(set, key, date);
    const f = found.factor;
    if (LOW_CONFIDENCE.has(f.confidence))
      found.notes.push(`${f.label} (${f.value} ${f.unit}) is of low confidence (${f.confidence}): ${cite(f)}.`);
    return found;
  };
}
