// The hand-solved market of the optimiser's tests, shared by the OGC layer of its result.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.ts';
import { insertListing } from './fixtures.ts';
import { createOrganisation } from './helper.ts';

/**
 * Two offers and two wants of foundry sand, 1,200 t a year each. Offer A (Tipton) reaches both
 * wants; offer B (Wolverhampton) hauls 10 km at most, so it reaches only the Tipton want, 8 km
 * away, not Birmingham's (19 km). The best single pair is A to the Tipton want (0 km): greedy
 * takes it and strands B and Birmingham (1,200 t). The optimum sends A to Birmingham and B to
 * Tipton: 2,400 t, and more £ and CO2e, since every pair is worth well above zero a tonne.
 */
export async function market(app: FastifyInstance, db: Database) {
  const [s1, s2, b1, b2] = await Promise.all(['Tipton Castings', 'Wolves Foundry', 'Tipton Blocks', 'Brum Glass'].map((n) => createOrganisation(app, 'member', n)));
  const officer = await createOrganisation(app, 'officer', 'Black Country Officer');
  const a = await insertListing(db, s1!.id, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });
  const b = await insertListing(db, s2!.id, 'wolverhampton', { kind: 'offer', materialCode: 'foundry-sand', maxHaulKm: 10 });
  const x = await insertListing(db, b1!.id, 'tipton', { kind: 'want', materialCode: 'foundry-sand' });
  const y = await insertListing(db, b2!.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  return { officer, member: s1!, a, b, x, y };
}
