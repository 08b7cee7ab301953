import { readFileSync } from 'node:fs';
import t from 'tap';
import { API_TYPES_PATH, apiTypesSource, OPENAPI_JSON_PATH, openapiJson } from '../scripts/lib/openapi-artifacts.ts';
import { buildTestApp } from './helper.ts';

const { app } = await buildTestApp(t);

t.test('OpenAPI 3.1 document describes every route fully', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/documentation/json' });
  t.equal(res.statusCode, 200);
  const doc = res.json();
  t.equal(doc.openapi, '3.1.0');
  t.ok(doc.components.securitySchemes.apiKey);
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      t.type(op.operationId, 'string', `${where} operationId`);
      t.notOk(operationIds.has(op.operationId as string), `${where} operationId unique`);
      operationIds.add(op.operationId as string);
      t.type(op.summary, 'string', `${where} summary`);
      t.ok(Array.isArray(op.tags) && (op.tags as unknown[]).length > 0, `${where} tags`);
      t.ok(op.responses && Object.keys(op.responses as object).length > 0, `${where} responses`);
    }
  }
  t.ok(operationIds.has('createOrganisation'));
  t.ok(operationIds.has('listMaterials'));
});

t.test('Swagger UI is served', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/documentation/' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /text\/html/);
});

// Generic OpenAPI tooling (Spectral's spectral:oas, client generators) must read the document as written.
t.test('every operation says who may call it in a description of its own', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  for (const [path, item] of Object.entries<Record<string, { description?: string; summary: string }>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      t.ok(op.description && op.description.length > 20, `${where} has a description`);
      t.not(op.description, op.summary, `${where} description is not the summary`);
    }
  }
});

t.test('every array schema has items; fixed-length tuples keep prefixItems and their bounds', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  const missing: string[] = [];
  let tuples = 0;
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (schema.type === 'array' && !(schema.items && typeof schema.items === 'object')) missing.push(at);
    if (Array.isArray(schema.prefixItems)) {
      tuples++;
      t.equal(schema.maxItems, schema.prefixItems.length, `${at} admits nothing past its prefix`);
    }
    for (const [k, v] of Object.entries(schema)) walk(v, `${at}.${k}`);
  };
  walk(doc, '$');
  t.same(missing, [], 'no array schema without items');
  t.ok(tuples > 0, 'positions are still tuples');
  const position = doc.components.schemas.Site.properties.location.properties.coordinates;
  t.same(position.items, { type: 'number' });
});

t.test('every component schema is used by some operation', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  const text = JSON.stringify(doc);
  for (const name of Object.keys(doc.components.schemas)) {
    t.ok(text.includes(`"#/components/schemas/${name}"`), `${name} is referenced`);
  }
  t.notOk('ProblemInput' in doc.components.schemas, 'no request twin of a response-only schema');
});

t.test('docs/openapi.json and src/web/api-types.ts are those of the live document', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  const root = new URL('../', import.meta.url);
  const stale = 'stale: run npm run docs:export and commit the result';
  t.equal(readFileSync(new URL(OPENAPI_JSON_PATH, root), 'utf8'), openapiJson(doc), `${OPENAPI_JSON_PATH} ${stale}`);
  t.equal(readFileSync(new URL(API_TYPES_PATH, root), 'utf8'), await apiTypesSource(doc), `${API_TYPES_PATH} ${stale}`);
});
