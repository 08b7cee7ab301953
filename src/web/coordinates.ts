// A latitude or longitude as a person types it. A comma is read as a decimal point ("52,586"):
// no coordinate has a thousands separator, and many keyboards and locales write decimals so.

export type Axis = 'latitude' | 'longitude';
export type Reading = { ok: true; value: number } | { ok: false; message: string };

const LIMIT: Record<Axis, number> = { latitude: 90, longitude: 180 };
const EXAMPLE: Record<Axis, string> = { latitude: '52.586', longitude: '-1.983' };
const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function readCoordinate(text: string, axis: Axis): Reading {
  const name = axis === 'latitude' ? 'Latitude' : 'Longitude';
  const typed = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (typed === '') return { ok: false, message: `${name} is missing: type it, or click the map.` };
  const limit = LIMIT[axis];
  const value = NUMBER.test(typed) ? Number(typed.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `${name} must be a number in degrees, such as ${EXAMPLE[axis]}.` };
  if (Math.abs(value) > limit) return { ok: false, message: `${name} must be between -${limit} and ${limit} degrees.` };
  return { ok: true, value };
}
