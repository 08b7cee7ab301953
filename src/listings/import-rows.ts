// Turns the rows of an import file (CSV records or GeoJSON features) into listing bodies of the
// same shape as POST /listings, so one validation serves both. Pure: problems with the file as a
// whole are thrown as FileError; problems with a row are left to the row's validation.
import type { MaterialDefinition } from './validate.ts';

export class FileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ImportRow {
  /** 1-based: the first record after the CSV header, or the first feature. */
  row: number;
  body: Record<string, unknown>;
  /** GeoJSON only: where the file puts the listing, checked against its site. */
  point?: [number, number] | null;
  /** What was wrong with the row's shape in the file, before any validation of its content. */
  readErrors?: { path: string; message: string }[];
}

export const MAX_IMPORT_ROWS = 50_000;

const SCALAR_COLUMNS = new Set([
  'kind',
  'siteId',
  'material',
  'quantity.amount',
  'quantity.unit',
  'quantity.rate',
  'maxHaulKm',
  'availableFrom',
  'availableUntil',
  'currentRoute.route',
  'currentRoute.gateFeeGbpPerTonne',
  'virginPriceGbpPerTonne',
  'replacesSupply',
  'status',
]);
const NUMBER_COLUMNS = new Set([
  'quantity.amount',
  'maxHaulKm',
  'currentRoute.gateFeeGbpPerTonne',
  'virginPriceGbpPerTonne',
]);
const REQUIRED_COLUMNS = ['kind', 'siteId', 'material', 'quantity.amount', 'quantity.unit', 'quantity.rate', 'maxHaulKm'];
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell that looks like a number becomes one; anything else stays text for validation to name. */
const numberOrText = (cell: string): number | string => (NUMERIC.test(cell) ? Number(cell) : cell);

type Column =
  | { kind: 'scalar'; name: string }
  | { kind: 'grade'; property: string }
  | { kind: 'accepts'; property: string; bound: 'min' | 'max' | 'oneOf' };

function columnOf(name: string): Column {
  if (SCALAR_COLUMNS.has(name)) return { kind: 'scalar', name };
  const grade = /^grade\.([A-Za-z][\w]*)$/.exec(name);
  if (grade?.[1]) return { kind: 'grade', property: grade[1] };
  const accepts = /^accepts\.([A-Za-z][\w]*)\.(min|max|oneOf)$/.exec(name);
  if (accepts?.[1] && accepts[2]) return { kind: 'accepts', property: accepts[1], bound: accepts[2] as 'min' | 'max' | 'oneOf' };
  throw new FileError(
    'header',
    `unknown column "${name}": use ${[...SCALAR_COLUMNS].join(', ')}, grade.<property>, accepts.<property>.min|max|oneOf`,
  );
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
}

/**
 * Reads the data rows of a CSV file with this header, one at a time, so a file can be read as it
 * streams in. Column names are the API's field paths, so a row's error path is also the column to
 * fix. Empty cells are absent fields; a category property's values stay text, `oneOf` lists are
 * separated by `|`.
 */
export function csvRowReader(
  header: string[],
  materials: ReadonlyMap<string, MaterialDefinition>,
): (cells: string[], row: number) => ImportRow {
  const names = header.map((h) => h.trim());
  const columns = names.map(columnOf);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new FileError('header', `column "${name}" appears twice`);
    seen.add(name);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length) throw new FileError('header', `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const materialColumn = names.indexOf('material');

  return (cells, row) => {
    const body: Record<string, unknown> = {};
    const materialCode = cells[materialColumn]?.trim();
    const material = materialCode ? materials.get(materialCode) : undefined;
    const isCategory = (property: string) =>
      material?.properties.find((p) => p.name === property)?.kind === 'category';
    columns.forEach((column, i) => {
      const cell = cells[i]?.trim() ?? '';
      if (cell === '') return;
      if (column.kind === 'scalar') {
        setPath(body, column.name.split('.'), NUMBER_COLUMNS.has(column.name) ? numberOrText(cell) : cell);
      } else if (column.kind === 'grade') {
        setPath(body, ['grade', column.property], isCategory(column.property) ? cell : numberOrText(cell));
      } else {
        const value =
          column.bound === 'oneOf'
            ? cell.split('|').map((v) => (isCategory(column.property) ? v.trim() : numberOrText(v.trim())))
            : numberOrText(cell);
        setPath(body, ['accepts', column.property, column.bound], value);
      }
    });
    return { row, body };
  };
}

export const tooManyRows = (received: number | string) =>
  new FileError('body', `has ${received} rows; the limit is ${MAX_IMPORT_ROWS}`);

/** CSV records, the first of them the header, to listing bodies: csvRowReader over a whole file. */
export function rowsFromCsv(records: string[][], materials: ReadonlyMap<string, MaterialDefinition>): ImportRow[] {
  const [header, ...data] = records;
  if (!header || !data.length) throw new FileError('body', 'has no rows after the header');
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows(data.length);
  const read = csvRowReader(header, materials);
  return data.map((cells, index) => read(cells, index + 1));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A GeoJSON FeatureCollection whose features carry listing bodies as properties. A feature's
 * geometry may be null or a Point; a Point is checked against the listing's site, because
 * listings are placed at their site.
 */
export function rowsFromFeatureCollection(doc: unknown): ImportRow[] {
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
    throw new FileError('body', 'must be a GeoJSON FeatureCollection with a features array');
  const features: unknown[] = doc.features;
  if (!features.length) throw new FileError('features', 'is empty');
  if (features.length > MAX_IMPORT_ROWS)
    throw new FileError('features', `has ${features.length} features; the limit is ${MAX_IMPORT_ROWS}`);
  return features.map((feature, index) => {
    const row = index + 1;
    if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties))
      return { row, body: {}, readErrors: [{ path: 'feature', message: 'must be a Feature with properties' }] };
    const g = feature.geometry;
    if (g === null || g === undefined) return { row, body: feature.properties, point: null };
    const [lon, lat] = isObject(g) && g.type === 'Point' && Array.isArray(g.coordinates) ? g.coordinates : [];
    if (typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)
      return { row, body: feature.properties, point: [lon, lat] };
    return {
      row,
      body: feature.properties,
      readErrors: [{ path: 'geometry', message: 'must be null or a Point with [longitude, latitude]' }],
    };
  });
}
