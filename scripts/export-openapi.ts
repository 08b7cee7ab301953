// npm run docs:export: writes the OpenAPI document of the app to docs/openapi.json and the web
// app's types generated from it to src/web/api-types.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { API_TYPES_PATH, apiTypesSource, OPENAPI_JSON_PATH, openapiJson } from './lib/openapi-artifacts.ts';

// The document depends on the routes only, so an unmigrated in-memory database is enough.
const database = await openDatabase({});
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WORKERS: '0' }), database });
await app.ready();
const document = app.swagger();
await app.close();

const root = new URL('../', import.meta.url);
mkdirSync(new URL('docs/', root), { recursive: true });
writeFileSync(new URL(OPENAPI_JSON_PATH, root), openapiJson(document));
writeFileSync(new URL(API_TYPES_PATH, root), await apiTypesSource(document));
console.log(`Wrote ${OPENAPI_JSON_PATH} and ${API_TYPES_PATH}`);
