// The query parameters of OGC API items, from strings to values. Pure: a bad value throws a 400
// problem that names the parameter.
import { badRequest } from '../errors.ts';
import { CRS_INFO, type Crs } from './crs.ts';

export interface Bbox {
  crs: Crs;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** bbox=minx,miny,maxx,maxy in bbox-crs; a box across the antimeridian (minx > maxx) is refused. */
export function parseBbox(value: string | undefined, crs: Crs): Bbox | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',');
  const numbers = parts.map((p) => (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(p) ? Number(p) : NaN));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)))
    throw badRequest('bbox', 'must be four numbers: minx,miny,maxx,maxy', 'querystring');
  const [minX, minY, maxX, maxY] = numbers as [number, number, number, number];
  const { x, y } = CRS_INFO[crs];
  if ([minX, maxX].some((v) => v < x[0] || v > x[1]) || [minY, maxY].some((v) => v < y[0] || v > y[1]))
    throw badRequest('bbox', `must lie within x ${x[0]}..${x[1]} and y ${y[0]}..${y[1]} in ${crs}`, 'querystring');
  if (minX > maxX) throw badRequest('bbox', 'minx must not exceed maxx (boxes across the antimeridian are not supported)', 'querystring');
  if (minY > maxY) throw badRequest('bbox', 'miny must not exceed maxy', 'querystring');
  return { crs, minX, minY, maxX, maxY };
}

/** A period of whole days, inclusive; null is open. */
export interface Period {
  start: string | null;
  end: string | null;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?$/i;

/** The UTC day of an RFC 3339 date or date-time, or null if it is not one (2026-02-30 is not). */
function dayOf(value: string): string | null {
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  const at = new Date(m[4] ? value.toUpperCase() : `${value}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString().slice(0, 10);
}

/**
 * datetime as OGC API – Features defines it: an instant, or an interval start/end where either
 * end may be open (.. or empty). Features carry dates, so times narrow to their UTC day.
 */
export function parseDatetime(value: string | undefined): Period | undefined {
  if (value === undefined) return undefined;
  const fail = () => badRequest('datetime', 'must be an RFC 3339 date or date-time, or an interval start/end with .. for an open end', 'querystring');
  const ends = value.split('/');
  if (ends.length > 2) throw fail();
  const days = ends.map((e) => (e === '..' || (e === '' && ends.length === 2) ? null : (dayOf(e) ?? undefined)));
  if (days.includes(undefined)) throw fail();
  const [start, end] = ends.length === 1 ? [days[0], days[0]] : days;
  if (start === undefined || end === undefined) throw fail();
  if (start && end && start > end) throw badRequest('datetime', 'the interval must not end before it starts', 'querystring');
  return { start, end };
}
