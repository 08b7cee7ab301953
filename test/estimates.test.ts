import { readFileSync } from 'node:fs';
import t from 'tap';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app } = await buildTestApp(t);
const seedSet = JSON.parse(readFileSync(new URL('../db/seed/factor-sets/uk-2025.json', import.meta.url), 'utf8'));

t.test('POST /estimates: lines with sources, totals, per year, and the distance from two points', async (t) => {
  const firm = await createOrganisation(app);
  const res = await app.inject({
    method: 'POST',
    url: '/estimates',
    headers: bearer(firm.apiKey),
    payload: {
      material: 'foundry-sand',
      quantity: { amount: 100, unit: 't', rate: 'month' },
      from: { type: 'Point', coordinates: [-2.0662, 52.5294] },
      to: { type: 'Point', coordinates: [-1.8904, 52.4862] },
      date: '2025-06-01',
      overrides: { virginPriceGbpPerTonne: 20 },
    },
  });
  t.equal(res.statusCode, 200);
  const e = res.json();
  t.equal(e.factorSet.id, 'uk-2025');
  t.equal(e.taxYear, '2025-26');
  t.ok(e.greatCircleKm > 12 && e.greatCircleKm < 13, `Tipton–Birmingham ≈ 12.7 km: ${e.greatCircleKm}`);
  t.ok(Math.abs(e.roadKm - e.greatCircleKm * 1.4) < 1e-9);
  const keys = e.lines.map((l: { key: string }) => l.key);
  t.same(keys, [
    'landfill-tax-lower',
    'gate-fee-landfill',
    'virgin-purchase',
    'haulage-cost',
    'freight-hgv',
    'landfill-aggregates',
    'primary-production',
  ]);
  for (const l of e.lines) {
    t.ok(Math.abs(l.value - l.quantity * l.factor) < 1e-9, `${l.key}: quantity × factor = value`);
    t.ok(l.source, `${l.key} has a source`);
  }
  const sum = e.lines.filter((l: { kind: string }) => l.kind === 'cost').reduce((s: number, l: { value: number }) => s + l.value, 0);
  t.ok(Math.abs(e.totals.costSavedGbp - sum) < 1e-9, 'totals are the sums of the lines');
  t.ok(Math.abs(e.perYear.costSavedGbp - e.totals.costSavedGbp * 12) < 1e-6, 'a month × 12');
});

t.test('distanceKm is the road distance and wins; bad input names its field', async (t) => {
  const firm = await createOrganisation(app);
  const post = (payload: object) => app.inject({ method: 'POST', url: '/estimates', headers: bearer(firm.apiKey), payload });
  const road = (
    await post({
      material: 'steel-scrap',
      quantity: { amount: 10, unit: 't' },
      distanceKm: 50,
      from: { type: 'Point', coordinates: [0, 0] },
      to: { type: 'Point', coordinates: [1, 1] },
      date: '2025-06-01',
    })
  ).json();
  t.equal(road.roadKm, 50);
  t.equal(road.greatCircleKm, null);
  t.match((await post({ material: 'soil', quantity: { amount: 1, unit: 'm3' } })).json(), {
    status: 400,
    errors: [{ path: 'quantity.unit' }],
  });
  t.match((await post({ material: 'nope', quantity: { amount: 1, unit: 't' } })).json(), { errors: [{ path: 'material' }] });
  t.match((await post({ material: 'soil', quantity: { amount: 1, unit: 't' }, factorSet: 'uk-1999' })).json(), {
    errors: [{ path: 'factorSet' }],
  });
  t.match(
    (
      await post({
        material: 'soil',
        quantity: { amount: 1, unit: 't' },
        from: { siteId: '00000000-0000-4000-8000-000000000000' },
        to: { type: 'Point', coordinates: [1, 1] },
      })
    ).json(),
    { errors: [{ path: 'from.siteId' }] },
  );
  t.match((await post({ material: 'soil', quantity: { amount: 1, unit: 't' }, from: { type: 'Point', coordinates: [1, 1] } })).json(), {
    errors: [{ path: 'to' }],
  });
  const noDate = (await post({ material: 'soil', quantity: { amount: 1, unit: 't' } })).json();
  t.equal(noDate.date, new Date().toISOString().slice(0, 10), 'today by default');
});

t.test('factor sets: listed, read in full, added by an admin, immutable', async (t) => {
  const firm = await createOrganisation(app);
  const list = (await app.inject({ method: 'GET', url: '/factor-sets', headers: bearer(firm.apiKey) })).json();
  t.equal(list.default, 'uk-2025');
  t.ok(list.items.some((s: { id: string }) => s.id === 'uk-2025'));
  const full = (await app.inject({ method: 'GET', url: '/factor-sets/uk-2025', headers: bearer(firm.apiKey) })).json();
  t.equal(full.factors.length, seedSet.factors.length);
  const next = {
    ...seedSet,
    id: 'uk-2026-test',
    name: 'Test set with a higher gate fee',
    factors: seedSet.factors.map((f: { key: string; value: number }) =>
      f.key === 'gate-fee-landfill' ? { ...f, value: 30 } : f,
    ),
  };
  const created = await app.inject({ method: 'POST', url: '/factor-sets', headers: bearer(ADMIN_KEY), payload: next });
  t.equal(created.statusCode, 201);
  const again = await app.inject({ method: 'POST', url: '/factor-sets', headers: bearer(ADMIN_KEY), payload: next });
  t.equal(again.statusCode, 409, 'a stored set is never overwritten');
  const withNew = await app.inject({
    method: 'POST',
    url: '/estimates',
    headers: bearer(firm.apiKey),
    payload: { material: 'soil', quantity: { amount: 1, unit: 't' }, factorSet: 'uk-2026-test', date: '2025-06-01' },
  });
  t.equal(withNew.json().lines.find((l: { key: string }) => l.key === 'gate-fee-landfill').value, 30);
  const gateFeeNote = withNew.json().assumptions.find((a: string) => a.startsWith('Gate fee:'));
  t.match(gateFeeNote, /\(30 GBP\/t\): WRAP, UK Gate Fees Report/, 'the note gives the set’s fee and source');
  t.notMatch(gateFeeNote, /26/, 'not the seed’s £26');
  const broken = { ...next, id: 'broken', materials: { soil: { ...next.materials.soil, landfillKey: 'missing' } } };
  const bad = await app.inject({ method: 'POST', url: '/factor-sets', headers: bearer(ADMIN_KEY), payload: broken });
  t.equal(bad.statusCode, 400);
  t.match(bad.json().errors, [{ path: 'materials.soil.landfillKey' }]);
});
