import t from 'tap';
import { opportunityRequestSchema } from '../../schemas/opportunity.ts';
import { couldPairWith, gatherPairs, type Party, subjectOf, tonnesPerYear } from '../../src/opportunities/pairs.ts';
import { prepare } from '../../src/opportunities/service.ts';
import { loadSynthetic } from '../../scripts/synthetic/load.ts';
import { buildTestApp } from '../helper.ts';

const { db } = await buildTestApp(t);

t.test('set-based walks find exactly the pairs of one findCandidates walk per listing', async (t) => {
  await loadSynthetic(db, 400, 3, 200);
  const defaults = { factorSet: 'uk-2025', today: '2026-12-02', minShare: 0.05, parallelWalks: 2 };
  const parties = async (k: number) => {
    const p = await prepare(db, opportunityRequestSchema.parse({ bbox: [-8.5, 49.8, 2, 61], k }), defaults);
    const out: Party[] = [];
    for (const row of p.listings) {
      const subject = subjectOf(row);
      const tonnes = tonnesPerYear(subject, p.materials.get(subject.materialCode));
      if (tonnes) out.push({ id: row.id, subject, tonnes, row });
    }
    const walkFrom = out.flatMap((x, i) => (x.subject.kind === 'offer' || couldPairWith(x.subject, p.offerMaterials, p.catalogue) ? [i] : []));
    return { p, out, walkFrom };
  };
  // A small k, so that the nearest-first cap decides which pairs there are.
  for (const k of [3, 20]) {
    const { p, out, walkFrom } = await parties(k);
    const gather = (ps: Party[]) =>
      gatherPairs(db, {
        parties: ps,
        walkFrom,
        offerInScope: (x) => x.subject.kind === 'offer',
        options: { strict: false, minShareOfWant: 0.05, cap: k, exactPositions: true },
        materials: p.materials,
        pricing: { set: p.pricingSet, date: p.date },
        parallel: 2,
      });
    const keyed = (g: Awaited<ReturnType<typeof gather>>) =>
      g.instance.pairs.map((x) => `${g.offers[x.offer]?.id}>${g.wants[x.want]?.id}@${x.distanceKm.toFixed(6)}`).sort();
    const setBased = keyed(await gather(out));
    // Parties without a stored row are walked one by one by findCandidates, as what-if listings are.
    const perListing = keyed(await gather(out.map(({ row: _row, ...rest }) => rest)));
    t.ok(perListing.length > 50, `k=${k}: ${perListing.length} pairs to compare`);
    // Listings on one site are equally near: which of them a walk's cap keeps is the index's
    // choice, in matching too. Any pair only one side has must be such a tie.
    const only = [...new Set([...setBased, ...perListing])].filter((x) => setBased.includes(x) !== perListing.includes(x));
    const tie = (x: string) => {
      const [ends, at] = x.split('@') as [string, string];
      const [offer, want] = ends.split('>');
      return [...setBased, ...perListing].some((y) => y !== x && y.endsWith(`@${at}`) && (y.startsWith(`${offer}>`) || y.includes(`>${want}@`)));
    };
    t.ok(only.every(tie), `k=${k}: the same pairs at the same distances, ties at the cap aside (${only.length} differ)`);
    t.ok(only.length <= perListing.length / 100, `k=${k}: ties are rare`);
  }
});
