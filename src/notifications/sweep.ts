// What the periodic sweep job does; each part is safe to run twice or in two processes at once.
import type { Database } from '../../db/client.ts';
import type { Config } from '../config.ts';
import { sweepExpiry } from './expiry.ts';

export async function runSweep(db: Database, _config: Config): Promise<void> {
  await sweepExpiry(db);
}
