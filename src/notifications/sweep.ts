// What the periodic sweep job does; each part is safe to run twice or in two processes at once.
import type { Database } from '../../db/client.ts';
import { sweepExpiry } from './expiry.ts';
import { sendDigests } from './saved-searches.ts';

export async function runSweep(db: Database): Promise<void> {
  await sweepExpiry(db);
  await sendDigests(db);
}
