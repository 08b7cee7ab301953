// Prints EXPLAIN (ANALYZE, BUFFERS) of the match query as the service plans it, for one active
// offer and one active want of the loaded data: node --import tsx scripts/explain-match.ts [material]
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client.ts';
import { loadConfig } from '../src/config.ts';
import { explainCandidates } from '../src/matching/explain.ts';
import { listingSubject } from '../src/matching/subject.ts';

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
  // As findCandidates runs it; PLANNER_DEFAULT=1 shows what the planner would pick unaided.
  const settings: Record<string, string> = process.env.PLANNER_DEFAULT ? { enable_bitmapscan: 'on', plan_cache_mode: 'auto' } : {};
  const options = { strict: false, minShareOfWant: 0.05, cap: config.matchCandidateCap };
  const plan = await explainCandidates(database.db, subject, options, { analyze: true, settings });
  console.log(`-- ${kind} ${subject.listingId} (${material}, max haul ${subject.maxHaulKm} km)`);
  console.log(plan);
}
await database.close();
