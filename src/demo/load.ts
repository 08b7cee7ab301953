// Loads the demo region (db/seed/demo) through the services, as firms and the programme office
// would through the API, so every rule that applies to them applies to the demo.
import { count, eq } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { organisations, users } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';
import { actOnExchange, createExchange } from '../exchanges/exchanges.ts';
import { ukDate } from '../exchanges/transfer-allowance.ts';
import { recordTransfer } from '../exchanges/transfers.ts';
import { createListing } from '../listings/listings.ts';
import { createSite } from '../listings/sites.ts';
import { acceptInvite, createInvite } from '../people/invites-and-users.ts';
import { createOrganisation } from '../people/organisations.ts';
import { type DemoData, type DemoPerson, readDemoData } from './data.ts';

export interface DemoAccount {
  role: 'member' | 'officer';
  organisation: string;
  email: string;
  password: string;
}

export interface DemoSummary {
  /** false when the demo was already there and nothing was written */
  loaded: boolean;
  firms: number;
  listings: number;
  exchanges: number;
  transfers: number;
  accounts: DemoAccount[];
}

export class DemoRefused extends Error {
  override name = 'DemoRefused';
}

const programmeAdmin: Principal = {
  organisationId: null,
  role: 'admin',
  keyId: null,
  userId: null,
  sessionId: null,
  orgAdmin: true,
};

const DAY_MS = 86_400_000;
const dayFrom = (today: string, days: number | undefined) =>
  days === undefined ? undefined : new Date(Date.parse(today) + days * DAY_MS).toISOString().slice(0, 10);

function summary(data: DemoData, loaded: boolean): DemoSummary {
  const member = data.firms.filter((f) => f.person);
  return {
    loaded,
    firms: data.firms.length,
    listings: data.listings.length,
    exchanges: data.exchanges.length,
    transfers: data.exchanges.reduce((n, e) => n + e.transfers.length, 0),
    accounts: [
      ...member.map((f) => ({ role: 'member' as const, organisation: f.name, email: f.person!.email, password: f.person!.password })),
      { role: 'officer', organisation: data.programme.name, email: data.programme.person.email, password: data.programme.person.password },
    ],
  };
}

/** A new organisation with its first key; the principal acts as that key would. */
async function addOrganisation(tx: Database, input: Parameters<typeof createOrganisation>[2]): Promise<Principal> {
  const { organisation, key } = await createOrganisation(tx, programmeAdmin, input);
  return { organisationId: organisation.id, role: organisation.role, keyId: key.id, userId: null, sessionId: null, orgAdmin: true };
}

async function addPerson(tx: Database, organisationId: string, person: DemoPerson): Promise<void> {
  const { token } = await createInvite(tx, programmeAdmin, organisationId, { email: person.email, orgAdmin: true });
  await acceptInvite(tx, token, { name: person.name, password: person.password });
}

/**
 * Loads the demo in one transaction: all of it or none. Idempotent: when the programme officer's
 * account exists the demo is there and nothing is written. Refuses a database that already holds
 * other organisations, because the demo's passwords are public and its officer reads everything.
 */
export async function loadDemo(
  db: Database,
  options: { listingTtlDays: number; factorSetId: string; now?: Date },
): Promise<DemoSummary> {
  const data = await readDemoData();
  const today = ukDate(options.now ?? new Date());
  return inTransaction(db, async (tx) => {
    const [present] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.programme.person.email));
    if (present) return summary(data, false);
    const [others] = await tx.select({ n: count() }).from(organisations);
    if (others && others.n > 0)
      throw new DemoRefused(
        `The demo loads only into a database without organisations; this one has ${others.n}. Use an empty one (e.g. DATA_DIR=./demo-data).`,
      );

    const programme = await addOrganisation(tx, {
      name: data.programme.name,
      role: 'officer',
      contactEmail: data.programme.contactEmail,
      contactName: data.programme.contactName,
    });
    await addPerson(tx, programme.organisationId!, data.programme.person);

    const firms = new Map<string, { p: Principal; siteId: string }>();
    for (const firm of data.firms) {
      const p = await addOrganisation(tx, {
        name: firm.name,
        role: 'member',
        contactEmail: firm.person?.email ?? `office@${firm.key}.example`,
        ...(firm.contactName ? { contactName: firm.contactName } : {}),
      });
      const site = await createSite(tx, p, {
        name: `${firm.town} works`,
        location: { type: 'Point', coordinates: firm.location },
        address: `${firm.town} (town centre; a fictional firm)`,
      });
      if (firm.person) await addPerson(tx, p.organisationId!, firm.person);
      firms.set(firm.key, { p, siteId: site.id });
    }
    const firmOf = (key: string) => {
      const firm = firms.get(key);
      if (!firm) throw new Error(`db/seed/demo: no firm ${key}`);
      return firm;
    };

    const listings = new Map<string, { id: string; firm: string }>();
    for (const { ref, firm, availableFromDay, availableUntilDay, ...listing } of data.listings) {
      const { p, siteId } = firmOf(firm);
      const created = await createListing(
        tx,
        p,
        { ...listing, siteId, availableFrom: dayFrom(today, availableFromDay), availableUntil: dayFrom(today, availableUntilDay) },
        options.listingTtlDays,
      );
      listings.set(ref, { id: created.id, firm });
    }
    const listingOf = (ref: string) => {
      const listing = listings.get(ref);
      if (!listing) throw new Error(`db/seed/demo: no listing ${ref}`);
      return listing;
    };

    for (const e of data.exchanges) {
      const offer = listingOf(e.offer);
      const want = listingOf(e.want);
      const offerFirm = firmOf(offer.firm).p;
      const exchange = await createExchange(tx, offerFirm, { offerId: offer.id, wantId: want.id, quantity: e.quantity });
      if (e.accepted) await actOnExchange(tx, firmOf(want.firm).p, exchange.id, 'accept');
      for (const t of e.transfers)
        await recordTransfer(tx, offerFirm, exchange.id, { date: today, amount: t.amount, unit: exchange.quantity.unit, note: t.note }, options.factorSetId);
    }
    return summary(data, true);
  });
}

/** The lines that tell a person where the demo is and how to sign in. */
export function describeDemo(demo: DemoSummary, url: string): string {
  const head = demo.loaded
    ? `Demo loaded: ${demo.firms} fictional firms at real towns, ${demo.listings} listings, ${demo.exchanges} exchanges, ${demo.transfers} transfers.`
    : 'Demo already loaded; nothing changed.';
  const widest = (text: (a: DemoAccount) => string) => Math.max(...demo.accounts.map((a) => text(a).length)) + 2;
  const [email, password] = [widest((a) => a.email), widest((a) => a.password)];
  const lines = demo.accounts.map((a) => `  ${a.role.padEnd(8)}${a.email.padEnd(email)}${a.password.padEnd(password)}${a.organisation}`);
  return [head, `Sign in at ${url}/ as:`, ...lines].join('\n');
}
