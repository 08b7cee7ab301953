// Features of the OGC API collections, a page at a time. Pages are keyset pages over each
// collection's key, so any page costs the same. numberMatched is summed from the counts per
// public point (src/gis/tile-cells.ts) where the filters allow, else counted up to a bound.
import { type SQL, sql } from 'drizzle-orm';
import type { Feature } from 'geojson';
import { type Database, queryRows, queryWithSettings } from '../../db/client.ts';
import { postcodeDistrict } from '../listings/postcode.ts';
import { badRequest, notFound } from '../errors.ts';
import { flowsFrom } from '../reports/reports.ts';
import type { CollectionId } from './collections.ts';
import type { Crs } from './crs.ts';
import type { Bbox, Period } from './query.ts';
import { geojsonIn, pointInBbox, shapeInBbox } from './sql.ts';
import { SHOWN, signedCounts } from './tile-cells.ts';

/**
 * Where features are counted one by one (filters the counts per point cannot answer),
 * numberMatched is left out beyond this many: counting further would cost more than a page.
 * Also where a page stops sorting its matches and walks the key's index instead.
 */
export const COUNT_LIMIT = 10_000;
/** Planner settings for a page of a box holding more than COUNT_LIMIT features. */
const DENSE_PAGE = { enable_sort: 'off', enable_seqscan: 'off', enable_bitmapscan: 'off', max_parallel_workers_per_gather: '0' };

export interface ItemsQuery {
  limit: number;
  bbox?: Bbox;
  period?: Period;
  crs: Crs;
  material?: string;
  category?: string;
  kind?: string;
  /** Listings: only those the lister classified as hazardous waste (true) or not (false). */
  hazardous?: boolean;
  cursor?: string;
  /** The caller's organisation: what the opportunities collection holds is theirs alone. */
  organisationId?: string | null;
}

export interface FeaturePage {
  features: Feature[];
  /** null: more than COUNT_LIMIT, counted one by one */
  numberMatched: number | null;
  next: string | null;
  prev: string | null;
}

interface Row {
  key: string;
  geometry: string | null;
  [column: string]: unknown;
}

