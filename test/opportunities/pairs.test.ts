import t from 'tap';
import { opportunityRequestSchema } from '../../schemas/opportunity.ts';
import { assessCandidates } from '../../src/matching/assessment.ts';
import { findCandidates } from '../../src/matching/candidates.ts';
import { couldPairWith, gatherPairs, type Party, subjectOf, tonnesPerYear } from '../../src/opportunities/pairs.ts';
import { prepare } from '../../src/opportunities/service.ts';
import { loadSynthetic } from '../../scripts/synthetic/load.ts';
import { buildTestApp } from '../helper.ts';

const { db } = await buildTestApp(t);

t.test('the walks find each listing\'s k nearest qualifying counterparts, by matching\'s SQL rules', async (t) => {
  await loadSynthetic(db, 400, 3, 200);
  const defaults = { factorSet: 'uk-2025', today: '2026-12-02', minShare: 0.05 };
  const p = await prepare(db, opportunityRequestSchema.parse({ bbox: [-8.5, 49.8, 2, 61] }), defaults);
  const parties: Party[] = [];
  for (const row of p.listings) {
    const subject = subjectOf(row);
    const tonnes = tonnesPerYear(subject, p.materials.get(subject.materialCode));
    if (tonnes) parties.push({ id: row.id, subject, tonnes, row });
  }
  const walkFrom = parties.flatMap((x, i) => (x.subject.kind === 'offer' || couldPairWith(x.subject, p.offerMaterials, p.catalogue) ? [i] : []));
  const ids = new Set(parties.map((x) => x.id));
  // Every qualifying counterpart of each walked listing, by matching's own query (with a cap
  // no listing here reaches), exact distances from PostGIS.
  const all = new Map<number, Awaited<ReturnType<typeof findCandidates>>>();
  for (const i of walkFrom) {
    const rows = await findCandidates(db, (parties[i] as Party).subject, { strict: false, minShareOfWant: 0, cap: 500, exactPositions: true });
    t.ok(rows.length < 500, 'the cap does not bind');
    all.set(i, rows);
  }
  // A small k, so that the cap decides which pairs there are.
  for (const k of [3, 20]) {
    const options = { strict: false, minShareOfWant: 0.05, cap: k, exactPositions: true };
    const expected = new Map<string, number>();
    for (const i of walkFrom) {
      const s = (parties[i] as Party).subject;
      // findCandidates orders by exact distance, then id: its first k are the k nearest.
      for (const c of assessCandidates(s, (all.get(i) ?? []).slice(0, k), options)) {
        if (!ids.has(c.row.id)) continue;
        const [offer, want] = s.kind === 'offer' ? [(parties[i] as Party).id, c.row.id] : [c.row.id, (parties[i] as Party).id];
        expected.set(`${offer}>${want}`, c.distanceKm);
      }
    }
    const g = await gatherPairs({
      parties,
      walkFrom,
      offerInScope: (x) => x.subject.kind === 'offer',
      options,
      materials: p.materials,
      pricing: { set: p.pricingSet, date: p.date },
    });
    const got = new Map(g.instance.pairs.map((x) => [`${g.offers[x.offer]?.id}>${g.wants[x.want]?.id}`, x.distanceKm]));
    t.ok(expected.size > 50, `k=${k}: ${expected.size} pairs to compare`);
    t.same([...got.keys()].sort(), [...expected.keys()].sort(), `k=${k}: the same pairs`);
    const worst = Math.max(...[...got].map(([key, d]) => Math.abs(d - (expected.get(key) ?? Number.NaN))));
    t.ok(worst < 1e-9, `k=${k}: the same distances as PostGIS to a micrometre (worst ${worst} km)`);
  }
});
