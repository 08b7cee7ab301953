// The SQL that finds match candidates: the nearest-first index walks, the grade tests, the
// columns a candidate carries and the planner settings it runs under. See docs/matching.md.
import { type SQL, sql } from 'drizzle-orm';
import { GENERALISATION_MAX_OFFSET_M } from '../listings/location.ts';
import type { ListingColumns } from '../listings/columns.ts';
import type { Accepts, Grade } from './grade-checks.ts';
import type { MatchSubject } from './subject.ts';

/** A listing as a candidate: no site or version, which no candidate's view shows. */
export interface CandidateRow extends Omit<ListingColumns, 'site_id' | 'version'> {
  distance_m: number;
  density_t_per_m3: number | null;
}

export interface MatchOptions {
  /** A constrained property the offer does not state fails instead of showing as unknown. */
  strict: boolean;
  /** Candidates offering less than this share of the want are dropped. */
  minShareOfWant: number;
  /** At most this many nearest qualifying candidates are ranked. */
  cap: number;
  /**
   * Distances and haul limits from candidates' exact positions, for officers. Otherwise from
   * their public points (listings.public_location), so that nothing a member reads depends on
   * where in its ~1 km cell another firm's site lies.
   */
  exactPositions?: boolean;
}

/** The candidate's position that distances and haul limits are measured from. */
export function candidatePosition(options: Pick<MatchOptions, 'exactPositions'>): SQL {
  return options.exactPositions ? sql`c.location` : sql`c.public_location`;
}

/**
 * SQL that is true when a candidate's grade (`c.grade`) fails a constraint of the want being
 * matched, with the same outcome as checkGrade. One term per property of the want's material
 * (`properties`, its catalogue's names) with the want's bounds as parameters, null where it sets
 * none: the text depends on the material alone, so the statements kept prepared are bounded by
 * the catalogue, and each keeps its cached generic plan. Unrolled per property rather than a
 * jsonb_each subplan per candidate row, which cost ~40 % of the query at 1M listings. A
 * constraint on a property the catalogue does not name is not tested here: validation against
 * the catalogue keeps such constraints out.
 */
export function wantedGradeFails(properties: readonly string[], accepts: Accepts, strict: boolean): SQL {
  const fails = properties.map((property) => {
    const con = accepts[property];
    const oneOf = con?.oneOf ? JSON.stringify(con.oneOf) : null;
    const [min, max] = [con?.min ?? null, con?.max ?? null];
    const value = sql`c.grade -> ${property}::text`;
    const number = sql`(c.grade ->> ${property}::text)::float8`;
    // The inner CASE keeps a category value from ever reaching the cast.
    return sql`CASE WHEN NOT ${con !== undefined}::boolean THEN false
        WHEN c.grade ? ${property}::text THEN
          COALESCE(NOT (${oneOf}::jsonb @> jsonb_build_array(${value})), false)
          OR CASE WHEN jsonb_typeof(${value}) = 'number'
            THEN COALESCE(${number} < ${min}::float8, false) OR COALESCE(${number} > ${max}::float8, false)
            ELSE ${min}::float8 IS NOT NULL OR ${max}::float8 IS NOT NULL END
        ELSE ${strict}::boolean END`;
  });
  return fails.length ? sql`(${sql.join(fails, sql` OR `)})` : sql`false`;
}

/**
 * As wantedGradeFails, for an offer's known grade against each candidate want's `c.accepts`: one
 * term per property of the offer's material, its value a parameter, null where the offer does
 * not state it.
 */
export function offeredGradeFails(properties: readonly string[], grade: Grade, strict: boolean): SQL {
  const fails = properties.map((property) => {
    const value = grade[property];
    const stated = value === undefined ? null : JSON.stringify([value]);
    const number = typeof value === 'number' ? value : null;
    const con = sql`(c.accepts -> ${property}::text)`;
    return sql`(${stated}::jsonb IS NOT NULL AND (
        COALESCE(NOT ((${con} -> 'oneOf') @> ${stated}::jsonb), false)
        OR CASE WHEN ${number}::float8 IS NULL THEN COALESCE(${con} ? 'min' OR ${con} ? 'max', false)
          ELSE COALESCE((${con} ->> 'min')::float8 > ${number}::float8, false)
            OR COALESCE((${con} ->> 'max')::float8 < ${number}::float8, false) END))`;
  });
  // Under strict, a constraint on a property the offer does not state fails.
  fails.push(sql`(${strict}::boolean AND (c.accepts - ${sql.param(Object.keys(grade))}::text[]) <> '{}'::jsonb)`);
  return sql`(${sql.join(fails, sql` OR `)})`;
}

