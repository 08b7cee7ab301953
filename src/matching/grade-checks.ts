// Whether an offer's measured grade meets a want's constraints, property by property.

export type GradeValue = number | string;
export type Grade = Record<string, GradeValue>;

export interface Constraint {
  min?: number;
  max?: number;
  oneOf?: GradeValue[];
}
export type Accepts = Record<string, Constraint>;

export type CheckResult = 'pass' | 'fail' | 'unknown';

export interface GradeCheck {
  property: string;
  result: CheckResult;
  /** The offer's value, or null when the offer does not state it. */
  offered: GradeValue | null;
  constraint: Constraint;
}

export function meets(value: GradeValue, c: Constraint): boolean {
  if (c.oneOf && !c.oneOf.includes(value)) return false;
  if (c.min !== undefined && !(typeof value === 'number' && value >= c.min)) return false;
  if (c.max !== undefined && !(typeof value === 'number' && value <= c.max)) return false;
  return true;
}

/**
 * One check per constrained property, in the want's order. A property the offer does not state
 * is `unknown`: shown to both parties rather than silently passed, and a failure under `strict`.
 */
export function checkGrade(
  grade: Grade,
  accepts: Accepts,
  strict = false,
): { checks: GradeCheck[]; qualifies: boolean } {
  const checks = Object.entries(accepts).map(([property, constraint]): GradeCheck => {
    const offered = grade[property];
    if (offered === undefined) return { property, result: 'unknown', offered: null, constraint };
    return { property, result: meets(offered, constraint) ? 'pass' : 'fail', offered, constraint };
  });
  const qualifies = checks.every((c) => c.result === 'pass' || (c.result === 'unknown' && !strict));
  return { checks, qualifies };
}

/** checkGrade's `qualifies` alone, without building the checks: for walks that only filter. */
export function gradeQualifies(grade: Grade, accepts: Accepts, strict = false): boolean {
  for (const property in accepts) {
    const offered = grade[property];
    if (offered === undefined ? strict : !meets(offered, accepts[property] as Constraint)) return false;
  }
  return true;
}
