import { Readable } from 'node:stream';
import t from 'tap';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

// A small import limit so bodies over it are cheap to send; the row limit is the real one.
const LIMIT = 256 * 1024;
const { app } = await buildTestApp(t, { IMPORT_BODY_LIMIT_BYTES: String(LIMIT) });
const firm = await createOrganisation(app);
const HEADER = 'kind,siteId,material,quantity.amount,quantity.unit,quantity.rate,maxHaulKm\n';

/**
 * A body produced as it is read, recording how much of it the server has pulled; `lines` may be
 * Infinity, for a body that never ends until the test destroys it.
 */
function lazyBody(head: string, line: string, lines: number) {
  const state = { pulled: 0, total: Buffer.byteLength(head) + Buffer.byteLength(line) * lines };
  let sent = -1;
  const stream = new Readable({
    read() {
      if (sent === -1) {
        sent = 0;
        state.pulled += Buffer.byteLength(head);
        return void this.push(head);
      }
      if (sent >= lines) return void this.push(null);
      const n = Math.min(1000, lines - sent);
      sent += n;
      const chunk = line.repeat(n);
      state.pulled += Buffer.byteLength(chunk);
      this.push(chunk);
    },
  });
  return { stream, state };
}

const importCsv = (payload: string | Readable, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/listings/import',
    headers: { ...bearer(firm.apiKey), 'content-type': 'text/csv', ...headers },
    payload,
  });

t.test('a CSV declared larger than the import limit is refused before it is read', async (t) => {
  const { stream, state } = lazyBody(HEADER, 'offer\n', 100_000);
  const res = await importCsv(stream, { 'content-length': String(state.total) });
  t.equal(res.statusCode, 413);
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(res.json(), { type: 'urn:reuse-exchange:problem:payload-too-large', limitBytes: LIMIT, errors: [{ path: 'body' }] });
  t.ok(state.pulled < LIMIT, `read ${state.pulled} bytes of ${state.total}`);
});

t.test('a streamed CSV is refused as soon as it passes the import limit, even an endless one', async (t) => {
  // Rows of 300 bytes: the byte limit comes long before the row limit.
  const { stream } = lazyBody(HEADER, `offer,${'x'.repeat(293)}\n`, Infinity);
  t.teardown(() => stream.destroy());
  const res = await importCsv(stream);
  t.equal(res.statusCode, 413);
  t.match(res.json(), { type: 'urn:reuse-exchange:problem:payload-too-large', detail: new RegExp(`limit of ${LIMIT} bytes`) });
});

t.test('a GeoJSON import over the import limit is a 413 problem', async (t) => {
  const doc = JSON.stringify({ type: 'FeatureCollection', features: [], pad: 'x'.repeat(LIMIT) });
  const res = await importCsv(doc, { 'content-type': 'application/geo+json' });
  t.equal(res.statusCode, 413);
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
});

t.test('the 50,001st row stops the read: an endless file is answered while it still arrives', async (t) => {
  const big = await buildTestApp(t);
  const org = await createOrganisation(big.app);
  const { stream } = lazyBody(HEADER, 'offer\n', Infinity);
  t.teardown(() => stream.destroy());
  const res = await big.app.inject({
    method: 'POST',
    url: '/listings/import',
    headers: { ...bearer(org.apiKey), 'content-type': 'text/csv' },
    payload: stream,
  });
  t.equal(res.statusCode, 413);
  t.match(res.json(), {
    type: 'urn:reuse-exchange:problem:too-many-rows',
    detail: 'body: has more than 50000 rows; the limit is 50000',
    limitRows: 50_000,
  });
  t.equal(res.headers.connection, 'close', 'the rest is not read');
});

t.test('a runaway quoted field is a 400 naming the body, not a buffer of the whole file', async (t) => {
  const { stream } = lazyBody(`${HEADER}offer,"`, 'x'.repeat(1000), 100);
  const res = await importCsv(stream);
  t.equal(res.statusCode, 400);
  t.match(res.json(), { errors: [{ path: 'body', message: /is not readable CSV/ }] });
});
