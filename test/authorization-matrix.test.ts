// Every endpoint × every kind of caller, with the status each must get. A route added to the
// app without a row here fails the first test, so none can skip the matrix.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import t from 'tap';
import { apiKeys, webhooks } from '../db/schema.ts';
import { insertListing } from './fixtures.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

// A whole PDF (one blank page): uploads are rewritten without their metadata, and a PDF without
// a catalogue is refused.
const blank = await PDFDocument.create({ updateMetadata: false });
blank.addPage();
const BLANK_PDF = Buffer.from(await blank.save());

const { app, db } = await buildTestApp(t);
const seedSet = JSON.parse(readFileSync(new URL('../db/seed/factor-sets/uk-2025.json', import.meta.url), 'utf8'));

type Role = 'anonymous' | 'owner' | 'other' | 'officer' | 'admin' | 'revoked';
const ROLES: Role[] = ['anonymous', 'owner', 'other', 'officer', 'admin', 'revoked'];

interface World {
  ownerOrg: string;
  siteId: string;
  emptySiteId: string;
  offerId: string;
  wantId: string;
  exchangeId: string;
  spareKeyId: string;
  webhookId: string;
  keys: Record<Exclude<Role, 'anonymous'>, string>;
}

/** A fresh little market for each request, so no request depends on another's effects. */
async function world(): Promise<World> {
  const owner = await createOrganisation(app, 'member', 'Owner Ltd');
  const other = await createOrganisation(app, 'member', 'Other Ltd');
  const counterpart = await createOrganisation(app, 'member', 'Counterpart Ltd');
  const officer = await createOrganisation(app, 'officer');
  const admin = await createOrganisation(app, 'admin');
  const revoked = await createOrganisation(app, 'member');
  await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, revoked.apiKeyId));
  const spare = await app.inject({ method: 'POST', url: `/organisations/${owner.id}/keys`, headers: bearer(ADMIN_KEY) });
  const site = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(owner.apiKey),
    payload: { name: 'Works', location: { type: 'Point', coordinates: [-2.0662, 52.5294] } },
  });
  const emptySite = await app.inject({
    method: 'POST',
    url: '/sites',
    headers: bearer(owner.apiKey),
    payload: { name: 'Yard', location: { type: 'Point', coordinates: [-2.06, 52.53] } },
  });
  const offer = await app.inject({
    method: 'POST',
    url: '/listings',
    headers: bearer(owner.apiKey),
    payload: {
      kind: 'offer',
      siteId: site.json().id,
      material: 'foundry-sand',
      grade: { clayPct: 5 },
      quantity: { amount: 100, unit: 't', rate: 'one-off' },
      maxHaulKm: 50,
    },
  });
  const wantId = await insertListing(db, counterpart.id, 'birmingham', { kind: 'want', materialCode: 'foundry-sand' });
  const exchange = await app.inject({
    method: 'POST',
    url: '/exchanges',
    headers: bearer(counterpart.apiKey),
    payload: { offerId: offer.json().id, wantId, quantity: { amount: 10, unit: 't' } },
  });
  // Straight into the table: registering through the API would resolve its host name.
  const [webhook] = await db
    .insert(webhooks)
    .values({ organisationId: owner.id, url: 'https://hooks.owner.example/x', events: ['match.found'], secret: 'plain:whsec_AAAA' })
    .returning();
  return {
    ownerOrg: owner.id,
    webhookId: webhook!.id,
    siteId: site.json().id,
    emptySiteId: emptySite.json().id,
    offerId: offer.json().id,
    wantId,
    exchangeId: exchange.json().id,
    spareKeyId: spare.json().id,
    keys: { owner: owner.apiKey, other: other.apiKey, officer: officer.apiKey, admin: admin.apiKey, revoked: revoked.apiKey },
  };
}

interface Row {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  url: (w: World) => string;
  body?: (w: World) => object | string | Buffer;
  headers?: Record<string, string>;
  expect: Record<Role, number>;
}

const all = (status: number): Record<Role, number> => ({
  anonymous: 401,
  owner: status,
  other: status,
  officer: status,
  admin: status,
  revoked: 401,
});
const pub = { anonymous: 200, owner: 200, other: 200, officer: 200, admin: 200, revoked: 401 };
const site = { name: 'New', location: { type: 'Point', coordinates: [-2, 52.5] } };
const listing = (w: World) => ({
  kind: 'offer',
  siteId: w.siteId,
  material: 'soil',
  quantity: { amount: 1, unit: 't', rate: 'one-off' },
  maxHaulKm: 5,
});
const search = {
  kind: 'want',
  material: 'foundry-sand',
  quantity: { amount: 1, unit: 't', rate: 'one-off' },
  maxHaulKm: 50,
  location: { type: 'Point', coordinates: [-1.9, 52.5] },
};

