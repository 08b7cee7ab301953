import t from 'tap';
import { FileError, rowsFromCsv, rowsFromFeatureCollection } from '../../src/listings/import-rows.ts';
import type { MaterialDefinition } from '../../src/listings/validate.ts';

const materials = new Map<string, MaterialDefinition>([
  [
    'steel-scrap',
    {
      code: 'steel-scrap',
      unit: 't',
      densityTPerM3: null,
      properties: [
        { name: 'grade', kind: 'category', values: ['E1', 'E3', 'E40'] },
        { name: 'cuPct', kind: 'number', min: 0, max: 100 },
      ],
    },
  ],
]);
const header = ['kind', 'siteId', 'material', 'quantity.amount', 'quantity.unit', 'quantity.rate', 'maxHaulKm'];

t.test('CSV cells become the fields of a POST /listings body', async (t) => {
  const rows = rowsFromCsv(
    [
      [...header, 'grade.grade', 'grade.cuPct', 'currentRoute.route', 'accepts.grade.oneOf', 'accepts.cuPct.max', 'availableFrom'],
      ['offer', 's1', 'steel-scrap', '40', 't', 'month', '25', 'E40', '0.25', 'landfill', '', '', ''],
      ['want', 's1', 'steel-scrap', '1e2', 't', 'year', ' 50 ', '', '', '', 'E1| E3', '.3', '2027-01-01'],
    ],
    materials,
  );
  t.same(rows, [
    {
      row: 1,
      body: {
        kind: 'offer',
        siteId: 's1',
        material: 'steel-scrap',
        quantity: { amount: 40, unit: 't', rate: 'month' },
        maxHaulKm: 25,
        grade: { grade: 'E40', cuPct: 0.25 },
        currentRoute: { route: 'landfill' },
      },
    },
    {
      row: 2,
      body: {
        kind: 'want',
        siteId: 's1',
        material: 'steel-scrap',
        quantity: { amount: 100, unit: 't', rate: 'year' },
        maxHaulKm: 50,
        accepts: { grade: { oneOf: ['E1', 'E3'] }, cuPct: { max: 0.3 } },
        availableFrom: '2027-01-01',
      },
    },
  ]);
});

t.test('a category value that looks like a number stays text; a number column that is not one stays text', async (t) => {
  const [row] = rowsFromCsv(
    [
      [...header, 'grade.grade'],
      ['offer', 's1', 'steel-scrap', 'ten', 't', 'month', '25', '1'],
    ],
    materials,
  );
  t.same(row?.body.grade, { grade: '1' });
  t.equal((row?.body.quantity as { amount: unknown }).amount, 'ten', 'left for validation to name');
});

t.test('problems with the file as a whole are FileErrors naming the header or body', async (t) => {
  const fileError = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof FileError ? `${e.path}: ${e.message}` : 'not a FileError';
    }
    return 'no error';
  };
  t.match(fileError(() => rowsFromCsv([header], materials)), /^body: has no rows/);
  t.match(fileError(() => rowsFromCsv([[...header, 'colour'], []], materials)), /^header: unknown column "colour"/);
  t.match(fileError(() => rowsFromCsv([[...header, 'kind'], []], materials)), /^header: column "kind" appears twice/);
  t.match(fileError(() => rowsFromCsv([['kind', 'material'], []], materials)), /^header: missing columns siteId, quantity.amount/);
  const tooMany = [header, ...Array.from({ length: 50_001 }, () => ['offer'])];
  t.match(fileError(() => rowsFromCsv(tooMany, materials)), /^body: has 50001 rows; the limit is 50000/);
  t.match(fileError(() => rowsFromFeatureCollection({ type: 'Feature' })), /^body: must be a GeoJSON FeatureCollection/);
  t.match(fileError(() => rowsFromFeatureCollection({ type: 'FeatureCollection', features: [] })), /^features: is empty/);
});

t.test('GeoJSON features: properties are the body; geometry null, a Point, or a row error', async (t) => {
  const rows = rowsFromFeatureCollection({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: null, properties: { kind: 'offer' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-2, 52.5] }, properties: { kind: 'want' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-2, 95] }, properties: {} },
      'nonsense',
    ],
  });
  t.same(rows[0], { row: 1, body: { kind: 'offer' }, point: null });
  t.same(rows[1], { row: 2, body: { kind: 'want' }, point: [-2, 52.5] });
  t.match(rows[2]?.readErrors, [{ path: 'geometry' }]);
  t.match(rows[3]?.readErrors, [{ path: 'geometry' }], 'latitude out of range');
  t.match(rows[4], { row: 5, readErrors: [{ path: 'feature' }] });
});
