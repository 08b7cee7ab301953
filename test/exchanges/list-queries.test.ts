// A page of exchanges costs the same number of statements however many it holds: the parties
// of the whole page are read together, not two queries an exchange.
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import t from 'tap';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import type { Principal } from '../../src/auth/principal.ts';
import { listExchanges } from '../../src/exchanges/exchanges.ts';
import { insertListing, insertOrganisation } from '../fixtures.ts';
import { buildTestApp } from '../helper.ts';

const { db, engine } = await buildTestApp(t);

/** The same connection as `db`, through a drizzle that counts the statements it sends. */
function countingDatabase(): { db: Database; statements: () => number } {
  let count = 0;
  const options = { schema, casing: 'snake_case' as const, logger: { logQuery: () => void count++ } };
  const client = (db as unknown as { $client: never }).$client;
  const counted = engine === 'pglite' ? drizzlePglite({ client, ...options }) : drizzlePostgres({ client, ...options });
  return { db: counted as unknown as Database, statements: () => count };
}

const officer: Principal = {
  organisationId: null,
  role: 'officer',
  keyId: null,
  userId: null,
  sessionId: null,
  orgAdmin: false,
};

const EXCHANGES = 50;
const buyer = await insertOrganisation(db, 'Brum Blocks');
const sellers: string[] = [];
for (let i = 0; i < EXCHANGES; i++) {
  const seller = await insertOrganisation(db, `Seller ${i}`);
  sellers.push(seller);
  const offerId = await insertListing(db, seller, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const wantId = await insertListing(db, buyer, 'birmingham', { kind: 'want', materialCode: 'silica-sand' });
  // Every other one accepted: only those disclose their parties to a member.
  await db.insert(schema.exchanges).values({
    offerId,
    wantId,
    offerOrganisationId: seller,
    wantOrganisationId: buyer,
    proposedByOrganisationId: seller,
    quantityAmount: 10,
    quantityUnit: 't',
    quantityRate: 'month',
    status: i % 2 ? 'proposed' : 'accepted',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
  });
}

async function statementsForPage(p: Principal, limit: number) {
  const counting = countingDatabase();
  const page = await listExchanges(counting.db, p, { limit });
  return { page, statements: counting.statements() };
}

t.test('a page of 2 exchanges and a page of 50 cost the same number of statements', async (t) => {
  const two = await statementsForPage(officer, 2);
  const fifty = await statementsForPage(officer, 50);
  t.equal(two.page.items.length, 2);
  t.equal(fifty.page.items.length, EXCHANGES);
  t.ok(fifty.page.items.every((x) => x.parties), 'an officer sees every party');
  t.equal(fifty.statements, two.statements, `${two.statements} statements for 2, ${fifty.statements} for 50`);
  t.ok(fifty.statements <= 4, 'the page, its sites, its organisations and its message counts');
});

t.test("each exchange gets its own parties, and only where they are disclosed", async (t) => {
  const member: Principal = { ...officer, organisationId: buyer, role: 'member' };
  const { page, statements } = await statementsForPage(member, 50);
  const two = await statementsForPage(member, 2);
  t.equal(statements, two.statements, 'the same for a member, whose page is part disclosed');
  t.equal(page.items.length, EXCHANGES);
  // Newest first: item k is exchange EXCHANGES - 1 - k.
  page.items.forEach((x, k) => {
    const i = EXCHANGES - 1 - k;
    if (i % 2) return t.equal(x.parties, null, `exchange ${i} is only proposed`);
    t.equal(x.parties?.offer.organisation.id, sellers[i], `exchange ${i}: its seller`);
    t.equal(x.parties?.offer.organisation.name, `Seller ${i}`);
    t.equal(x.parties?.want.organisation.id, buyer);
    t.same(x.parties?.offer.site.location.coordinates, [-2.0662, 52.5294]);
    t.same(x.parties?.want.site.location.coordinates, [-1.8904, 52.4862]);
  });
});

t.test('an empty page sends only the page query', async (t) => {
  const stranger: Principal = { ...officer, organisationId: '00000000-0000-0000-0000-000000000001', role: 'member' };
  const { statements } = await statementsForPage(stranger, 50);
  t.equal(statements, 1);
});
