// The web app's pure helpers for what people type and read: coordinates and listing summaries.
import t from 'tap';
import { readCoordinate } from '../src/web/coordinates.ts';
import { problemText, sentence } from '../src/web/problem-text.ts';
import { availability, gradeText } from '../src/web/listing-text.ts';
import type { Material } from '../src/web/types.ts';
import { deliveryStatusWords } from '../src/web/delivery-status.ts';

t.test('a coordinate reads with a decimal point or comma, and otherwise says what is wrong in words', async (t) => {
  t.same(readCoordinate('52,586', 'latitude'), { ok: true, value: 52.586 });
  t.same(readCoordinate(' -1.983 ', 'longitude'), { ok: true, value: -1.983 });
  t.same(readCoordinate('\u22122,5', 'longitude'), { ok: true, value: -2.5 }, 'a typographic minus');
  for (const typed of ['52,586,1', '52.5.8', '52°', 'abc', '1e3', 'Infinity'])
    t.match(readCoordinate(typed, 'latitude'), { ok: false, message: /^Latitude must be a number in degrees/ }, typed);
  t.match(readCoordinate('', 'longitude'), { ok: false, message: /^Longitude is missing/ });
  t.match(readCoordinate('91', 'latitude'), { ok: false, message: 'Latitude must be between -90 and 90 degrees.' });
});

t.test('a listing summary gives its dates and grade by the catalogue labels', async (t) => {
  const sand = {
    code: 'foundry-sand',
    name: 'Foundry sand',
    category: 'sand-aggregates',
    unit: 't',
    densityTPerM3: 1.6,
    description: '',
    ewcCodes: [],
    hazardous: false,
    substitutes: [],
    properties: [{ name: 'clayPct', label: 'Clay', kind: 'number', unit: '%', min: 0, max: 100 }],
  } satisfies Material;
  t.equal(availability({ availableFrom: null, availableUntil: null }), 'any time');
  t.equal(availability({ availableFrom: '2026-12-01', availableUntil: '2027-03-01' }), 'from 1 Dec 2026 to 1 Mar 2027');
  t.equal(availability({ availableFrom: null, availableUntil: '2027-03-01' }), 'until 1 Mar 2027');
  t.equal(gradeText({ kind: 'offer', grade: { clayPct: 8, afsGfn: 55 }, accepts: {} }, sand), 'Clay 8 %; afsGfn 55');
  t.equal(gradeText({ kind: 'want', grade: {}, accepts: { clayPct: { max: 12 } } }, sand), 'Clay ≤ 12 %');
  t.equal(gradeText({ kind: 'want', grade: {}, accepts: {} }, sand), 'any grade');
});

t.test('a problem reads in plain words: no paths, no status phrases', async (t) => {
  const validation = problemText({
    type: 'urn:reuse-exchange:problem:validation',
    title: 'Invalid request',
    status: 400,
    detail: 'body.location.coordinates.1: Too big: expected number to be <=90',
    errors: [{ in: 'body', path: 'location.coordinates.1', message: 'Too big: expected number to be <=90' }],
  });
  t.same(validation, { title: 'One answer needs correcting', detail: null }, 'the fields are named at the fields, not by path');
  const two = problemText({ type: 'x', title: 'Invalid request', status: 400, detail: 'a: m; b: n', errors: [{ path: 'a', message: 'm' }, { path: 'b', message: 'n' }] });
  t.equal(two.title, '2 answers need correcting');
  const conflict = problemText({ type: 'x', title: 'Conflict', status: 409, detail: 'The listing is paused: renew or activate it to match.' });
  t.same(conflict, { title: 'This cannot be done now', detail: 'The listing is paused: renew or activate it to match.' });
  const pathInDetail = problemText({ type: 'x', title: 'Bad Request', status: 400, detail: 'querystring.cursor: is not a cursor this API gave out' });
  t.notMatch(pathInDetail.detail, /querystring|cursor:/, 'a path before a message is dropped');
  t.equal(pathInDetail.detail, 'Is not a cursor this API gave out.');
  const own = problemText({ type: 'x', title: 'Someone else changed this listing after you opened it.', status: 412, detail: '' });
  t.equal(own.title, 'Someone else changed this listing after you opened it.', 'a title written for people is kept');
  t.equal(sentence('a fault'), 'A fault.');
});

t.test('a webhook delivery in words: an attempt in flight is not a retry', async (t) => {
  const pending = { status: 'pending' as const, lastStatusCode: null, lastError: null };
  t.equal(deliveryStatusWords({ ...pending, attempts: 0 }), 'Queued');
  t.equal(deliveryStatusWords({ ...pending, attempts: 1 }), 'Sending', 'claimed, counted, no answer yet');
  t.equal(deliveryStatusWords({ ...pending, attempts: 1, lastStatusCode: 500 }), 'Waiting to retry');
  t.equal(deliveryStatusWords({ ...pending, attempts: 2, lastError: 'timed out' }), 'Waiting to retry', 'a second attempt in flight shows the first one’s answer');
  t.equal(deliveryStatusWords({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null }), 'Delivered');
  t.equal(deliveryStatusWords({ status: 'failed', attempts: 9, lastStatusCode: 503, lastError: 'answered 503' }), 'Gave up');
});
