import t from 'tap';
import { type MaterialDefinition, validateAccepts, validateGrade, validateUnit } from '../../src/listings/validate.ts';
import { normalisePostcode, postcodeDistrict } from '../../src/listings/postcode.ts';

const steel: MaterialDefinition = {
  code: 'steel-scrap',
  unit: 't',
  densityTPerM3: null,
  properties: [
    { name: 'grade', kind: 'category', values: ['E1', 'E3'] },
    { name: 'cuPct', kind: 'number', unit: '%', min: 0, max: 100 },
  ],
};
const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

t.test('grades: known properties, right types, inside physical bounds', async (t) => {
  t.same(validateGrade(steel, { grade: 'E3', cuPct: 0.2 }), []);
  t.same(paths(validateGrade(steel, { grade: 'E9' })), ['grade.grade']);
  t.same(paths(validateGrade(steel, { cuPct: '0.2' })), ['grade.cuPct']);
  t.same(paths(validateGrade(steel, { cuPct: 101 })), ['grade.cuPct']);
  t.same(paths(validateGrade(steel, { cuPct: -1 })), ['grade.cuPct']);
  const unknown = validateGrade(steel, { znPct: 1 });
  t.same(paths(unknown), ['grade.znPct']);
  t.match(unknown[0]?.message, /not a property of steel-scrap/);
});

t.test('accepts: min ≤ max, oneOf values that exist, no bounds on categories', async (t) => {
  t.same(validateAccepts(steel, { grade: { oneOf: ['E1', 'E3'] }, cuPct: { max: 0.3 } }), []);
  t.same(paths(validateAccepts(steel, { cuPct: { min: 0.5, max: 0.3 } })), ['accepts.cuPct.min']);
  t.same(paths(validateAccepts(steel, { grade: { oneOf: ['E1', 'X'] } })), ['accepts.grade.oneOf.1']);
  t.same(paths(validateAccepts(steel, { grade: { max: 3 } })), ['accepts.grade']);
  t.same(paths(validateAccepts(steel, { cuPct: { max: 200 } })), ['accepts.cuPct.max']);
  t.same(paths(validateAccepts(steel, { cuPct: {} })), ['accepts.cuPct']);
  t.same(paths(validateAccepts(steel, { tin: { max: 1 } })), ['accepts.tin']);
});

t.test('units fit the material, or convert by its density', async (t) => {
  t.same(validateUnit(steel, 't'), []);
  t.same(paths(validateUnit(steel, 'm3')), ['quantity.unit']);
  t.same(validateUnit({ ...steel, unit: 'm3', densityTPerM3: 1 }, 't'), []);
});

t.test('UK postcodes are validated and normalised', async (t) => {
  t.equal(normalisePostcode('b69 4ly'), 'B69 4LY');
  t.equal(normalisePostcode('  SW1A1AA '), 'SW1A 1AA');
  t.equal(normalisePostcode('s9 2ra'), 'S9 2RA');
  t.equal(normalisePostcode('gir 0aa'), 'GIR 0AA');
  t.equal(normalisePostcode('12345'), null);
  t.equal(normalisePostcode('B69 4L'), null);
  t.equal(postcodeDistrict('B69 4LY'), 'B69');
  t.equal(postcodeDistrict(null), null);
});
