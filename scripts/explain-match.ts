// Prints EXPLAIN (ANALYZE, BUFFERS) of the match query for one active offer and one active want
// of the loaded data: node --import tsx scripts/explain-match.ts [material]
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client.ts';
import { loadConfig } from '../src/config.ts';
import { candidateQuery, listingSubject } from '../src/services/matching.ts';

const material = process.argv[2] ?? 'foundry-sand';
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
for (const kind of ['offer', 'want']) {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`SELECT id FROM listings WHERE kind = ${kind} AND status = 'active' AND expires_at > now() AND material_code = ${material} ORDER BY md5(id::text) LIMIT 1`,
  );
  const subject = row && (await listingSubject(database.db, row.id));
  if (!subject) continue;
  const plan = await database.db.transaction(async (tx) => {
    // As findCandidates runs it; PLANNER_DEFAULT=1 shows what the planner would pick unaided.
    if (!process.env.PLANNER_DEFAULT) await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
    return queryRows<{ 'QUERY PLAN': string }>(
      tx as never,
      sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${candidateQuery(subject, { strict: false, minShareOfWant: 0.05, cap: config.matchCandidateCap })}`,
    );
  });
  console.log(`-- ${kind} ${subject.listingId} (${material}, max haul ${subject.maxHaulKm} km)`);
  console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
}
await database.close();
