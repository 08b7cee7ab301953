import type { SQL } from 'drizzle-orm';
import { type Database, queryWithSettings } from '../../db/client.ts';
import type { Material } from '../../schemas/material.ts';
import { listMaterials } from '../reference/materials.ts';
import { type CandidateRow, candidatePlanSettings, candidateQuery, type MatchOptions } from './candidates-sql.ts';
import type { MatchSubject } from './subject.ts';

/**
 * One indexed query: active, unexpired counterparts of a compatible material within both
 * parties' haul, with overlapping availability and a grade that meets the want, nearest first.
 * Each compatible material gets its own nearest-first index walk — a single scan over a list of
 * materials would lose the index order — and the walks are merged by distance.
 */
export async function findCandidates(db: Database, s: MatchSubject, options: MatchOptions): Promise<CandidateRow[]> {
  return findCandidatesWith<CandidateRow>(db, s, options, (walk) => walk);
}

/**
 * findCandidates' query inside `around` (which selects from it, to join to each candidate what
 * else a caller needs), under the same plan settings; rows get their density.
 */
export async function findCandidatesWith<T extends CandidateRow>(
  db: Database,
  s: MatchSubject,
  options: MatchOptions,
  around: (walk: SQL) => SQL,
): Promise<T[]> {
  const materials = counterpartMaterials(s, await listMaterials(db));
  if (!materials.length) return [];
  const codes = materials.map((m) => m.code);
  const properties = gradeProperties(materials);
  const rows = await queryWithSettings<T>(db, candidatePlanSettings, around(candidateQuery(s, options, codes, properties)));
  const density = new Map(materials.map((m) => [m.code, m.densityTPerM3]));
  for (const row of rows) row.density_t_per_m3 = density.get(row.material_code) ?? null;
  return rows;
}

/**
 * The materials whose listings can be counterparts, the subject's own first: a want for M also
 * takes the substitutes M declares, and every further material it accepts with theirs; an offer
 * of M serves wants for M and for any material that lists M among its substitutes (and, through
 * want_other_materials, wants that accept any of these besides their first).
 */
export function counterpartMaterials(
  s: Pick<MatchSubject, 'kind' | 'materialCode' | 'otherMaterials'>,
  catalogue: Material[],
): Material[] {
  const own = catalogue.find((m) => m.code === s.materialCode);
  if (!own) return [];
  const accepted = s.kind === 'want' ? [own.code, ...(s.otherMaterials ?? [])] : [own.code];
  const others = catalogue.filter((m) =>
    m.code !== own.code &&
    (s.kind === 'want'
      ? accepted.includes(m.code) || accepted.some((code) => catalogue.find((a) => a.code === code)?.substitutes.includes(m.code))
      : m.substitutes.includes(own.code)),
  );
  return [own, ...others];
}

/** The names of the subject's material's properties (it comes first), which shape the grade test. */
export function gradeProperties([own]: Material[]): string[] {
  return own ? own.properties.map((p) => p.name) : [];
}

