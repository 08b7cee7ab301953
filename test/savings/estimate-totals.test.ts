// The totals-only pass that ranks match candidates must give the full estimate's totals to the
// bit (Object.is), or a page could change order: over every branch of the method (the pinned
// cases), and over every candidate of a small market found by the real query on this engine.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { factorSetSchema } from '../../schemas/factor-set.ts';
import { assessCandidates, savingsOf, savingsTotalsOf } from '../../src/matching/assessment.ts';
import { findCandidates } from '../../src/matching/candidates.ts';
import { listingSubject } from '../../src/matching/subject.ts';
import { configuredFactorSet } from '../../src/reference/factor-sets.ts';
import { listMaterials } from '../../src/reference/materials.ts';
import { estimateSavings } from '../../src/savings/estimate.ts';
import { estimateTotals, factorValuesOn } from '../../src/savings/estimate-totals.ts';
import { insertListing, insertOrganisation, type Place } from '../fixtures.ts';
import { buildTestApp } from '../helper.ts';
import { PIN_CASES } from './estimate-pins.cases.ts';

const set = factorSetSchema.parse(
  JSON.parse(readFileSync(new URL('../../db/seed/factor-sets/uk-2025.json', import.meta.url), 'utf8')),
);

function outcome<T>(run: () => T): T | { error: string } {
  try {
    return run();
  } catch (e) {
    return { error: `${(e as Error).name} ${(e as { path?: string }).path}: ${(e as Error).message}` };
  }
}

t.test('every branch of the method: the same totals, or the same error', async (t) => {
  for (const [name, input] of PIN_CASES) {
    const full = outcome(() => estimateSavings(input, set));
    const lean = outcome(() => estimateTotals(input, set));
    if ('error' in full) {
      t.same(lean, full, name);
      continue;
    }
    if ('error' in lean) {
      t.fail(`${name}: ${lean.error}`);
      continue;
    }
    t.ok(Object.is(lean.costSavedGbp, full.totals.costSavedGbp), `${name}: cost ${lean.costSavedGbp} = ${full.totals.costSavedGbp}`);
    t.ok(Object.is(lean.co2eAvoidedKg, full.totals.co2eAvoidedKg), `${name}: carbon ${lean.co2eAvoidedKg} = ${full.totals.co2eAvoidedKg}`);
    t.equal(lean.roadKm, full.roadKm, `${name}: road distance`);
  }
});

t.test('every candidate of a small market: lean totals = the full estimate’s', async (t) => {
  const { db } = await buildTestApp(t);
  const places: Place[] = ['tipton', 'wolverhampton', 'birmingham', 'sheffield'];
  const firms = await Promise.all(places.map((p) => insertOrganisation(db, `Lean ${p}`)));
  const subjects: string[] = [];
  // Offers and wants of sand and steel at every place, with and without the figures that
  // change the estimate's branches: route, gate fee, virgin price, one-off and per-year rates.
  for (const [i, place] of places.entries()) {
    const org = firms[i] as string;
    subjects.push(
      await insertListing(db, org, place, { kind: 'offer', materialCode: 'foundry-sand', maxHaulKm: 200, grade: { afsGfn: 55 } }),
      await insertListing(db, org, place, { kind: 'want', materialCode: 'steel-scrap', maxHaulKm: 200, quantityRate: 'one-off' }),
    );
    await insertListing(db, org, place, {
      kind: 'want', materialCode: 'foundry-sand', maxHaulKm: 150, quantityAmount: 40 + i * 7, virginPriceGbpPerTonne: 12.5 + i,
    });
    await insertListing(db, org, place, {
      kind: 'offer', materialCode: 'steel-scrap', maxHaulKm: 150, quantityRate: 'year', quantityAmount: 900 + i,
      currentRoute: i % 2 ? 'recycling' : 'landfill', gateFeeGbpPerTonne: i % 2 ? null : 31 + i,
    });
  }
  const materials = new Map((await listMaterials(db)).map((m) => [m.code, m]));
  const factorSet = await configuredFactorSet(db, 'uk-2025');
  const today = '2026-06-01';
  const factors = factorValuesOn(factorSet, today);
  let compared = 0;
  for (const id of subjects) {
    const subject = await listingSubject(db, id);
    if (!subject) throw new Error('no subject');
    const options = { strict: false, minShareOfWant: 0, cap: 200, exactPositions: false };
    for (const c of assessCandidates(subject, await findCandidates(db, subject, options), options)) {
      const lean = savingsTotalsOf(subject, c, materials, factorSet, today, factors);
      const full = savingsOf(subject, c, materials, factorSet, today);
      const carbon = full.co2eAvoidedKgPerYear ?? full.co2eAvoidedKgPerLot;
      if (!Object.is(lean.costSavedGbp, full.netGbp) || !Object.is(lean.co2eAvoidedKg, carbon) || lean.roadKm !== full.roadKm)
        t.fail(`${id} × ${c.row.id}: ${JSON.stringify(lean)} ≠ ${JSON.stringify(full)}`);
      compared++;
    }
  }
  t.ok(compared >= 20, `${compared} candidates compared, all equal`);
});
