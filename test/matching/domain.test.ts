import t from 'tap';
import { checkGrade } from '../../src/matching/grade-checks.ts';
import { matchedQuantity, perYearFactor } from '../../src/matching/quantity.ts';

t.test('grade checks: pass, fail and unknown per property', async (t) => {
  const { checks, qualifies } = checkGrade(
    { grade: 'E3', cuPct: 0.25, snPct: 0.02 },
    { grade: { oneOf: ['E1', 'E3'] }, cuPct: { max: 0.3 }, snPct: { max: 0.01 }, crPct: { max: 0.1 } },
  );
  t.same(
    checks.map((c) => [c.property, c.result, c.offered]),
    [
      ['grade', 'pass', 'E3'],
      ['cuPct', 'pass', 0.25],
      ['snPct', 'fail', 0.02],
      ['crPct', 'unknown', null],
    ],
  );
  t.equal(qualifies, false, 'one failure is enough');
});

t.test('unknown qualifies unless strict', async (t) => {
  const accepts = { clayPct: { max: 10 }, afsGfn: { min: 45, max: 65 } };
  t.equal(checkGrade({ clayPct: 8 }, accepts).qualifies, true);
  t.equal(checkGrade({ clayPct: 8 }, accepts, true).qualifies, false);
  t.equal(checkGrade({ clayPct: 8, afsGfn: 55 }, accepts, true).qualifies, true);
});

t.test('bounds are inclusive and need a number', async (t) => {
  const accepts = { ph: { min: 6, max: 9 } };
  for (const [ph, expected] of [
    [6, 'pass'],
    [9, 'pass'],
    [5.99, 'fail'],
    [9.01, 'fail'],
    ['7', 'fail'],
  ] as const) {
    t.equal(checkGrade({ ph }, accepts).checks[0]?.result, expected, `ph ${ph}`);
  }
});

t.test('no constraints: nothing to check, qualifies', async (t) => {
  t.same(checkGrade({ clayPct: 3 }, {}), { checks: [], qualifies: true });
});

t.test('rates per year', async (t) => {
  t.equal(perYearFactor('one-off'), null);
  t.equal(perYearFactor('week'), 365.25 / 7);
  t.equal(perYearFactor('month'), 12);
  t.equal(perYearFactor('year'), 1);
});

t.test('matched quantity is the smaller side on a common basis', async (t) => {
  // 20 t/week = 1043.57 t/yr against 500 t/yr: the want is the limit.
  const flows = matchedQuantity({ amount: 20, rate: 'week' }, { amount: 500, rate: 'year' });
  t.equal(flows.basis, 'year');
  t.equal(flows.amount, 500);
  t.equal(flows.shareOfWant, 1);
  // 100 t/month = 1200 t/yr offered against 3000 t/yr wanted: 40 % of the want.
  const partial = matchedQuantity({ amount: 100, rate: 'month' }, { amount: 3000, rate: 'year' });
  t.equal(partial.amount, 1200);
  t.equal(partial.shareOfWant, 0.4);
  // A one-off lot of 80 t against 10 t/month (120 t/yr): one lot of 80 t.
  const lot = matchedQuantity({ amount: 80, rate: 'one-off' }, { amount: 10, rate: 'month' });
  t.same(lot, { basis: 'lot', amount: 80, shareOfWant: 80 / 120 });
  const lots = matchedQuantity({ amount: 80, rate: 'one-off' }, { amount: 50, rate: 'one-off' });
  t.same(lots, { basis: 'lot', amount: 50, shareOfWant: 1 });
});

t.test('score: grade fit, nearness and coverage', async (t) => {
  const { matchScore } = await import('../../src/matching/score.ts');
  const pass = { property: 'x', result: 'pass' as const, offered: 1, constraint: {} };
  const unknown = { ...pass, result: 'unknown' as const, offered: null };
  // all pass, at the door, full coverage
  t.equal(matchScore({ checks: [pass], distanceKm: 0, maxHaulKm: 50, shareOfWant: 1 }), 1);
  // half the grade credit for an unknown: 0.5*0.75 + 0.3*(1-25/50) + 0.2*0.5 = 0.375+0.15+0.1
  t.equal(matchScore({ checks: [pass, unknown], distanceKm: 25, maxHaulKm: 50, shareOfWant: 0.5 }), 0.625);
  // no constraints count as a full grade fit
  t.equal(matchScore({ checks: [], distanceKm: 50, maxHaulKm: 50, shareOfWant: 0 }), 0.5);
});

t.test('generalised locations: the centre of a ~1 km cell, the same for every point in it', async (t) => {
  const { generaliseLocation } = await import('../../src/listings/location.ts');
  const [lon, lat] = generaliseLocation([-2.0662, 52.5294]);
  t.equal(lat, 52.525, 'latitude cell 52.52–52.53');
  t.equal(lon, -2.0625, 'longitude cell −2.07 to −2.055');
  t.same(generaliseLocation([-2.0601, 52.5201]), [lon, lat], 'a neighbour in the same cell shows the same point');
  // never more than half a cell from the truth: ≤ 0.0075° lon and 0.005° lat
  t.ok(Math.abs(lon - -2.0662) <= 0.0075 && Math.abs(lat - 52.5294) <= 0.005);
});

t.test('ranking: savings first, then score, distance and id', async (t) => {
  const { rankCandidates } = await import('../../src/matching/score.ts');
  const items = [
    { id: 'b', score: 0.9, distanceKm: 5, net: 100 },
    { id: 'a', score: 0.5, distanceKm: 9, net: 300 },
    { id: 'd', score: 0.9, distanceKm: 5, net: 100 },
    { id: 'c', score: 0.9, distanceKm: 2, net: 100 },
  ];
  t.same(
    rankCandidates(items, (i) => i.net).map((i) => i.id),
    ['a', 'c', 'b', 'd'],
  );
  t.same(
    rankCandidates(items).map((i) => i.id),
    ['c', 'b', 'd', 'a'],
    'without savings: score, then distance, then id',
  );
});
