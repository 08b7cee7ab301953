import t from 'tap';
import { materialCatalogueSchema } from '../schemas/material.ts';
import { readCatalogueSeed } from '../src/reference/materials.ts';
import { buildTestApp } from './helper.ts';

const { app } = await buildTestApp(t);

const CODES = [
  'aluminium-scrap',
  'copper-scrap',
  'foundry-sand',
  'glass-cullet',
  'plastics',
  'process-water',
  'recycled-aggregate',
  'silica-sand',
  'soil',
  'steel-scrap',
  'steel-turnings',
  'wood',
];

t.test('GET /materials lists the twelve codes clients rely on', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/materials' });
  t.equal(res.statusCode, 200);
  const { items } = res.json();
  t.same(
    items.map((m: { code: string }) => m.code),
    CODES,
  );
  for (const m of items) {
    t.ok(m.ewcCodes.length > 0, `${m.code} has List of Waste codes`);
    t.ok(['sand-aggregates', 'water', 'metals', 'other'].includes(m.category), `${m.code} category`);
    for (const p of m.properties) {
      if (p.kind === 'number')
        t.ok(p.min <= p.max && typeof p.unit === 'string', `${m.code}.${p.name} bounds`);
      else t.ok(p.values.length > 0, `${m.code}.${p.name} values`);
    }
  }
});

const propertyNames = (m: { properties: { name: string }[] }) => m.properties.map((p) => p.name);

t.test('the property names of the API contract', async (t) => {
  const get = async (code: string) => (await app.inject({ method: 'GET', url: `/materials/${code}` })).json();
  const steel = await get('steel-scrap');
  t.match(propertyNames(steel), ['grade', 'cuPct', 'snPct']);
  t.same(steel.properties.find((p: { name: string }) => p.name === 'grade').values, [
    'E1',
    'E2',
    'E3',
    'E5H',
    'E5M',
    'E6',
    'E8',
    'E40',
    'EHRB',
    'EHRM',
  ]);
  t.same(
    steel.ewcCodes.map((c: { code: string }) => c.code),
    ['17 04 05', '19 12 02'],
  );
  t.same(steel.substitutes, ['steel-turnings']);
  for (const code of ['foundry-sand', 'silica-sand']) {
    t.match(propertyNames(await get(code)), ['afsGfn', 'clayPct', 'loiPct', 'moisturePct']);
  }
  const water = await get('process-water');
  t.same(propertyNames(water), ['codMgL', 'bodMgL', 'tssMgL', 'ph', 'tempC']);
  t.match(water, { unit: 'm3', densityTPerM3: 1, category: 'water' });
  const ph = water.properties.find((p: { name: string }) => p.name === 'ph');
  t.match(ph, { min: 0, max: 14 });
  const sand = await get('foundry-sand');
  t.same(
    sand.ewcCodes.map((c: { code: string }) => c.code),
    ['10 09 08', '10 10 08', '10 09 07', '10 10 07'],
    'each mirror entry with its hazardous twin',
  );
  t.equal(sand.hazardous, true, 'a hazardous twin makes the material possibly hazardous');
});

t.test('unknown codes are 404 problems, malformed ones 400', async (t) => {
  const missing = await app.inject({ method: 'GET', url: '/materials/unobtainium' });
  t.equal(missing.statusCode, 404);
  t.match(missing.json(), { status: 404, detail: 'Material unobtainium not found' });
  const malformed = await app.inject({ method: 'GET', url: '/materials/Bad%20Code' });
  t.equal(malformed.statusCode, 400);
});

t.test('the seed file is checked: duplicate codes and unknown substitutes are refused', async (t) => {
  const seed = await readCatalogueSeed();
  const [first] = seed.materials;
  t.ok(first);
  const duplicated = { materials: [first, first] };
  t.notOk(materialCatalogueSchema.safeParse(duplicated).success);
  const badSubstitute = { materials: [{ ...first, substitutes: ['nothing-like-it'] }] };
  t.notOk(materialCatalogueSchema.safeParse(badSubstitute).success);
  const badBounds = {
    materials: [
      { ...first, properties: [{ name: 'x', label: 'x', kind: 'number', unit: '%', min: 100, max: 0 }] },
    ],
  };
  t.notOk(materialCatalogueSchema.safeParse(badBounds).success);
});