interface Source {
  /** FROM … with the joins the select needs */
  from: SQL;
  where: SQL[];
  select: SQL;
  /** The keyset key, unique per feature, ordered as text or uuid */
  key: SQL;
  /** A key value from a cursor or a feature id, as SQL comparable with `key`; undefined if it cannot be one */
  keyValue: (k: string) => SQL | undefined;
  properties: (r: Row) => Record<string, unknown>;
  /** An exact count of the matches (without the cursor), where one is cheaper than counting them */
  count?: SQL;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidKey = (k: string) => (UUID.test(k) ? sql`${k}::uuid` : undefined);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const isoOf = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const LISTING_POINT = sql`(l.public_location::geometry)`;

/**
 * Active listings in their public form: no firm, no site, the public point. FROM names listings
 * alone, so the page is chosen from one table; the material's category and the site's postcode
 * are subqueries of the select list, which PostgreSQL evaluates after the LIMIT, for the rows sent.
 */
function listingsSource(q: ItemsQuery): Source {
  const where: SQL[] = [SHOWN.listings];
  if (q.bbox) where.push(pointInBbox(LISTING_POINT, q.bbox));
  if (q.material) where.push(sql`(l.material_code = ${q.material} OR ${q.material} = ANY (l.other_materials))`);
  if (q.kind) where.push(sql`l.kind::text = ${q.kind}`);
  if (q.hazardous !== undefined) where.push(sql`l.hazardous = ${q.hazardous}`);
  if (q.category) where.push(sql`l.material_code IN (SELECT code FROM materials WHERE category::text = ${q.category})`);
  if (q.period?.start) where.push(sql`(l.available_until IS NULL OR l.available_until >= ${q.period.start}::date)`);
  if (q.period?.end) where.push(sql`(l.available_from IS NULL OR l.available_from <= ${q.period.end}::date)`);
  // Box, kind, hazard flag and material: numberMatched is the sum of the counts per public point
  // (per point and material, for a material) in the box. Every listing of a point lies where the
  // point does, so the sum is exact to the box's edges.
  let count: SQL | undefined;
  if (!q.category && !q.period) {
    const cells = [q.bbox ? pointInBbox(sql`c.point`, q.bbox) : sql`true`];
    const ended = [q.bbox ? pointInBbox(LISTING_POINT, q.bbox) : sql`true`];
    if (q.kind) {
      cells.push(sql`c.kind::text = ${q.kind}`);
      ended.push(sql`l.kind::text = ${q.kind}`);
    }
    if (q.hazardous !== undefined) {
      cells.push(sql`c.hazardous = ${q.hazardous}`);
      ended.push(sql`l.hazardous = ${q.hazardous}`);
    }
    const counts = signedCounts('listings', sql.join(cells, sql` AND `), sql.join(ended, sql` AND `), q.material);
    count = sql`SELECT coalesce(sum(s.n), 0)::int AS n FROM (${counts}) s`;
  }
  return {
    count,
    from: sql`FROM listings l`,
    where,
    select: sql`l.kind, l.material_code, l.other_materials, (SELECT m.category FROM materials m WHERE m.code = l.material_code) AS category,
      l.ewc_code, l.hazardous, l.grade, l.quantity_amount, l.quantity_unit, l.quantity_rate,
      l.available_from::text AS available_from, l.available_until::text AS available_until, l.max_haul_km,
      ${isoOf(sql`l.expires_at`)} AS expires_at, (SELECT s.postcode FROM sites s WHERE s.id = l.site_id) AS postcode,
      ${geojsonIn(q.crs, LISTING_POINT)} AS geometry`,
    key: sql`l.id`,
    keyValue: uuidKey,
    properties: (r) => ({
      kind: r.kind,
      material: r.material_code,
      materials: [r.material_code, ...((r.other_materials as string[] | null) ?? [])],
      category: r.category,
      // The lister's classification (src/compliance/): a want has none, it takes the offer's.
      ewcCode: r.ewc_code ?? null,
      hazardous: r.hazardous === true,
      grade: r.grade,
      quantityAmount: num(r.quantity_amount),
      quantityUnit: r.quantity_unit,
      quantityRate: r.quantity_rate,
      availableFrom: r.available_from,
      availableUntil: r.available_until,
      maxHaulKm: num(r.max_haul_km),
      expiresAt: r.expires_at,
      postcodeDistrict: postcodeDistrict(r.postcode as string | null),
    }),
  };
}

function regionsSource(q: ItemsQuery): Source {
  const shape = sql`(r.boundary::geometry)`;
  return {
    from: sql`FROM regions r`,
    where: q.bbox ? [shapeInBbox(shape, q.bbox)] : [],
    select: sql`r.name, ST_Area(r.boundary) / 1e6 AS area_km2, ${isoOf(sql`r.created_at`)} AS created_at,
      ${geojsonIn(q.crs, shape)} AS geometry`,
    key: sql`r.id`,
    keyValue: uuidKey,
    properties: (r) => ({ name: r.name, areaKm2: num(r.area_km2), createdAt: r.created_at }),
  };
}

/**
 * Flows: the transfers reports count (corrections applied), summed per material and pair of
 * public points, offer's to want's. Its id names the three, e.g. soil;-2.0625,52.525;-1.8975,52.485.
 */
function flowsSource(q: ItemsQuery, material = q.material): Source {
  const counted = flowsFrom({ format: 'json', from: q.period?.start ?? undefined, to: q.period?.end ?? undefined, material }, null);
  const line = sql`ST_MakeLine(ST_SetSRID(ST_MakePoint(f.ax, f.ay), 4326), ST_SetSRID(ST_MakePoint(f.bx, f.by), 4326))`;
  return {
    from: sql`FROM (
      SELECT o.material_code AS material, ST_X(o.public_location::geometry) AS ax, ST_Y(o.public_location::geometry) AS ay,
        ST_X(w.public_location::geometry) AS bx, ST_Y(w.public_location::geometry) AS by,
        count(*) AS transfers, sum(t.tonnes) AS tonnes, sum(t.cost_saved_gbp) AS cost_saved_gbp,
        sum(t.co2e_avoided_kg) AS co2e_avoided_kg, min(t.date)::text AS first_date, max(t.date)::text AS last_date
      ${counted}
      GROUP BY 1, 2, 3, 4, 5) f0
      CROSS JOIN LATERAL (SELECT f0.*, f0.material || ';' || f0.ax::text || ',' || f0.ay::text || ';' || f0.bx::text || ',' || f0.by::text AS id) f`,
    where: q.bbox ? [shapeInBbox(line, q.bbox)] : [],
    select: sql`f.material, f.transfers, f.tonnes, f.cost_saved_gbp, f.co2e_avoided_kg, f.first_date, f.last_date,
      ${geojsonIn(q.crs, line)} AS geometry`,
    key: sql`f.id COLLATE "C"`,
    keyValue: (k) => (k.length <= 200 ? sql`${k} COLLATE "C"` : undefined),
    properties: (r) => ({
      material: r.material,
      transfers: num(r.transfers),
      tonnes: num(r.tonnes),
      costSavedGbp: num(r.cost_saved_gbp),
      co2eAvoidedKg: num(r.co2e_avoided_kg),
      firstDate: r.first_date,
      lastDate: r.last_date,
    }),
  };
}

/** The organisation's last optimal allocation (src/opportunities/last-allocation.ts). */
function opportunitiesSource(q: ItemsQuery): Source {
  const line = sql`ST_MakeLine(o.from_point::geometry, o.to_point::geometry)`;
  const where = [q.organisationId ? sql`o.organisation_id = ${q.organisationId}` : sql`false`];
  if (q.material) where.push(sql`o.material_code = ${q.material}`);
  if (q.bbox) where.push(shapeInBbox(line, q.bbox));
  return {
    from: sql`FROM opportunity_flows o`,
    where,
    select: sql`o.objective, o.offer_id::text AS offer_id, o.want_id::text AS want_id, o.material_code, o.tonnes_per_year,
      o.distance_km, o.cost_saved_gbp_per_year, o.co2e_avoided_kg_per_year, ${isoOf(sql`o.solved_at`)} AS solved_at,
      ${geojsonIn(q.crs, line)} AS geometry`,
    key: sql`o.id`,
    keyValue: uuidKey,
    properties: (r) => ({
      offerId: r.offer_id,
      wantId: r.want_id,
      material: r.material_code,
      tonnesPerYear: num(r.tonnes_per_year),
      distanceKm: num(r.distance_km),
      costSavedGbpPerYear: num(r.cost_saved_gbp_per_year),
      co2eAvoidedKgPerYear: num(r.co2e_avoided_kg_per_year),
      objective: r.objective,
      solvedAt: r.solved_at,
    }),
  };
}

function sourceOf(collection: CollectionId, q: ItemsQuery): Source {
  if (collection === 'listings') return listingsSource(q);
  if (collection === 'regions') return regionsSource(q);
  if (collection === 'opportunities') return opportunitiesSource(q);
  return flowsSource(q);
}

const whereOf = (conditions: SQL[]) => (conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``);

function toFeature(source: Source, r: Row): Feature {
  return {
    type: 'Feature',
    id: r.key,
    geometry: r.geometry === null ? null : JSON.parse(r.geometry),
    properties: source.properties(r),
  } as Feature;
}

/** A cursor: the key to continue after ('n', next) or before ('p', previous). */
const encodeCursor = (direction: 'n' | 'p', key: string) => Buffer.from(JSON.stringify([direction, key])).toString('base64url');
function decodeCursor(cursor: string): ['n' | 'p', string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && (v[0] === 'n' || v[0] === 'p') && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    // answered below
  }
  throw badRequest('cursor', 'is not a cursor this API gave out', 'querystring');
}

