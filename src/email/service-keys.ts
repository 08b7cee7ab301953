// Keys the service makes for itself on first use and keeps in the database, so that every
// instance signs and checks with the same key without any configuration.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { serviceKeys } from '../../db/schema.ts';

export async function serviceKey(db: Database, name: string): Promise<Buffer> {
  await db.insert(serviceKeys).values({ name, key: randomBytes(32).toString('base64') }).onConflictDoNothing();
  const [row] = await db.select().from(serviceKeys).where(eq(serviceKeys.name, name));
  if (!row) throw new Error(`service key ${name} could not be stored`);
  return Buffer.from(row.key, 'base64');
}