export const candidatePlanSettings = {
  // Where thousands of listings lie within the haul, the planner prefers a bitmap scan of all of
  // them and a sort (~400 ms at 1M listings) to the nearest-first index walk that stops after
  // `cap` rows (~5-20 ms): it cannot know the walk ends early. Measured in docs/matching.md.
  enable_bitmapscan: 'off',
  // The plan is the same walk whatever the subject, so it is made once per connection and
  // statement text (a bounded set: a few per material, as the grade test has one shape per material): planning
  // took ~2 ms a call at 1M listings, a third of the time. Measured in docs/matching.md.
  plan_cache_mode: 'force_generic_plan',
};

/**
 * A listing's grid position may stretch planar distances by up to 0.5 % (the projection's scale
 * factor in the area grid_point() covers): the grid prefilter is widened by this much, and the
 * haul limits are then applied exactly on the spheroid. Match points are public points, so a
 * walk measuring exact distances (officers) is widened by the most a public point is off too.
 */
export const GRID_SLACK = { factor: 1.01, metres: 100 };
const gridSlackMetres = (options: Pick<MatchOptions, 'exactPositions'>) =>
  GRID_SLACK.metres + (options.exactPositions ? GENERALISATION_MAX_OFFSET_M : 0);

/** Where grid_point() gives a position (migration 0007); test/matching-query.test.ts checks they agree. */
export const GRID_AREA = { west: -11, east: 5, south: 49, north: 62 };

function onGrid(s: { lon: number; lat: number }): boolean {
  return s.lon >= GRID_AREA.west && s.lon <= GRID_AREA.east && s.lat >= GRID_AREA.south && s.lat <= GRID_AREA.north;
}

/**
 * The subject's position as a geography, in a scalar subquery so that a generic plan computes
 * it once, not once per visited row.
 */
export function subjectPoint(s: Pick<MatchSubject, 'lon' | 'lat'>): SQL {
  return sql`(SELECT ST_SetSRID(ST_MakePoint(${s.lon}, ${s.lat}), 4326)::geography)`;
}

/**
 * What a candidate row carries (CandidateRow but its density), for listings `c`, `here` a
 * geography, the distance measured from `position` (candidatePosition). At most 18 columns:
 * postgres.js builds each row key by key, and V8 turns such an object into a dictionary, slower
 * to build and to read, at its 20th property (with the density added, a row has 19). Measured in
 * docs/benchmarks.md.
 */
export function candidateColumns(here: SQL, position: SQL): SQL {
  return sql`c.id, c.organisation_id, c.kind, c.material_code, c.grade, c.accepts,
          c.quantity_amount, c.quantity_unit, c.quantity_rate,
          c.available_from::text AS available_from, c.available_until::text AS available_until,
          c.max_haul_km, c.current_route, c.gate_fee_gbp_per_tonne, c.virgin_price_gbp_per_tonne,
          ST_X(c.location::geometry) AS lon, ST_Y(c.location::geometry) AS lat,
          ST_Distance(${position}, ${here}) AS distance_m`;
}

/**
 * The SQL of findCandidates for counterparts of these materials (`codes`, the subject's own
 * first), the grade tested on the subject's material's `properties`; kept apart so its plan can
 * be inspected (docs, tests).
 */
