// Checks that matching with the totals-only ranking answers byte for byte as before it: the
// service as it was (compiled from the commit before src/savings/estimate-totals.ts, or --base)
// and as it is run on the same database, and every answer is compared as bytes. For each of the
// benchmark's 1,000 subjects (the same choice as http.ts): the officer's first page, the same again,
// the page its cursor leads to, a page of 5, and the same listing as a member's ad hoc search
// (public points). All but the first of a listing's pages are read from the ranking the current
// service kept (src/matching/ranking-cache.ts), so kept pages are compared with ranked ones too.
//   DATABASE_URL=postgres://…/scratch node --import tsx scripts/bench/lean-identical.ts [--base <ref>] [--subjects 1000]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client.ts';
import { beforeAdding, commitOf, compiledCheckout } from '../lib/checkout.ts';
import { startService, stopService } from '../lib/service.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, subjects: { type: 'string', default: '1000' } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a server database loaded with synthetic listings');
const base = values.base ? commitOf(values.base) : beforeAdding('src/savings/estimate-totals.ts');
const admin = randomBytes(24).toString('hex');
const env = { LOG_LEVEL: 'warn', ADMIN_API_KEY: admin, RATE_LIMIT_PER_MINUTE: '1000000' };

const before = await startService(env, 90_000, compiledCheckout(base));
const now = await startService(env);
try {
  const call = async (service: typeof now, key: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${service.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, text: await res.text() };
  };
  const organisation = async (role: string) =>
    JSON.parse((await call(now, admin, 'POST', '/organisations', { name: `Identical ${role}`, role, contactEmail: 'identical@example.org' })).text)
      .apiKey as string;
  const officer = await organisation('officer');
  const member = await organisation('member');

  const database = await openDatabase({ url, poolMax: 1 });
  const ids = (
    await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM listings WHERE status = 'active' AND expires_at > now() ORDER BY md5(id::text) LIMIT ${Number(values.subjects)}`,
    )
  ).map((r) => r.id);
  await database.close();

  let compared = 0;
  let candidates = 0;
  const differences: string[] = [];
  /** The same request to both services; the answer as the current service gave it. */
  const both = async (what: string, key: string, method: string, path: string, body?: unknown) => {
    const [old, fresh] = await Promise.all([call(before, key, method, path, body), call(now, key, method, path, body)]);
    compared++;
    if (old.status !== fresh.status || old.text !== fresh.text) differences.push(`${what}: ${old.status} ${old.text.length} B ≠ ${fresh.status} ${fresh.text.length} B`);
    if (fresh.status !== 200) differences.push(`${what}: status ${fresh.status} ${fresh.text.slice(0, 200)}`);
    return JSON.parse(fresh.text);
  };
  for (const id of ids) {
    const first = await both(`${id} page 1`, officer, 'GET', `/listings/${id}/matches`);
    candidates += first.candidates;
    await both(`${id} page 1 again`, officer, 'GET', `/listings/${id}/matches`);
    if (first.nextCursor) await both(`${id} page 2`, officer, 'GET', `/listings/${id}/matches?cursor=${encodeURIComponent(first.nextCursor)}`);
    await both(`${id} limit 5`, officer, 'GET', `/listings/${id}/matches?limit=5`);
    const listing = JSON.parse((await call(now, officer, 'GET', `/listings/${id}`)).text);
    const search = {
      kind: listing.kind,
      material: listing.material,
      ...(listing.kind === 'offer' ? { grade: listing.grade ?? {} } : { accepts: listing.accepts ?? {} }),
      quantity: listing.quantity,
      maxHaulKm: listing.maxHaulKm,
      location: listing.location,
      ...(listing.currentRoute ? { currentRoute: listing.currentRoute } : {}),
      ...(listing.virginPriceGbpPerTonne ? { virginPriceGbpPerTonne: listing.virginPriceGbpPerTonne } : {}),
    };
    await both(`${id} member search`, member, 'POST', '/matches/search', search);
  }
  console.log(`base ${base.slice(0, 12)} against this checkout: ${ids.length} subjects, ${compared} requests compared, ` +
    `${candidates} candidates ranked on first pages, ${differences.length} differences`);
  for (const d of differences.slice(0, 20)) console.log(`  ${d}`);
  process.exitCode = differences.length ? 1 : 0;
} finally {
  await stopService(before, 'SIGTERM');
  await stopService(now, 'SIGTERM');
}
