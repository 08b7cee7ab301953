import t from 'tap';
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
