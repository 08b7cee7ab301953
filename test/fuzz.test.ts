// Fuzzing from the contract: every route of the OpenAPI document gets random and mutated
// bodies, queries and path parameters. Whatever is sent: no 5xx, every 4xx is problem+json, and
// a refused request writes nothing.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import t from 'tap';
import { queryRows } from '../db/client.ts';
import { insertListing, insertOrganisation } from './fixtures.ts';
import { ADMIN_KEY, bearer, buildTestApp } from './helper.ts';

const { app, db } = await buildTestApp(t);
const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
// Written before any test runs: the tests below count rows to see that refusals write nothing.
const owner = await insertOrganisation(db, 'Fuzz Foundry');
const listing = await insertListing(db, owner, 'tipton', { kind: 'offer', materialCode: 'foundry-sand' });

interface Operation {
  method: string;
  path: string;
  example: unknown;
  /** The query parameters the contract declares. */
  query: string[];
}
interface DocOperation {
  requestBody?: { content?: Record<string, { example?: unknown; schema?: { examples?: unknown[] } }> };
  parameters?: { in: string; name: string }[];
}
const operations: Operation[] = Object.entries<Record<string, DocOperation>>(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    // The generator puts an operation's example beside its schema, not in it.
    example: op.requestBody?.content?.['application/json']?.example ?? op.requestBody?.content?.['application/json']?.schema?.examples?.[0],
    query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
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

/** A string with a NUL somewhere in it: PostgreSQL text cannot hold one. */
const withNul = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`);

/** Cursors: base64url of JSON tuples near what the API gives out, of any JSON, and of garbage. */
const timestampish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('99999-01-01', '-271821-04-20', '2024-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '2024-01-01', 'now', ''),
  withNul,
);
const uuidish = fc.oneof(fc.uuid(), fc.constantFrom('-'.repeat(36), 'not-a-uuid'), fc.string(), withNul);
const numberish = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e308, -1, 0.5));
const cursorElement = fc.oneof(timestampish, uuidish, numberish, fc.jsonValue());
const base64url = (text: string) => Buffer.from(text).toString('base64url');
const cursor = fc.oneof(
  // Shaped like the API's own cursors, one element off.
  { weight: 3, arbitrary: fc.oneof(fc.tuple(timestampish, uuidish), fc.tuple(numberish, uuidish), fc.tuple(numberish)).map((v) => base64url(JSON.stringify(v))) },
  fc.array(cursorElement, { maxLength: 3 }).map((v) => base64url(JSON.stringify(v))),
  fc.jsonValue().map((v) => base64url(JSON.stringify(v))),
  fc.string().map(base64url),
  fc.string(),
);

/** Places at the edges of the globe, as the near (lon,lat) and bbox query strings take them. */
const extremeLongitude = fc.constantFrom(-180, -179.999999, 0, 179.999999, 180);
const extremeLatitude = fc.constantFrom(-90, -89.999999, 0, 89.999999, 90);
const extremePoint = fc.oneof(
  fc.tuple(extremeLongitude, extremeLatitude).map((p) => p.join(',')),
  fc.constantFrom('181,0', '0,90.0000001', '-0,-0'),
);
const extremeBox = fc.oneof(
  fc.tuple(extremeLongitude, extremeLatitude, extremeLongitude, extremeLatitude).map((p) => p.join(',')),
  fc.constantFrom('-180,-90,180,90', '-180,-90,0,90', '179,-90,180,90', '-180,0,180,0.000001', '-100,40,100,60'),
);

/** Polygons that geography finds hard: the world, bands, pole to pole, across the antimeridian. */
const ring = (points: number[][]) => ({ type: 'Polygon', coordinates: [points] });
const extremeGeometry = fc.constantFrom(
  ring([[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]),
  ring([[-180, -89], [180, -89], [180, 89], [-180, 89], [-180, -89]]),
  ring([[0, -90], [0, 90], [10, 90], [0, -90]]),
  ring([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]),
  ring([[0, 90], [90, 90], [90, 80], [0, 80], [0, 90]]),
  ring([[-90, 0], [90, 0], [90, 10], [-90, 0]]),
  { type: 'Point', coordinates: [180, 90] },
  { type: 'Point', coordinates: [-180, -90] },
  { type: 'Point', coordinates: [180, 0] },
  { type: 'Point', coordinates: [0, 90] },
);

const weird = fc.oneof(
  fc.constant('00000000-0000-4000-8000-000000000000'),
  fc.uuid(),
  fc.string(),
  withNul,
  fc.constantFrom('..', '%00', 'a'.repeat(300), '-1', '1e309', 'null', '{}', '🙂'),
);

const queryValue = fc.oneof(fc.string(), withNul, cursor, extremePoint, extremeBox);

/** The body as text, whatever it is (some generated objects cannot turn themselves into strings). */
function safeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return JSON.stringify(value) ?? '';
  }
}

/** JSON text as sent, for bodies too deep to build as objects and stringify. */
class RawJson {
  constructor(readonly text: string) {}
}
const deeplyNested = (field: string) =>
  fc
    .tuple(fc.integer({ min: 60, max: 100_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
    .map(([depth, [open, close]]) => new RawJson(`{"${field}":${open.repeat(depth)}1${close.repeat(depth)}}`));

/** A valid example with one field replaced (by NUL text, an extreme geometry …), removed or nested deep; or anything at all. */
function bodyFor(example: unknown) {
  const anything = fc.oneof(fc.anything(), fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()));
  if (!example || typeof example !== 'object' || Array.isArray(example)) return fc.oneof(anything, deeplyNested('x'));
  const keys = Object.keys(example);
  const replacement = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double(), fc.string(), withNul, extremeGeometry);
  const mutated = fc
    .tuple(fc.constantFrom(...keys), replacement)
    .map(([key, value]) => ({ ...(example as object), [key]: value }));
  const deep = fc.integer({ min: 50, max: 400 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = { a: v };
    return { ...(example as object), [keys[0] ?? 'x']: v };
  });
  return fc.oneof(anything, mutated, mutated, deep, deeplyNested(keys[0] ?? 'x'));
}

/** The body as sent for a content type. */
function payloadOf(body: unknown, contentType: string): string {
  if (body instanceof RawJson) return body.text;
  return contentType === 'application/json' ? (JSON.stringify(body ?? null) ?? 'null') : safeText(body);
}

for (const op of operations) {
  t.test(`${op.method} ${op.path}`, async (t) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(weird, { minLength: 3, maxLength: 3 }),
        bodyFor(op.example),
        fc.dictionary(fc.constantFrom(...op.query, 'limit', 'cursor', 'near', 'bbox'), queryValue),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        fc.option(fc.constantFrom('fuzz-1', 'fuzz-2')),
        async (params, body, query, contentType, idempotencyKey) => {
          let i = 0;
          const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++] ?? 'x'));
          const qs = new URLSearchParams(query).toString();
          const before = await rowCount();
          const hasBody = op.method === 'POST' || op.method === 'PATCH';
          const res = await app.inject({
            method: op.method as 'GET',
            url: qs ? `${url}?${qs}` : url,
            headers: {
              ...bearer(ADMIN_KEY),
              ...(hasBody ? { 'content-type': contentType } : {}),
              ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
              'if-match': '"1"',
            },
            ...(hasBody ? { payload: payloadOf(body, contentType) } : {}),
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

// Every paged route, on rows that exist, so a cursor is decoded rather than cut short by a 404.
for (const op of operations.filter((o) => o.query.includes('cursor'))) {
  t.test(`cursors: ${op.method} ${op.path}`, async (t) => {
    await fc.assert(
      fc.asyncProperty(cursor, fc.option(extremePoint), async (given, near) => {
        const url = op.path.replace(/\{[^}]+\}/g, listing);
        const qs = new URLSearchParams({ cursor: given, ...(near && op.query.includes('near') ? { near } : {}) });
        const res = await app.inject({ method: op.method as 'GET', url: `${url}?${qs}`, headers: bearer(ADMIN_KEY) });
        if (res.statusCode >= 500) throw new Error(`${url}?${qs}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        if (res.statusCode === 400 && !/cursor|near/.test(res.body)) throw new Error(`400 not naming the cursor: ${res.body.slice(0, 300)}`);
      }),
      { numRuns: 40, seed: 20261202 },
    );
    t.pass('no 5xx; a refused cursor is named');
  });
}

