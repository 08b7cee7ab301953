// Fuzzing from the contract: every route of the OpenAPI document gets random and mutated
// bodies, queries and path parameters. Whatever is sent: no 5xx, every 4xx is problem+json, and
// a refused request writes nothing.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { ADMIN_KEY, bearer, buildTestApp } from './helper.ts';

const { app, db } = await buildTestApp(t);
const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();

interface Operation {
  method: string;
  path: string;
  example: unknown;
}
const operations: Operation[] = Object.entries<Record<string, { requestBody?: { content?: Record<string, { schema?: { examples?: unknown[] } }> } }>>(
  doc.paths,
).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    example: op.requestBody?.content?.['application/json']?.schema?.examples?.[0],
  })),
);

/** Sum of rows in every table users write: if a refused request changed it, something leaked. */
async function rowCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM api_keys) + (SELECT count(*) FROM sites)
      + (SELECT count(*) FROM listings) + (SELECT count(*) FROM exchanges) + (SELECT count(*) FROM transfers)
      + (SELECT count(*) FROM regions) + (SELECT count(*) FROM factor_sets) + (SELECT count(*) FROM audit_log)
      + (SELECT count(*) FROM idempotency_keys) AS n`,
  );
  return Number(row?.n);
}

const weird = fc.oneof(
  fc.constant('00000000-0000-4000-8000-000000000000'),
  fc.uuid(),
  fc.string(),
  fc.constantFrom('..', '%00', 'a'.repeat(300), '-1', '1e309', 'null', '{}', '🙂'),
);

/** The body as text, whatever it is (some generated objects cannot turn themselves into strings). */
function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return JSON.stringify(value) ?? '';
  }
}

/** A valid example with one field replaced, removed or nested deep; or anything at all. */
function bodyFor(example: unknown) {
  const anything = fc.oneof(fc.anything(), fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()));
  if (!example || typeof example !== 'object' || Array.isArray(example)) return anything;
  const keys = Object.keys(example);
  const mutated = fc
    .tuple(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double(), fc.string()))
    .map(([key, value]) => ({ ...(example as object), [key]: value }));
  const deep = fc.integer({ min: 50, max: 400 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = { a: v };
    return { ...(example as object), [keys[0] ?? 'x']: v };
  });
  return fc.oneof(anything, mutated, mutated, deep);
}

for (const op of operations) {
  t.test(`${op.method} ${op.path}`, async (t) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(weird, { minLength: 3, maxLength: 3 }),
        bodyFor(op.example),
        fc.dictionary(fc.constantFrom('limit', 'cursor', 'near', 'bbox', 'from', 'to', 'groupBy', 'format', 'strict'), fc.string()),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (params, body, query, contentType) => {
          let i = 0;
          const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++] ?? 'x'));
          const qs = new URLSearchParams(query).toString();
          const before = await rowCount();
          const hasBody = op.method === 'POST' || op.method === 'PATCH';
          const res = await app.inject({
            method: op.method as 'GET',
            url: qs ? `${url}?${qs}` : url,
            headers: { ...bearer(ADMIN_KEY), ...(hasBody ? { 'content-type': contentType } : {}), 'if-match': '"1"' },
            ...(hasBody ? { payload: contentType === 'application/json' ? JSON.stringify(body ?? null) : safeText(body) } : {}),
          });
          if (res.statusCode >= 500) throw new Error(`${op.method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
          if (res.statusCode >= 400) {
            if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
              throw new Error(`${res.statusCode} without problem+json: ${res.body.slice(0, 200)}`);
            if ((await rowCount()) !== before) throw new Error(`${op.method} ${url}: refused with ${res.statusCode} but wrote`);
          }
        },
      ),
      { numRuns: 25, seed: 20261122 },
    );
    t.pass('no 5xx; every 4xx a problem; nothing written when refused');
  });
}
