// One codec for every page cursor: base64url of a JSON tuple. A cursor comes back from the
// client, so each element is checked for exactly what the query will bind it as; anything
// else is the client's 400, never a database error.
import { badRequest } from '../errors.ts';

/** What one element of a cursor holds, as the query binds it. */
export type CursorElement = 'number' | 'offset' | 'timestamp' | 'uuid';
type ValueOf<E extends CursorElement> = E extends 'number' | 'offset' ? number : string;
export type CursorValues<S extends readonly CursorElement[]> = { -readonly [K in keyof S]: ValueOf<S[K]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The ISO 8601 forms this API writes (to the microsecond, UTC or an offset).
const TIMESTAMP =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})T(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.\d{1,6})?(?:Z|[+-](?<offsetHours>\d{2}):?(?<offsetMinutes>\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A timestamp PostgreSQL and Date both read as the instant written: real calendar days, year 1 to 9999. */
function isTimestamp(value: string): boolean {
  const groups = TIMESTAMP.exec(value)?.groups;
  if (!groups) return false;
  const n = (name: string) => Number(groups[name] ?? 0);
  const year = n('year');
  const month = n('month');
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  const days = (DAYS_IN_MONTH[month - 1] ?? 0) + leapDay;
  return (
    year >= 1 &&
    n('day') >= 1 &&
    n('day') <= days &&
    n('hour') < 24 &&
    n('minute') < 60 &&
    n('second') < 60 &&
    n('offsetHours') < 15 &&
    n('offsetMinutes') < 60
  );
}

function fits(element: CursorElement, value: unknown): boolean {
  switch (element) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'offset':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
  }
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The tuple a cursor of this shape holds, or a 400 naming the `cursor` query parameter. */
export function decodeCursor<const S extends readonly CursorElement[]>(cursor: string, shape: S): CursorValues<S> {
  let value: unknown;
  try {
    if (/^[\w-]+$/.test(cursor)) value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // answered below
  }
  if (Array.isArray(value) && value.length === shape.length && shape.every((element, i) => fits(element, value[i])))
    return value as CursorValues<S>;
  throw badRequest('cursor', 'is not a cursor this API gave out', 'querystring');
}
