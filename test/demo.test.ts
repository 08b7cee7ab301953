import { sql } from 'drizzle-orm';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { readDemoData } from '../src/demo/data.ts';
import { DemoRefused, describeDemo, loadDemo } from '../src/demo/load.ts';
import { buildTestApp, createOrganisation } from './helper.ts';

const { app, db, config, reset } = await buildTestApp(t);
const options = { listingTtlDays: config.listingTtlDays, factorSetId: config.defaultFactorSet };

async function tally() {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations,
      (SELECT count(*)::int FROM organisations WHERE role = 'officer') AS officers,
      (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM sites) AS sites,
      (SELECT count(*)::int FROM listings) AS listings,
      (SELECT count(*)::int FROM exchanges) AS exchanges,
      (SELECT count(*)::int FROM exchanges WHERE status = 'proposed') AS proposed,
      (SELECT count(*)::int FROM exchanges WHERE status = 'active') AS active,
      (SELECT count(*)::int FROM transfers) AS transfers,
      (SELECT count(*)::int FROM audit_log) AS audit_entries`,
  );
  return row;
}

t.test('the demo loads the firms, listings, exchanges and transfers of its files, once', async (t) => {
  await reset();
  const data = await readDemoData();
  t.equal(data.firms.length, 30, 'about 30 firms');
  t.ok(data.listings.length >= 55 && data.listings.length <= 70, 'about 60 listings');

  const first = await loadDemo(db, options);
  t.equal(first.loaded, true);
  const counts = await tally();
  t.same(counts, {
    organisations: 31,
    officers: 1,
    users: 3,
    sites: 30,
    listings: data.listings.length,
    exchanges: 6,
    proposed: 2,
    active: 3,
    transfers: 3,
    audit_entries: counts?.audit_entries,
  });
  t.ok((counts?.audit_entries ?? 0) > 100, 'written through the services, so audited');
  t.same(
    first.accounts.map((a) => a.role),
    ['member', 'member', 'officer'],
  );
  t.match(describeDemo(first, 'http://localhost:3000'), /officer@reuse-network\.example\s+officer-demo-2026/);

  const again = await loadDemo(db, options);
  t.equal(again.loaded, false, 'the second run finds the demo there');
  t.same(again.accounts, first.accounts, 'and still prints the sign-ins');
  t.same(await tally(), counts, 'and changes nothing');
});

t.test('a demo member signs in and sees matches for its foundry sand', async (t) => {
  const demo = await loadDemo(db, options);
  const member = demo.accounts.find((a) => a.email === 'dan@tipton-castings.example');
  if (!member) throw new Error('no Tipton account in the demo');
  const signIn = await app.inject({ method: 'POST', url: '/session', payload: { email: member.email, password: member.password } });
  t.equal(signIn.statusCode, 200, 'signed in with the printed password');
  const cookie = signIn.cookies.find((c) => c.name === 'rx_session');
  const headers = { cookie: `rx_session=${cookie?.value}` };
  const orgId = signIn.json().organisation.id as string;

  const mine = await app.inject({ url: `/listings?organisation=${orgId}&material=foundry-sand&kind=offer`, headers });
  t.equal(mine.statusCode, 200, 'reads its listings');
  const [sand] = mine.json().items as { id: string }[];
  if (!sand) throw new Error('no foundry sand offer');
  const matches = await app.inject({ url: `/listings/${sand.id}/matches`, headers });
  t.equal(matches.statusCode, 200, 'reads their matches');
  const items = matches.json().items as { listing: { material: string; kind: string } }[];
  t.ok(items.length >= 3, `block and concrete makers want it (${items.length} matches)`);
  t.ok(items.every((m) => m.listing.kind === 'want'));
});

t.test('the demo refuses a database that holds other organisations, and writes nothing', async (t) => {
  await reset();
  await createOrganisation(app, 'member', 'A real firm');
  await t.rejects(loadDemo(db, options), DemoRefused);
  t.match(await tally(), { organisations: 1, users: 0, listings: 0 });
});
