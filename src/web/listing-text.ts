// A listing's dates and grade in words, for tables where a line has to say what the listing is.
import { date, num } from './format.ts';
import type { Constraint, Listing, Material } from './types.ts';

/** "from 3 Dec 2026 to 1 Mar 2027", "until 1 Mar 2027", or "any time". */
export function availability(l: Pick<Listing, 'availableFrom' | 'availableUntil'>): string {
  const from = l.availableFrom ? `from ${date(l.availableFrom)}` : '';
  const until = l.availableUntil ? `${from ? 'to' : 'until'} ${date(l.availableUntil)}` : '';
  return [from, until].filter(Boolean).join(' ') || 'any time';
}

const value = (v: number | string, unit: string | null | undefined) =>
  typeof v === 'number' ? `${num(v)}${unit && unit !== 'pH' ? ` ${unit}` : ''}` : v;

function constraint(c: Constraint, unit: string | null | undefined): string {
  if (c.oneOf) return c.oneOf.join(' or ');
  if (c.min !== undefined && c.max !== undefined) return `${value(c.min, null)}–${value(c.max, unit)}`;
  if (c.min !== undefined) return `≥ ${value(c.min, unit)}`;
  return c.max !== undefined ? `≤ ${value(c.max, unit)}` : 'any';
}

/** An offer's measured grade, or what a want accepts, by the catalogue's property labels. */
export function gradeText(l: Pick<Listing, 'kind' | 'grade' | 'accepts'>, material: Material | undefined): string {
  const property = (name: string) => material?.properties.find((p) => p.name === name);
  const label = (name: string) => property(name)?.label ?? name;
  const unitOf = (name: string) => {
    const p = property(name);
    return p?.kind === 'number' ? p.unit : null;
  };
  const parts =
    l.kind === 'offer'
      ? Object.entries(l.grade).map(([name, v]) => `${label(name)} ${value(v, unitOf(name))}`)
      : Object.entries(l.accepts).map(([name, c]) => `${label(name)} ${constraint(c, unitOf(name))}`);
  return parts.join('; ') || (l.kind === 'offer' ? 'no grade given' : 'any grade');
}
