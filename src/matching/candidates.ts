import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryPreparedRows, queryWithSettings } from '../../db/client.ts';
import type { Material } from '../../schemas/material.ts';
import { listMaterials } from '../reference/materials.ts';
import {
  type CandidateRow,
  candidateColumns,
  candidatePlanSettings,
  candidatePosition,
  candidateQuery,
  type MatchOptions,
  subjectPoint,
} from './candidates-sql.ts';
import { type CellRange, cellsGeneration } from './match-cells.ts';
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

/** A kept ranking's page row: a candidate, with what the page shows beside it (pageFacts). */
export interface PageRow extends CandidateRow {
  ewc_code: string | null;
  hazardous: boolean;
  organisation_name: string;
}

/**
 * The generation of the cells a ranking depends on (src/matching/match-cells.ts), read before the
 * ranking: what it is ranked from is then at least as recent as what the number counts.
 */
export async function readCellsGeneration(db: Database, codes: readonly string[], cells: CellRange): Promise<string> {
  const [row] = await queryPreparedRows<{ generation: string }>(db, sql`SELECT ${cellsGeneration(codes, cells)} AS generation`);
  return row?.generation ?? '0';
}

/**
 * The page of a kept ranking in one round trip: the listings by id as the walk would give them as
 * candidates of `s` (the same columns, the distance measured the same way), with their page facts,
 * in the order of `ids`, and `generation` read in the same statement. A listing gone since is
 * left out.
 */
export async function keptPageRows(
  db: Database,
  s: MatchSubject,
  options: Pick<MatchOptions, 'exactPositions'>,
  ids: readonly string[],
  generation: SQL,
  catalogue: Material[],
): Promise<{ generation: string; rows: PageRow[] }> {
  // One row even for an empty page: the generation's.
  const found = await queryPreparedRows<{ generation: string } & (PageRow | { [K in keyof PageRow]: null })>(
    db,
    sql`SELECT g.generation, p.* FROM (SELECT ${generation} AS generation) g
        LEFT JOIN LATERAL (
          SELECT ${candidateColumns(subjectPoint(s), candidatePosition(options))},
              c.ewc_code, c.hazardous, o.name AS organisation_name
            FROM listings c JOIN organisations o ON o.id = c.organisation_id
           WHERE c.id = ANY(${sql.param(ids)}::uuid[])
        ) p ON true`,
  );
  const density = new Map(catalogue.map((m) => [m.code, m.densityTPerM3]));
  const byId = new Map<string, PageRow>();
  for (const row of found) if (row.id !== null) byId.set(row.id, row as PageRow);
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    row.density_t_per_m3 = density.get(row.material_code) ?? null;
    return [row];
  });
  return { generation: found[0]?.generation ?? '0', rows };
}

/**
 * Until when a walk that returned these listings returns the same (ms since the epoch): until the
 * first of them expires, or the database's day ends (the walk compares availability with
 * current_date). Writes to listings are the cells' business (src/matching/match-cells.ts).
 */
export async function walkValidUntil(db: Database, ids: readonly string[]): Promise<number> {
  const [row] = await queryPreparedRows<{ until: number }>(
    db,
    sql`SELECT (extract(epoch FROM LEAST((current_date + 1)::timestamptz, min(expires_at))) * 1000)::float8 AS until
          FROM listings WHERE id = ANY(${sql.param(ids)}::uuid[])`,
  );
  return Number(row?.until ?? 0);
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

