// Checks a listing's content (grade or accepted constraints, unit, dates, the fields of its
// kind) against the material's catalogue entry. Pure: every problem is returned with the path of
// the field it concerns.
import { type FieldError, HttpProblem } from '../errors.ts';
import type { DisposalRoute, ListingKind, QuantityUnit } from '../reference/enums.ts';

export interface PropertyDefinition {
  name: string;
  kind: 'number' | 'category';
  unit?: string;
  min?: number;
  max?: number;
  values?: string[];
}

export interface MaterialDefinition {
  code: string;
  unit: QuantityUnit;
  densityTPerM3: number | null;
  properties: PropertyDefinition[];
}

const fieldError = (path: string, message: string): FieldError => ({ in: 'body', path, message });

function checkValue(path: string, def: PropertyDefinition, value: unknown): FieldError[] {
  if (def.kind === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [fieldError(path, 'must be a number')];
    if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max))
      return [fieldError(path, `must be between ${def.min} and ${def.max} ${def.unit ?? ''}`.trim())];
    return [];
  }
  if (typeof value !== 'string' || !def.values?.includes(value))
    return [fieldError(path, `must be one of ${def.values?.join(', ')}`)];
  return [];
}

function lookup(material: MaterialDefinition, base: string, name: string) {
  const def = material.properties.find((p) => p.name === name);
  const known = material.properties.map((p) => p.name).join(', ');
  return def ?? fieldError(`${base}.${name}`, `is not a property of ${material.code} (known: ${known})`);
}

export function validateGrade(material: MaterialDefinition, grade: Record<string, unknown>): FieldError[] {
  return Object.entries(grade).flatMap(([name, value]) => {
    const def = lookup(material, 'grade', name);
    return 'path' in def ? [def] : checkValue(`grade.${name}`, def, value);
  });
}

export function validateAccepts(
  material: MaterialDefinition,
  accepts: Record<string, { min?: unknown; max?: unknown; oneOf?: unknown[] }>,
): FieldError[] {
  return Object.entries(accepts).flatMap(([name, c]) => {
    const def = lookup(material, 'accepts', name);
    if ('path' in def) return [def];
    const base = `accepts.${name}`;
    const errors: FieldError[] = [];
    if (c.min === undefined && c.max === undefined && c.oneOf === undefined)
      errors.push(fieldError(base, 'needs min, max or oneOf'));
    if (def.kind === 'category' && (c.min !== undefined || c.max !== undefined))
      errors.push(fieldError(base, `is a category: use oneOf, not min or max`));
    for (const bound of ['min', 'max'] as const)
      if (c[bound] !== undefined && def.kind === 'number') errors.push(...checkValue(`${base}.${bound}`, def, c[bound]));
    if (typeof c.min === 'number' && typeof c.max === 'number' && c.min > c.max)
      errors.push(fieldError(`${base}.min`, 'must not exceed max'));
    c.oneOf?.forEach((v, i) => errors.push(...checkValue(`${base}.oneOf.${i}`, def, v)));
    return errors;
  });
}

/** A quantity must be in the material's unit, or in the other one where a density converts it. */
export function validateUnit(material: MaterialDefinition, unit: QuantityUnit): FieldError[] {
  if (unit === material.unit || material.densityTPerM3) return [];
  return [fieldError('quantity.unit', `must be ${material.unit} for ${material.code}`)];
}

/** What of a listing its content rules read: the API's create body fits it. */
interface Shape {
  kind: ListingKind;
  grade?: Record<string, unknown> | undefined;
  accepts?: Record<string, { min?: unknown; max?: unknown; oneOf?: unknown[] | undefined }> | undefined;
  quantity: { unit: QuantityUnit };
  availableFrom?: string | null | undefined;
  availableUntil?: string | null | undefined;
  currentRoute?: { route: DisposalRoute } | null | undefined;
  virginPriceGbpPerTonne?: number | null | undefined;
  replacesSupply?: string | null | undefined;
}

/** Every problem with a listing's content at once, each naming its field. */
export function listingProblems(material: MaterialDefinition, l: Shape): FieldError[] {
  const errors: FieldError[] = [];
  const wrongKind = (path: string, kind: string) =>
    errors.push({ in: 'body', path, message: `is for ${kind === 'offer' ? 'wants' : 'offers'}, not ${kind}s` });
  if (l.kind === 'offer') {
    if (l.accepts && Object.keys(l.accepts).length) wrongKind('accepts', 'offer');
    if ((l.virginPriceGbpPerTonne ?? null) !== null) wrongKind('virginPriceGbpPerTonne', 'offer');
    if ((l.replacesSupply ?? null) !== null) wrongKind('replacesSupply', 'offer');
    errors.push(...validateGrade(material, l.grade ?? {}));
  } else {
    if (l.grade && Object.keys(l.grade).length) wrongKind('grade', 'want');
    if (l.currentRoute) wrongKind('currentRoute', 'want');
    errors.push(...validateAccepts(material, l.accepts ?? {}));
  }
  errors.push(...validateUnit(material, l.quantity.unit));
  if (l.availableFrom && l.availableUntil && l.availableFrom > l.availableUntil)
    errors.push({ in: 'body', path: 'availableUntil', message: 'must not be before availableFrom' });
  return errors;
}

/**
 * Throws a 400 naming every field of a listing's content that its material's catalogue refuses:
 * what a stored listing and an ad hoc match search are both checked against.
 */
export function checkListingContent(material: MaterialDefinition, l: Shape): void {
  const errors = listingProblems(material, l);
  if (errors.length)
    throw new HttpProblem(400, errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      type: 'validation',
      title: 'Invalid request',
      errors,
    });
}