export async function getItems(db: Database, collection: CollectionId, q: ItemsQuery): Promise<FeaturePage> {
  const source = sourceOf(collection, q);
  const [direction, after] = q.cursor ? decodeCursor(q.cursor) : ['n' as const, undefined];
  const where = [...source.where];
  if (after !== undefined) {
    const value = source.keyValue(after);
    if (!value) throw badRequest('cursor', 'is not a cursor this API gave out', 'querystring');
    where.push(direction === 'n' ? sql`${source.key} > ${value}` : sql`${source.key} < ${value}`);
  }
  // Counted first (exactly, or up to a bound through the spatial index): the count also says how to page.
  const [counted] = await queryRows<{ n: number }>(
    db,
    source.count ?? sql`SELECT count(*)::int AS n FROM (SELECT 1 ${source.from} ${whereOf(source.where)} LIMIT ${COUNT_LIMIT + 1}) x`,
  );
  const n = Number(counted?.n ?? 0);
  const order = direction === 'n' ? sql`ASC` : sql`DESC`;
  const query = sql`SELECT ${source.select}, (${source.key})::text AS key ${source.from} ${whereOf(where)}
    ORDER BY ${source.key} ${order} LIMIT ${q.limit + 1}`;
  // Few matches: the planner takes them all from the spatial index and sorts them, which is
  // cheap. Many: it would still do so (it cannot estimate a box on an indexed expression), so
  // it is told not to sort, and walks the key's index instead, where a box holding more than
  // COUNT_LIMIT listings fills a page within a few thousand rows.
  const rows = n > COUNT_LIMIT ? await queryWithSettings<Row>(db, DENSE_PAGE, query) : await queryRows<Row>(db, query);
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  if (direction === 'p') page.reverse();
  const first = page[0]?.key;
  const last = page[page.length - 1]?.key;
  // Going forward, there is a page before if we came from one; going back, one after.
  const hasNext = direction === 'n' ? more : after !== undefined;
  const hasPrev = direction === 'n' ? after !== undefined : more;
  return {
    features: page.map((r) => toFeature(source, r)),
    numberMatched: n > COUNT_LIMIT && !source.count ? null : n,
    next: hasNext && last !== undefined ? encodeCursor('n', last) : null,
    prev: hasPrev && first !== undefined ? encodeCursor('p', first) : null,
  };
}

export async function getItem(
  db: Database,
  collection: CollectionId,
  id: string,
  crs: Crs,
  organisationId: string | null = null,
): Promise<Feature> {
  const q: ItemsQuery = { limit: 1, crs, organisationId };
  // A flow's id starts with its material: the sums then cover that material only.
  const source = collection === 'flows' ? flowsSource(q, id.split(';')[0]) : sourceOf(collection, q);
  const value = source.keyValue(id);
  if (!value) throw notFound('Feature');
  const [row] = await queryRows<Row>(
    db,
    sql`SELECT ${source.select}, (${source.key})::text AS key ${source.from}
        ${whereOf([...source.where, sql`${source.key} = ${value}`])}`,
  );
  if (!row) throw notFound('Feature');
  return toFeature(source, row);
}