// Geometry at the edges of the globe wherever the contract takes a place: the GeoJSON fields of
// its examples, and the near and bbox queries (one at a time: together they are refused early).
const isGeoJson = (v: unknown) => typeof v === 'object' && v !== null && 'coordinates' in v;
for (const op of operations) {
  const example = (op.example ?? {}) as Record<string, unknown>;
  const fields = Object.keys(example).filter((k) => isGeoJson(example[k]));
  const targets = [...(fields.length ? ['body'] : []), ...op.query.filter((q) => q === 'near' || q === 'bbox')];
  for (const target of targets) {
    t.test(`extreme geometry: ${op.method} ${op.path} ${target}`, async (t) => {
      const place = target === 'near' ? extremePoint : target === 'bbox' ? extremeBox : fc.constant('');
      await fc.assert(
        fc.asyncProperty(extremeGeometry, place, fc.string({ maxLength: 8 }), async (geometry, value, suffix) => {
          const path = op.path.replace(/\{[^}]+\}/g, listing);
          const url = target === 'body' ? path : `${path}?${new URLSearchParams({ [target]: value })}`;
          // A fresh name each run, so a stored region or site does not turn the next into a 409.
          const body = { ...example, ...Object.fromEntries(fields.map((f) => [f, geometry])), ...('name' in example ? { name: `Edge ${suffix}` } : {}) };
          const res = await app.inject({
            method: op.method as 'GET',
            url,
            headers: bearer(ADMIN_KEY),
            ...(target === 'body' ? { payload: body } : {}),
          });
          if (res.statusCode >= 500) throw new Error(`${op.method} ${url} ${JSON.stringify(geometry)}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        }),
        { numRuns: 15, seed: 20261202 },
      );
      t.pass('no 5xx at the poles, the antimeridian or round the world');
    });
  }
}

// Bodies nested past any stack, with and without an Idempotency-Key (whose request hash walks the body).
for (const op of operations.filter((o) => o.method === 'POST' || o.method === 'PATCH')) {
  t.test(`depth: ${op.method} ${op.path}`, async (t) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(65, 5_000, 200_000), fc.constantFrom(['[', ']'], ['{"a":', '}']), fc.boolean(), async (depth, [open, close], keyed) => {
        const url = op.path.replace(/\{[^}]+\}/g, listing);
        const field = Object.keys((op.example ?? {}) as object)[0] ?? 'x';
        const res = await app.inject({
          method: op.method as 'POST',
          url,
          headers: { ...bearer(ADMIN_KEY), 'content-type': 'application/json', ...(keyed ? { 'idempotency-key': `depth-${depth}` } : {}) },
          payload: `{"${field}":${open.repeat(depth)}1${close.repeat(depth)}}`,
        });
        if (res.statusCode >= 500) throw new Error(`${op.method} ${url} depth ${depth}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }),
      { numRuns: 4, seed: 20261202 },
    );
    t.pass('no 5xx however deep the body');
  });
}