export function candidateQuery(s: MatchSubject, options: MatchOptions, codes: string[], properties: readonly string[]): SQL {
  const counterpart = s.kind === 'offer' ? 'want' : 'offer';
  const point = subjectPoint(s);
  const position = candidatePosition(options);
  // The subject's place in the region of the counterparts' material and kind (migration 0008),
  // also a scalar subquery.
  const matchPoint = (code: string) =>
    sql`(SELECT match_point(${code}, ${counterpart}::listing_kind, grid_point(ST_SetSRID(ST_MakePoint(${s.lon}, ${s.lat}), 4326)::geography)))`;
  const grade =
    s.kind === 'offer'
      ? offeredGradeFails(properties, s.grade, options.strict)
      : wantedGradeFails(properties, s.accepts, options.strict);
  // One nearest-first walk of an index over one material's listings, to `within` metres on the
  // spheroid; `where` picks the index, `nearest` its order. One walk per material: a single scan
  // over several would lose the index order. Walks go by public points, for officers too: for
  // them, the cap may then keep a candidate a few hundred metres farther than one it drops.
  // `further`: the walk goes through want_other_materials (x), finding wants that accept `code`
  // besides their first material, by the same kind of index on the same public points.
  // Both hauls are one spheroid test, LEAST of the two (max_haul_km is never null): each test
  // costs ~1.3 µs a visited row, a tenth of the walk's cost per row at 100k listings.
  const walk = (code: string, within: SQL, where: SQL, nearest: SQL, further = false) => sql`(
      SELECT ${candidateColumns(point, position)}
        FROM ${further ? sql`want_other_materials x JOIN listings c ON c.id = x.listing_id` : sql`listings c`}
        WHERE ${further ? sql`x.material_code = ${code}` : sql`c.material_code = ${code}`}
          AND c.kind = ${counterpart}
          AND c.status = 'active'
          AND ${where}
          AND ST_DWithin(${position}, ${point}, LEAST(${within}, c.max_haul_km * 1000))
          AND c.expires_at > now()
          ${s.organisationId ? sql`AND c.organisation_id <> ${s.organisationId}` : sql``}
          AND (c.available_until IS NULL OR c.available_until >= current_date)
          AND (c.available_until IS NULL OR ${s.availableFrom}::date IS NULL OR c.available_until >= ${s.availableFrom}::date)
          AND (c.available_from IS NULL OR ${s.availableUntil}::date IS NULL OR c.available_from <= ${s.availableUntil}::date)
          AND NOT ${grade}
        ORDER BY ${nearest}
        LIMIT ${options.cap})`;
  // A subject on the grid: walk the match points, plus the few listings off the grid; off the
  // grid: geography.
  const gridWalks = (code: string, within: SQL, t: SQL, further: boolean) =>
    onGrid(s)
      ? sql`${walk(code, within, sql`${t}.match_point IS NOT NULL AND ST_DWithin(${t}.match_point, ${matchPoint(code)}, ${within} * ${GRID_SLACK.factor}::float8 + ${gridSlackMetres(options)}::float8)`, sql`${t}.match_point <-> ${matchPoint(code)}`, further)}
        UNION ALL ${walk(code, within, sql`${t}.match_point IS NULL`, sql`${t}.public_location <-> ${point}`, further)}`
      : sql`${walk(code, within, sql`true`, sql`${t}.public_location <-> ${point}`, further)}`;
  // An offer also walks the wants that accept this material besides their first.
  const walks = (code: string, within: SQL) =>
    sql`SELECT * FROM (${gridWalks(code, within, sql`c`, false)}${
      s.kind === 'offer' ? sql` UNION ALL ${gridWalks(code, within, sql`x`, true)}` : sql``
    }) walks`;
  const haul = sql`${s.maxHaulKm * 1000}::float8`;
  const [own, ...others] = codes;
  if (!own) throw new Error('candidateQuery needs at least the subject\'s own material');
  const nearest = sql`ORDER BY c.distance_m, c.id LIMIT ${options.cap}`;
  // A want accepting several of the walked materials is met once per walk that finds it: once
  // is kept. Only an offer's walks can meet a want twice.
  const once = (rows: SQL) => (s.kind === 'offer' ? sql`(SELECT DISTINCT ON (u.id) u.* FROM ${rows} u)` : rows);
  if (!others.length) return sql`SELECT c.* FROM ${once(sql`(${walks(own, haul)})`)} c ${nearest}`;
  // The own material is walked first. Once it has `cap` candidates, nothing farther than the
  // farthest of them can be kept, so the other materials' walks stop there: a substitute whose
  // listings all fail the grade no longer has every one within the haul read (a steel-scrap want
  // passed ~26,000 turnings within 80 km for none).
  const reach = sql`(SELECT metres FROM reach)`;
  return sql`WITH own AS MATERIALIZED (${walks(own, haul)}),
    reach AS (
      SELECT CASE WHEN count(*) < ${options.cap} THEN ${haul} ELSE max(distance_m) END AS metres
      FROM (SELECT distance_m FROM own ORDER BY distance_m LIMIT ${options.cap}) nearest
    )
    SELECT c.* FROM ${once(sql`(
      SELECT * FROM own
      ${sql.join(others.map((code) => sql`UNION ALL ${walks(code, reach)}`), sql` `)}
    )`)} c ${nearest}`;
}