const MATRIX: Row[] = [
  { method: 'GET', path: '/health', url: () => '/health', expect: pub },
  { method: 'GET', path: '/ready', url: () => '/ready', expect: pub },
  { method: 'GET', path: '/materials', url: () => '/materials', expect: pub },
  { method: 'GET', path: '/materials/{code}', url: () => '/materials/soil', expect: pub },
  {
    method: 'POST',
    path: '/organisations',
    url: () => '/organisations',
    body: () => ({ name: 'N', role: 'member', contactEmail: 'n@example.org' }),
    // Officers add firms (members) only: test/auth.test.ts.
    expect: { ...all(403), officer: 201, admin: 201 },
  },
  { method: 'GET', path: '/organisations', url: () => '/organisations', expect: { ...all(403), officer: 200, admin: 200 } },
  {
    method: 'GET',
    path: '/organisations/{id}',
    url: (w) => `/organisations/${w.ownerOrg}`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'PATCH',
    path: '/organisations/{id}',
    url: (w) => `/organisations/${w.ownerOrg}`,
    body: () => ({ sicCode: '24510' }),
    expect: { ...all(404), owner: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/organisations/{id}/keys',
    url: (w) => `/organisations/${w.ownerOrg}/keys`,
    expect: { ...all(403), admin: 201 },
  },
  {
    method: 'GET',
    path: '/organisations/{id}/keys',
    url: (w) => `/organisations/${w.ownerOrg}/keys`,
    expect: { ...all(404), owner: 200, admin: 200 },
  },
  {
    method: 'POST',
    path: '/session',
    url: () => '/session',
    body: () => ({ email: 'nobody@example.org', password: 'not a password' }),
    expect: { ...all(401) },
  },
  { method: 'GET', path: '/session', url: () => '/session', expect: all(200) },
  { method: 'DELETE', path: '/session', url: () => '/session', expect: all(204) },
  {
    method: 'POST',
    path: '/session/password',
    url: () => '/session/password',
    body: () => ({ currentPassword: 'x', newPassword: 'a long enough password' }),
    // Only a signed-in person has a password (see test/people.test.ts for sessions).
    expect: all(409),
  },
  {
    method: 'POST',
    path: '/organisations/{id}/invites',
    url: (w) => `/organisations/${w.ownerOrg}/invites`,
    body: () => ({ email: `${randomBytes(4).toString('hex')}@example.org` }),
    // Officers invite people to firms (members), not to other programmes.
    expect: { ...all(404), owner: 201, officer: 201, admin: 201 },
  },
  {
    method: 'GET',
    path: '/organisations/{id}/users',
    url: (w) => `/organisations/${w.ownerOrg}/users`,
    expect: { ...all(404), owner: 200, admin: 200 },
  },
  {
    method: 'DELETE',
    path: '/users/{id}',
    url: () => '/users/00000000-0000-4000-8000-000000000000',
    // No such person; who may remove whom is in test/people.test.ts.
    expect: all(404),
  },
  {
    method: 'GET',
    path: '/invites/{token}',
    url: () => `/invites/${'a'.repeat(43)}`,
    expect: { ...all(404), anonymous: 404 },
  },
  {
    method: 'POST',
    path: '/invites/{token}/accept',
    url: () => `/invites/${'a'.repeat(43)}/accept`,
    body: () => ({ name: 'N', password: 'a long enough password' }),
    expect: { ...all(404), anonymous: 404 },
  },
  { method: 'DELETE', path: '/keys/{id}', url: (w) => `/keys/${w.spareKeyId}`, expect: { ...all(404), owner: 204, admin: 204 } },
  { method: 'POST', path: '/sites', url: () => '/sites', body: () => site, expect: all(201) },
  { method: 'GET', path: '/sites', url: () => '/sites', expect: all(200) },
  { method: 'GET', path: '/sites/{id}', url: (w) => `/sites/${w.siteId}`, expect: { ...all(200), other: 404 } },
  // Every caller with an organisation has an inbox and saved searches of its own.
  { method: 'GET', path: '/notifications', url: () => '/notifications', expect: all(200) },
  { method: 'GET', path: '/notifications/unread-count', url: () => '/notifications/unread-count', expect: all(200) },
  {
    method: 'POST',
    path: '/notifications/{id}/read',
    url: () => '/notifications/00000000-0000-4000-8000-000000000000/read',
    expect: all(404),
  },
  { method: 'POST', path: '/notifications/read-all', url: () => '/notifications/read-all', expect: all(200) },
  {
    method: 'POST',
    path: '/saved-searches',
    url: () => '/saved-searches',
    body: () => ({
      name: 'Sand near Tipton',
      query: {
        kind: 'want',
        material: 'foundry-sand',
        quantity: { amount: 10, unit: 't', rate: 'month' },
        maxHaulKm: 30,
        location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
      },
      frequency: 'weekly',
    }),
    expect: all(201),
  },
  { method: 'GET', path: '/saved-searches', url: () => '/saved-searches', expect: all(200) },
  {
    method: 'DELETE',
    path: '/saved-searches/{id}',
    url: () => '/saved-searches/00000000-0000-4000-8000-000000000000',
    expect: all(404),
  },
  {
    method: 'PATCH',
    path: '/sites/{id}',
    url: (w) => `/sites/${w.siteId}`,
    body: () => ({ name: 'Renamed' }),
    expect: { ...all(404), owner: 200 },
  },
  { method: 'DELETE', path: '/sites/{id}', url: (w) => `/sites/${w.emptySiteId}`, expect: { ...all(404), owner: 204 } },
  { method: 'POST', path: '/listings', url: () => '/listings', body: listing, expect: { ...all(400), owner: 201 } },
  { method: 'GET', path: '/listings', url: () => '/listings', expect: all(200) },
  {
    method: 'POST',
    path: '/listings/import',
    url: () => '/listings/import',
    headers: { 'content-type': 'text/csv' },
    body: (w) =>
      `kind,siteId,material,quantity.amount,quantity.unit,quantity.rate,maxHaulKm\noffer,${w.siteId},soil,1,t,one-off,5\n`,
    // Only the owner's sites are anyone's to list from: for the rest the one row is invalid.
    expect: { ...all(422), owner: 201 },
  },
  { method: 'GET', path: '/listings/{id}', url: (w) => `/listings/${w.offerId}`, expect: all(200) },
  {
    method: 'PATCH',
    path: '/listings/{id}',
    url: (w) => `/listings/${w.offerId}`,
    body: () => ({ maxHaulKm: 20 }),
    headers: { 'if-match': '"1"' },
    expect: { ...all(403), owner: 200 },
  },
  { method: 'DELETE', path: '/listings/{id}', url: (w) => `/listings/${w.wantId}`, expect: { ...all(403) } },
  {
    method: 'POST',
    path: '/listings/{id}/attachments',
    url: (w) => `/listings/${w.offerId}/attachments`,
    body: () =>
      Buffer.concat([
        Buffer.from(['--rx', 'Content-Disposition: form-data; name="file"; filename="a.pdf"', 'Content-Type: application/pdf', '', ''].join('\r\n')),
        BLANK_PDF,
        Buffer.from('\r\n--rx--\r\n'),
      ]),
    headers: { 'content-type': 'multipart/form-data; boundary=rx' },
    expect: { ...all(403), owner: 201 },
  },
  { method: 'GET', path: '/listings/{id}/attachments', url: (w) => `/listings/${w.offerId}/attachments`, expect: all(200) },
  {
    method: 'GET',
    path: '/listings/{id}/attachments/{attachmentId}',
    url: (w) => `/listings/${w.offerId}/attachments/00000000-0000-4000-8000-000000000000`,
    expect: all(404),
  },
  {
    method: 'DELETE',
    path: '/listings/{id}/attachments/{attachmentId}',
    url: (w) => `/listings/${w.offerId}/attachments/00000000-0000-4000-8000-000000000000`,
    expect: { ...all(403), owner: 404 },
  },
  {
    method: 'POST',
    path: '/listings/{id}/renew',
    url: (w) => `/listings/${w.offerId}`.concat('/renew'),
    expect: { ...all(403), owner: 200 },
  },
  {
    method: 'GET',
    path: '/listings/{id}/matches',
    url: (w) => `/listings/${w.offerId}/matches`,
    expect: { ...all(200), other: 403 },
  },
  { method: 'POST', path: '/matches/search', url: () => '/matches/search', body: () => search, expect: all(200) },
  {
    method: 'POST',
    path: '/exchanges',
    url: () => '/exchanges',
    body: (w) => ({ offerId: w.offerId, wantId: w.wantId, quantity: { amount: 5, unit: 't' } }),
    expect: { ...all(201), other: 404 },
  },
  { method: 'GET', path: '/exchanges', url: () => '/exchanges', expect: all(200) },
  { method: 'GET', path: '/exchanges/{id}', url: (w) => `/exchanges/${w.exchangeId}`, expect: { ...all(200), other: 404 } },
  {
    method: 'POST',
    path: '/exchanges/{id}/accept',
    url: (w) => `/exchanges/${w.exchangeId}/accept`,
    expect: { ...all(409), owner: 200, other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/decline',
    url: (w) => `/exchanges/${w.exchangeId}/decline`,
    body: () => ({ reason: 'price' }),
    expect: { ...all(409), owner: 200, other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/cancel',
    url: (w) => `/exchanges/${w.exchangeId}/cancel`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/complete',
    url: (w) => `/exchanges/${w.exchangeId}/complete`,
    expect: { ...all(409), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/transfers',
    url: (w) => `/exchanges/${w.exchangeId}/transfers`,
    body: () => ({ date: '2026-01-10', amount: 1, unit: 't' }),
    expect: { ...all(409), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/season-ticket',
    url: (w) => `/exchanges/${w.exchangeId}/season-ticket`,
    body: () => ({ from: '2026-01-10', to: '2026-06-30' }),
    // The exchange is only proposed; the rules themselves are in test/compliance.test.ts.
    expect: { ...all(409), other: 404 },
  },
  // No such transfer or ticket: who may read and sign notes is in test/compliance.test.ts.
  { method: 'GET', path: '/transfers/{id}/waste-transfer-note', url: () => '/transfers/00000000-0000-4000-8000-000000000000/waste-transfer-note', expect: all(404) },
  {
    method: 'POST',
    path: '/transfers/{id}/waste-transfer-note/signatures',
    url: () => '/transfers/00000000-0000-4000-8000-000000000000/waste-transfer-note/signatures',
    body: () => ({ signatoryName: 'A Person' }),
    expect: all(404),
  },
  { method: 'GET', path: '/season-tickets/{id}/waste-transfer-note', url: () => '/season-tickets/00000000-0000-4000-8000-000000000000/waste-transfer-note', expect: all(404) },
  {
    method: 'POST',
    path: '/season-tickets/{id}/waste-transfer-note/signatures',
    url: () => '/season-tickets/00000000-0000-4000-8000-000000000000/waste-transfer-note/signatures',
    body: () => ({ signatoryName: 'A Person' }),
    expect: all(404),
  },
  { method: 'GET', path: '/transfers/{id}/waste-tracking', url: () => '/transfers/00000000-0000-4000-8000-000000000000/waste-tracking', expect: all(404) },
  { method: 'GET', path: '/reports/waste-tracking', url: () => '/reports/waste-tracking?from=2026-01-01&to=2026-12-31', expect: all(200) },
  { method: 'GET', path: '/compliance/reference', url: () => '/compliance/reference', expect: pub },
  {
    method: 'GET',
    path: '/exchanges/{id}/picture',
    url: (w) => `/exchanges/${w.exchangeId}/picture`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/counter',
    url: (w) => `/exchanges/${w.exchangeId}/counter`,
    body: () => ({ priceGbpPerTonne: 3 }),
    expect: { ...all(409), owner: 200, other: 404 },
  },
  {
    method: 'GET',
    path: '/exchanges/{id}/messages',
    url: (w) => `/exchanges/${w.exchangeId}/messages`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/messages',
    url: (w) => `/exchanges/${w.exchangeId}/messages`,
    body: () => ({ text: 'Is the sand still dry-stored?' }),
    expect: { ...all(201), other: 404 },
  },
  {
    method: 'GET',
    path: '/exchanges/{id}/transfers',
    url: (w) => `/exchanges/${w.exchangeId}/transfers`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/regions',
    url: () => '/regions',
    body: () => ({
      name: `Region ${randomBytes(4).toString('hex')}`,
      boundary: { type: 'Polygon', coordinates: [[[-2.2, 52.4], [-1.8, 52.4], [-1.8, 52.7], [-2.2, 52.4]]] },
    }),
    expect: { ...all(403), officer: 201, admin: 201 },
  },
  { method: 'GET', path: '/regions', url: () => '/regions', expect: { ...all(403), officer: 200, admin: 200 } },
  {
    method: 'GET',
    path: '/regions/{id}',
    url: () => '/regions/00000000-0000-4000-8000-000000000000',
    expect: { ...all(403), officer: 404, admin: 404 },
  },
  {
    method: 'GET',
    path: '/reports/savings',
    url: () => '/reports/savings',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/reports/savings?format=gpkg',
    url: () => '/reports/savings?format=gpkg',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/organisations/{id}/business-profile',
    url: (w) => `/organisations/${w.ownerOrg}/business-profile`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'PUT',
    path: '/organisations/{id}/business-profile',
    url: (w) => `/organisations/${w.ownerOrg}/business-profile`,
    body: () => ({ employeesBand: '10-49' }),
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/evidence/jobs',
    url: () => '/evidence/jobs',
    body: (w) => ({ organisationId: w.ownerOrg, kind: 'created', fte: 1, date: '2025-01-01', basis: 'b', evidenceNote: 'e' }),
    expect: { ...all(403), officer: 201, admin: 201 },
  },
  { method: 'GET', path: '/evidence/jobs', url: () => '/evidence/jobs', expect: { ...all(403), officer: 200, admin: 200 } },
  {
    method: 'POST',
    path: '/evidence/co-investments',
    url: () => '/evidence/co-investments',
    body: (w) => ({ organisationId: w.ownerOrg, amountGbp: 10, source: 's', date: '2025-01-01' }),
    expect: { ...all(403), officer: 201, admin: 201 },
  },
  {
    method: 'GET',
    path: '/evidence/co-investments',
    url: () => '/evidence/co-investments',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/evidence/additionality',
    url: () => '/evidence/additionality',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'PUT',
    path: '/evidence/additionality',
    url: () => '/evidence/additionality',
    body: () => ({ deadweight: 0.2 }),
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/exchanges/{id}/additionality',
    url: (w) => `/exchanges/${w.exchangeId}/additionality`,
    expect: { ...all(200), other: 404 },
  },
  {
    method: 'POST',
    path: '/exchanges/{id}/additionality',
    url: (w) => `/exchanges/${w.exchangeId}/additionality`,
    body: () => ({ wouldHaveHappened: 'no' }),
    // Parties only, and only once the exchange is completed (test/evidence/evidence.test.ts).
    expect: { ...all(409), officer: 403, admin: 403, other: 404 },
  },
  {
    method: 'GET',
    path: '/reports/indicators',
    url: () => '/reports/indicators',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/reports/network',
    url: () => '/reports/network',
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/tiles/{collection}/{z}/{x}/{y}.mvt',
    url: () => '/tiles/listings/14/8097/5372.mvt',
    expect: all(200),
  },
  { method: 'GET', path: '/tiles/{collection}.json', url: () => '/tiles/listings.json', expect: all(200) },
  { method: 'GET', path: '/audit', url: () => '/audit', expect: { ...all(403), officer: 200, admin: 200 } },
  {
    method: 'POST',
    path: '/opportunities',
    url: () => '/opportunities',
    body: () => ({ bbox: [-2.3, 52.4, -1.7, 52.7] }),
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/opportunities/jobs/{id}',
    url: () => '/opportunities/jobs/00000000-0000-4000-8000-000000000000',
    expect: { ...all(403), officer: 404, admin: 404 },
  },
  {
    method: 'DELETE',
    path: '/opportunities/jobs/{id}',
    url: () => '/opportunities/jobs/00000000-0000-4000-8000-000000000000',
    expect: { ...all(403), officer: 404, admin: 404 },
  },
  {
    method: 'POST',
    path: '/estimates',
    url: () => '/estimates',
    body: () => ({ material: 'soil', quantity: { amount: 1, unit: 't' }, distanceKm: 10 }),
    expect: all(200),
  },
  { method: 'GET', path: '/ogc', url: () => '/ogc', expect: all(200) },
  { method: 'GET', path: '/ogc/conformance', url: () => '/ogc/conformance', expect: all(200) },
  { method: 'GET', path: '/ogc/api', url: () => '/ogc/api', expect: all(302) },
  { method: 'GET', path: '/ogc/collections', url: () => '/ogc/collections', expect: all(200) },
  { method: 'GET', path: '/ogc/collections/{collectionId}', url: () => '/ogc/collections/listings', expect: all(200) },
  {
    method: 'GET',
    path: '/ogc/collections/{collectionId}/items',
    url: () => '/ogc/collections/flows/items',
    // Anonymous callers only with OGC_PUBLIC, and then listings and regions only (test/ogc.test.ts).
    expect: { ...all(403), officer: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/ogc/collections/{collectionId}/items/{featureId}',
    url: (w) => `/ogc/collections/listings/items/${w.offerId}`,
    expect: all(200),
  },
  { method: 'GET', path: '/factor-sets', url: () => '/factor-sets', expect: all(200) },
  { method: 'GET', path: '/factor-sets/{id}', url: () => '/factor-sets/uk-2025', expect: all(200) },
  {
    method: 'POST',
    path: '/factor-sets',
    url: () => '/factor-sets',
    body: () => ({ ...seedSet, id: `test-${randomBytes(4).toString('hex')}` }),
    expect: { ...all(403), admin: 201 },
  },
  {
    method: 'POST',
    path: '/webhooks',
    url: () => '/webhooks',
    // A public address written as one, so no name is resolved (the SSRF rules: test/notifications/webhooks.test.ts).
    body: () => ({ url: 'https://93.184.215.14/hooks', events: ['match.found'] }),
    expect: all(201),
  },
  { method: 'GET', path: '/webhooks', url: () => '/webhooks', expect: all(200) },
  { method: 'DELETE', path: '/webhooks/{id}', url: (w) => `/webhooks/${w.webhookId}`, expect: { ...all(404), owner: 204 } },
  {
    method: 'GET',
    path: '/webhooks/{id}/deliveries',
    url: (w) => `/webhooks/${w.webhookId}/deliveries`,
    expect: { ...all(404), owner: 200 },
  },
  // Preferences are a signed-in person's (test/notifications/email.test.ts); a key has none.
  { method: 'GET', path: '/users/me/preferences', url: () => '/users/me/preferences', expect: all(409) },
  {
    method: 'PATCH',
    path: '/users/me/preferences',
    url: () => '/users/me/preferences',
    body: () => ({ email: { 'match.found': false } }),
    expect: all(409),
  },
  {
    method: 'POST',
    path: '/unsubscribe',
    url: () => '/unsubscribe?token=not.signed',
    // Needs no key: the signed token is the authority (a bad one is a 400).
    expect: { anonymous: 400, owner: 400, other: 400, officer: 400, admin: 400, revoked: 401 },
  },
];

t.test('every route of the API has a row in the matrix', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  const routes = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
  const rows = new Set(MATRIX.map((r) => `${r.method} ${r.path}`));
  for (const route of routes) t.ok(rows.has(route), `${route} has a row`);
  t.equal(rows.size, MATRIX.length, 'no duplicate rows');
});

for (const row of MATRIX) {
  t.test(`${row.method} ${row.path}`, async (t) => {
    for (const role of ROLES) {
      const w = await world();
      const res = await app.inject({
        method: row.method,
        url: row.url(w),
        headers: { ...(role === 'anonymous' ? {} : bearer(w.keys[role])), ...row.headers },
        ...(row.body ? { payload: row.body(w) } : {}),
      });
      t.equal(res.statusCode, row.expect[role], `${role}: ${res.statusCode === row.expect[role] ? '' : res.body.slice(0, 200)}`);
      if (res.statusCode >= 400) t.match(res.headers['content-type'], /^application\/problem\+json/);
    }
  });
}

t.test("a member never sees another member's private fields, wherever it looks", async (t) => {
  const w = await world();
  const looks = [
    `/listings/${w.offerId}`,
    '/listings',
    '/listings?near=-2.06,52.53',
  ];
  for (const url of looks) {
    for (const accept of ['application/json', 'application/geo+json']) {
      const res = await app.inject({ method: 'GET', url, headers: { ...bearer(w.keys.other), accept } });
      t.equal(res.statusCode, 200);
      t.notMatch(res.body, /Owner Ltd|member@example\.org|-2\.0662,52\.5294/, `${url} as ${accept}`);
      t.notMatch(res.body, new RegExp(w.siteId), `${url}: no site id`);
    }
  }
});
