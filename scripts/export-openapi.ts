// npm run docs:export: writes the OpenAPI document of the app to docs/openapi.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

// The document depends on the routes only, so an unmigrated in-memory database is enough.
const database = await openDatabase({});
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database });
await app.ready();
const target = new URL('../docs/openapi.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
console.log('Wrote docs/openapi.json');
