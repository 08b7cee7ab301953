import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows, setLocally, statementOf } from '../../db/client.ts';
import { listMaterials } from '../reference/materials.ts';
import { counterpartMaterials, gradeProperties } from './candidates.ts';
import { candidatePlanSettings, candidateQuery, type MatchOptions } from './candidates-sql.ts';
import type { MatchSubject } from './subject.ts';

/**
 * EXPLAIN of the plan findCandidates runs: the generic one, made without the subject's values
 * (PREPARE, then EXPLAIN EXECUTE under the same settings). For docs, tests and diagnosis.
 */
export async function explainCandidates(
  db: Database,
  s: MatchSubject,
  options: MatchOptions,
  how: { analyze: boolean; settings?: Record<string, string> },
): Promise<string> {
  const materials = counterpartMaterials(s, await listMaterials(db));
  const codes = materials.map((m) => m.code);
  const { sql: text, params } = statementOf(candidateQuery(s, options, codes, gradeProperties(materials)));
  const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
  // Arrays (the stated properties) as array literals, which the statement casts as it needs.
  const element = (e: unknown) => `"${String(e).replace(/[\\"]/g, '\\$&')}"`;
  const literal = (v: unknown) =>
    v === null
      ? 'NULL'
      : Array.isArray(v)
        ? quote(`{${v.map(element).join(',')}}`)
        : typeof v === 'string'
          ? quote(v)
          : String(v as number | boolean);
  const explain = how.analyze ? 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)' : 'EXPLAIN (COSTS OFF)';
  return inTransaction(db, async (tx) => {
    await tx.execute(setLocally({ ...candidatePlanSettings, ...how.settings }));
    await tx.execute(sql.raw(`PREPARE candidates AS ${text}`));
    const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`${explain} EXECUTE candidates(${params.map(literal).join(', ')})`));
    await tx.execute(sql`DEALLOCATE candidates`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

