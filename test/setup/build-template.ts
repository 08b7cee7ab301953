// tap's before-script: builds one migrated, seeded database to copy for every test file.
// PGlite: a data-directory dump (creating PostGIS takes ~10 s; loading a dump ~3 s).
// Server: a template database, copied with CREATE DATABASE … TEMPLATE (~100 ms).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { openDatabase, pgliteExtensions } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { seedReferenceData } from '../../src/bootstrap.ts';
import { pgliteTemplatePath, serverTemplateName, withDatabase } from './template.ts';

async function buildPgliteTemplate() {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return;
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const { drizzle } = await import('drizzle-orm/pglite');
  const schema = await import('../../db/schema.ts');
  const db = drizzle({ client, schema, casing: 'snake_case' }) as never;
  await migrate(db);
  await seedReferenceData(db);
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
}

async function buildServerTemplate(url: string) {
  const name = serverTemplateName(url);
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: withDatabase(url, name), poolMax: 1 });
  try {
    await migrate(database.db);
    await seedReferenceData(database.db);
  } finally {
    await database.close();
  }
}

const url = process.env.TEST_DATABASE_URL;
if (url) await buildServerTemplate(url);
else await buildPgliteTemplate();
