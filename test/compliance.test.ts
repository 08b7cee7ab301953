// Lawful transfers: classification of listings, parties' registrations, movement facts, waste
// transfer notes and their signatures, season tickets, DWT records and retention (docs/compliance.md).
import { sql } from 'drizzle-orm';
import t, { type Test } from 'tap';
import { queryRows } from '../db/client.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

type Json = Record<string, unknown>;
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, key: string, payload?: object) =>
  app.inject({ method, url, headers: bearer(key), ...(payload ? { payload } : {}) });
const paths = (res: { json(): Json }) => ((res.json().errors as { path: string }[]) ?? []).map((e) => e.path).sort();

const RECEIVER_API_CODE = 'ba6eb330-4f7f-41eb-a2fb-67c34e9ac07c';
const MIRROR_HAZARDOUS = {
  ewcCode: '10 09 07',
  hazardAssessment: {
    hazardous: true,
    basis: 'Laboratory analysis report LAB-2291 assessed by WM3',
    hazardousProperties: ['HP14'],
    components: [{ name: 'phenol', concentrationMgPerKg: 2300 }],
  },
};
const MIRROR_NON_HAZARDOUS = {
  ewcCode: '10 09 08',
  hazardAssessment: { hazardous: false, basis: 'Analysis LAB-2290: phenols and PAH below WM3 thresholds' },
};
const CARRIER = {
  organisationName: 'Black Country Haulage Ltd',
  registrationNumber: 'CBDU123456',
  postcode: 'DY4 7AB',
  address: '1 Haulage Way, Tipton',
  meansOfTransport: 'Road',
  vehicleRegistration: 'AB12 CDE',
};
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

interface Market {
  seller: { id: string; apiKey: string };
  buyer: { id: string; apiKey: string };
  offerId: string;
  wantId: string;
  wantSiteId: string;
  exchangeId: string;
}

/** Two registered firms, an offer of foundry sand classified as given, and an accepted exchange. */
async function market(classification: Json = MIRROR_NON_HAZARDOUS, authorisation: Json = { kind: 'permit', reference: 'EPR/AB1234CD' }): Promise<Market> {
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const buyer = await createOrganisation(app, 'member', 'Brum Blocks');
  await call('PATCH', `/organisations/${seller.id}`, seller.apiKey, { address: 'Factory Road, Tipton DY4 9AA', sicCode: '24510' });
  await call('PATCH', `/organisations/${buyer.id}`, buyer.apiKey, { address: '5 Block Lane, Birmingham B7 4AA', sicCode: '23610' });
  const sellerSite = await call('POST', '/sites', seller.apiKey, {
    name: 'Tipton foundry',
    location: { type: 'Point', coordinates: [-2.0662, 52.5294] },
    address: 'Factory Road, Tipton',
    postcode: 'DY4 9AA',
  });
  const buyerSite = await call('POST', '/sites', buyer.apiKey, {
    name: 'Block works',
    location: { type: 'Point', coordinates: [-1.8904, 52.4862] },
    address: '5 Block Lane, Birmingham',
    postcode: 'B7 4AA',
    authorisation,
    wasteTrackingApiCode: RECEIVER_API_CODE,
  });
  const offer = await call('POST', '/listings', seller.apiKey, {
    kind: 'offer',
    siteId: sellerSite.json().id,
    material: 'foundry-sand',
    grade: { clayPct: 6 },
    quantity: { amount: 60, unit: 't', rate: 'month' },
    maxHaulKm: 50,
    ...classification,
  });
  if (offer.statusCode !== 201) throw new Error(`offer: ${offer.body}`);
  const want = await call('POST', '/listings', buyer.apiKey, {
    kind: 'want',
    siteId: buyerSite.json().id,
    material: 'foundry-sand',
    quantity: { amount: 60, unit: 't', rate: 'month' },
    maxHaulKm: 50,
  });
  const ex = await call('POST', '/exchanges', seller.apiKey, {
    offerId: offer.json().id,
    wantId: want.json().id,
    quantity: { amount: 60, unit: 't', rate: 'month' },
  });
  await call('POST', `/exchanges/${ex.json().id}/accept`, buyer.apiKey);
  return { seller, buyer, offerId: offer.json().id, wantId: want.json().id, wantSiteId: buyerSite.json().id, exchangeId: ex.json().id };
}

const movement = (extra: Json = {}) => ({
  date: today(),
  amount: 20,
  unit: 't',
  receivedAt: new Date(Date.now() - 60_000).toISOString(),
  carrier: CARRIER,
  containers: { count: 1, type: 'SKI' },
  physicalForm: 'Solid',
  weightEstimated: false,
  containsPops: false,
  ...extra,
});

const countRows = async (table: string) =>
  Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]?.n);

t.test('a listing names its status and code; a mirror entry needs an assessment; bad ones write nothing', async (t) => {
  const seller = await createOrganisation(app, 'member', 'Tipton Castings');
  const other = await createOrganisation(app, 'member', 'Someone Else');
  const site = (await call('POST', '/sites', seller.apiKey, { name: 'S', location: { type: 'Point', coordinates: [-2.06, 52.53] } })).json();
  const base = { kind: 'offer', siteId: site.id, material: 'foundry-sand', quantity: { amount: 1, unit: 't', rate: 'one-off' }, maxHaulKm: 10 };
  const bad = async (body: Json, expected: string[], why: string) => {
    const res = await call('POST', '/listings', seller.apiKey, { ...base, ...body });
    t.equal(res.statusCode, 400, why);
    t.same(paths(res), expected, `${why}: names the fields`);
  };
  await bad({ ewcCode: '17 04 05' }, ['ewcCode'], "a code that is not the material's");
  await bad({ ewcCode: '10 09 08' }, ['hazardAssessment'], 'a mirror entry without assessment');
  await bad(
    { ewcCode: '10 09 08', hazardAssessment: { hazardous: true, basis: 'lab report', hazardousProperties: ['HP14'] } },
    ['hazardAssessment.hazardous'],
    'an assessment that contradicts the entry',
  );
  await bad({ ewcCode: '10 09 07', hazardAssessment: { hazardous: true, basis: 'lab report' } }, ['hazardAssessment.hazardousProperties'], 'hazardous without HP codes');
  const tests = (met: boolean) => ({
    certainFurtherUse: { met: true, justification: 'Contract with the block maker' },
    noFurtherProcessing: { met, justification: 'Screened only' },
    integralPartOfProduction: { met: true, justification: 'From our moulding line' },
    lawfulFurtherUse: { met: true, justification: 'Meets BS EN 13242' },
  });
  await bad({ wasteStatus: 'by-product', byProduct: tests(false) }, ['byProduct.noFurtherProcessing.met'], 'a by-product failing a test');
  await bad({ wasteStatus: 'by-product' }, ['byProduct'], 'a by-product without its tests');
  await bad({ wasteStatus: 'end-of-waste' }, ['endOfWaste'], 'end-of-waste without its basis');
  await bad({ wasteStatus: 'waste', endOfWaste: { basis: 'Quality Protocol', reference: 'x' } }, ['endOfWaste'], 'end-of-waste basis on waste');
  t.equal(await countRows('listings'), 0, 'nothing written');

  const hazardous = await call('POST', '/listings', seller.apiKey, { ...base, ...MIRROR_HAZARDOUS });
  t.equal(hazardous.statusCode, 201);
  t.match(hazardous.json(), { wasteStatus: 'waste', ewcCode: '10 09 07', hazardous: true, hazardAssessment: { hazardousProperties: ['HP14'] } });
  const seen = await call('GET', `/listings/${hazardous.json().id}`, other.apiKey);
  t.match(seen.json(), { visibility: 'public', hazardous: true, ewcCode: '10 09 07' }, 'the counterpart sees the classification');

  const byProduct = await call('POST', '/listings', seller.apiKey, { ...base, wasteStatus: 'by-product', byProduct: tests(true) });
  t.match(byProduct.json(), { wasteStatus: 'by-product', hazardous: false, byProduct: { certainFurtherUse: { met: true } } });
  const plain = await call('POST', '/listings', seller.apiKey, base);
  t.match(plain.json(), { wasteStatus: 'waste', ewcCode: null, hazardous: false }, 'defaults for older clients');

  const edited = await app.inject({
    method: 'PATCH',
    url: `/listings/${plain.json().id}`,
    headers: { ...bearer(seller.apiKey), 'if-match': `"${plain.json().version}"` },
    payload: { ewcCode: '10 09 08' },
  });
  t.equal(edited.statusCode, 400, 'an edit is checked whole: the mirror entry still needs its assessment');
  const reclassified = await app.inject({
    method: 'PATCH',
    url: `/listings/${byProduct.json().id}`,
    headers: { ...bearer(seller.apiKey), 'if-match': `"${byProduct.json().version}"` },
    payload: { wasteStatus: 'waste', ...MIRROR_NON_HAZARDOUS },
  });
  t.match(reclassified.json(), { wasteStatus: 'waste', byProduct: null, ewcCode: '10 09 08' }, 'the by-product tests lapse with the status');
  const want = await call('POST', '/listings', seller.apiKey, { ...base, kind: 'want', ewcCode: '10 09 08' });
  t.same(paths(want), ['ewcCode'], 'a want takes the offer’s classification');

  const catalogue = (await app.inject({ method: 'GET', url: '/materials/foundry-sand' })).json();
  t.match(
    catalogue.ewcCodes.find((c: Json) => c.code === '10 09 08'),
    { entry: 'MN', mirrorOf: '10 09 07', hazardous: false },
    'the catalogue marks mirror pairs',
  );
});

t.test("a hazardous offer is flagged in the want's matches and in every exchange view", async (t) => {
  const m = await market(MIRROR_HAZARDOUS);
  const matches = await call('GET', `/listings/${m.wantId}/matches`, m.buyer.apiKey);
  t.equal(matches.statusCode, 200);
  t.match(matches.json().items, [{ listing: { id: m.offerId, ewcCode: '10 09 07', hazardous: true } }], 'the match says it');
  const sellers = await call('GET', `/listings/${m.offerId}/matches`, m.seller.apiKey);
  t.match(sellers.json().items, [{ listing: { id: m.wantId, ewcCode: null, hazardous: false } }], 'a want carries no classification of its own');
  const officer = await call('GET', `/listings/${m.wantId}/matches`, ADMIN_KEY);
  t.match(officer.json().items, [{ listing: { hazardous: true, organisation: { id: m.seller.id } } }], 'officers see it beside the firm');
  for (const key of [m.seller.apiKey, m.buyer.apiKey]) {
    t.match((await call('GET', '/exchanges', key)).json().items, [{ id: m.exchangeId, ewcCode: '10 09 07', hazardous: true }], 'the list');
    t.match((await call('GET', `/exchanges/${m.exchangeId}`, key)).json(), { ewcCode: '10 09 07', hazardous: true }, 'the exchange');
  }
  const plain = await market(MIRROR_NON_HAZARDOUS);
  t.match((await call('GET', `/exchanges/${plain.exchangeId}`, plain.buyer.apiKey)).json(), { ewcCode: '10 09 08', hazardous: false });
});

t.test('organisations take an address and SIC code; sites an authorisation', async (t) => {
  const org = await createOrganisation(app, 'member');
  const stranger = await createOrganisation(app, 'member');
  const ok = await call('PATCH', `/organisations/${org.id}`, org.apiKey, { address: '1 High St, Dudley DY1 1AA', sicCode: '24510' });
  t.match(ok.json(), { address: '1 High St, Dudley DY1 1AA', sicCode: '24510' });
  t.same(paths(await call('PATCH', `/organisations/${org.id}`, org.apiKey, { sicCode: '245' })), ['sicCode']);
  t.equal((await call('PATCH', `/organisations/${org.id}`, stranger.apiKey, { sicCode: '24510' })).statusCode, 404);
  const created = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(ADMIN_KEY),
    payload: { name: 'New', role: 'member', contactEmail: 'n@example.org', address: '2 Low St', sicCode: '38320' },
  });
  t.match(created.json(), { address: '2 Low St', sicCode: '38320' });

  const site = (auth: Json) =>
    call('POST', '/sites', org.apiKey, { name: 'Yard', location: { type: 'Point', coordinates: [-2, 52.5] }, authorisation: auth });
  t.same(paths(await site({ kind: 'exemption', reference: 'WEX123' })), ['authorisation.exemptions']);
  t.same(paths(await site({ kind: 'permit' })), ['authorisation.reference']);
  const exempt = await site({ kind: 'exemption', reference: 'WEX123456', exemptions: ['U1', 'T5'] });
  t.match(exempt.json(), { authorisation: { kind: 'exemption', exemptions: ['U1', 'T5'] }, wasteTrackingApiCode: null });
});

t.test('movement facts: refused to an unauthorised site, in the future, or hazardous without consignment code', async (t) => {
  const m = await market(MIRROR_HAZARDOUS, { kind: 'none' });
  const url = `/exchanges/${m.exchangeId}/transfers`;
  const refused = await call('POST', url, m.seller.apiKey, movement());
  t.equal(refused.statusCode, 422);
  t.match(refused.json(), { type: 'urn:reuse-exchange:problem:unlawful-transfer', detail: /no permit or registered exemption/ });
  await call('PATCH', `/sites/${m.wantSiteId}`, m.buyer.apiKey, { authorisation: { kind: 'permit', reference: 'EPR/AB1234CD' } });

  const future = await call('POST', url, m.seller.apiKey, movement({ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }));
  t.equal(future.statusCode, 400);
  t.ok(paths(future).includes('receivedAt'), 'a date-time in the future is refused');
  t.same(paths(await call('POST', url, m.seller.apiKey, movement())), ['hazardousWasteConsignmentCode'], 'hazardous needs a consignment code');
  t.same(
    paths(await call('POST', url, m.seller.apiKey, movement({ carrier: { ...CARRIER, vehicleRegistration: undefined } }))),
    ['carrier.vehicleRegistration'],
  );
  t.same(paths(await call('POST', url, m.seller.apiKey, movement({ containers: { count: 1, type: 'XYZ' }, hazardousWasteConsignmentCode: 'TIPTON/A0001' }))), [
    'containers.type',
  ]);
  t.equal(await countRows('transfers'), 0, 'nothing written');

  const ok = await call('POST', url, m.seller.apiKey, movement({ hazardousWasteConsignmentCode: 'TIPTON/A0001' }));
  t.equal(ok.statusCode, 201);
  t.match(ok.json(), {
    hazardous: true,
    isWaste: true,
    movement: { disposalOrRecoveryCode: 'R5', hazardousWasteConsignmentCode: 'TIPTON/A0001', containers: { type: 'SKI' } },
  });
});

t.test('the waste transfer note: missing items, signatures by each side, frozen, superseded by a correction', async (t) => {
  const m = await market();
  const officer = await createOrganisation(app, 'officer');
  const stranger = await createOrganisation(app, 'member');
  const bare = await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, { date: today(), amount: 5, unit: 't' });
  t.equal(bare.statusCode, 201, 'an older client records a transfer without movement facts');
  const draft = await call('GET', `/transfers/${bare.json().id}/waste-transfer-note`, m.buyer.apiKey);
  t.match(draft.json(), { status: 'draft', missing: ['waste.containers', 'carrier'] });
  const incomplete = await call('POST', `/transfers/${bare.json().id}/waste-transfer-note/signatures`, m.seller.apiKey, { signatoryName: 'Priya Shah' });
  t.equal(incomplete.statusCode, 422);
  t.same(paths(incomplete), ['carrier', 'waste.containers']);

  const transfer = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement())).json();
  const noteUrl = `/transfers/${transfer.id}/waste-transfer-note`;
  const note = (await call('GET', noteUrl, m.seller.apiKey)).json();
  t.match(note, {
    kind: 'single',
    status: 'draft',
    missing: [],
    waste: { ewcCode: '10 09 08', hazardous: false, quantity: { amount: 20, unit: 't', estimated: false }, containers: { count: 1, type: 'SKI', name: 'Skip' } },
    transferor: { name: 'Tipton Castings', sicCode: '24510', address: 'Factory Road, Tipton DY4 9AA', role: 'producer' },
    transferee: { name: 'Brum Blocks', authorisation: { kind: 'permit', reference: 'EPR/AB1234CD' }, role: 'permit holder' },
    carrier: { registrationNumber: 'CBDU123456' },
    wasteHierarchyDeclaration: /waste management hierarchy/,
  });
  t.equal((await call('GET', noteUrl, stranger.apiKey)).statusCode, 404, 'others cannot see it');
  t.equal((await call('POST', `${noteUrl}/signatures`, officer.apiKey, { signatoryName: 'Officer' })).statusCode, 403, 'a user of neither party');
  t.same(paths(await call('POST', `${noteUrl}/signatures`, m.seller.apiKey, { signatoryName: 'Priya Shah', role: 'permit holder' })), ['role']);
  t.equal(await countRows('waste_transfer_notes'), 0, 'refused signatures freeze nothing');

  const first = await call('POST', `${noteUrl}/signatures`, m.seller.apiKey, { signatoryName: 'Priya Shah' });
  t.equal(first.statusCode, 201);
  t.match(first.json(), { status: 'partly-signed', signatures: [{ side: 'transferor', role: 'producer', organisationName: 'Tipton Castings' }] });
  t.equal((await call('POST', `${noteUrl}/signatures`, m.seller.apiKey, { signatoryName: 'Again' })).statusCode, 409, 'each side signs once');

  await call('PATCH', `/organisations/${m.seller.id}`, m.seller.apiKey, { address: 'Somewhere else entirely' });
  const second = await call('POST', `${noteUrl}/signatures`, m.buyer.apiKey, { signatoryName: 'Tom Reid' });
  t.match(second.json(), { status: 'signed', transferor: { address: 'Factory Road, Tipton DY4 9AA' } }, 'the content is frozen at the first signature');
  t.equal(second.json().contentSha256, first.json().contentSha256, 'both signatures cover the same content');
  await t.rejects(db.execute(sql`UPDATE waste_transfer_notes SET content = '{}'::jsonb`), 'the database refuses an edit of a note');

  const pdf = await call('GET', `${noteUrl}?format=pdf`, m.buyer.apiKey);
  t.equal(pdf.headers['content-type'], 'application/pdf');
  t.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  t.match(pdf.rawPayload.toString('latin1'), /\/Count 1\b/, 'one page');

  const correction = await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement({ amount: 19, corrects: transfer.id }));
  t.equal(correction.statusCode, 201);
  t.equal((await call('GET', noteUrl, m.seller.apiKey)).json().supersededBy, correction.json().id, 'the signed note names its correction');
  t.equal((await call('GET', `/transfers/${bare.json().id}/waste-transfer-note`, m.seller.apiKey)).json().supersededBy, null);
  const correctedNote = (await call('GET', `/transfers/${correction.json().id}/waste-transfer-note`, m.seller.apiKey)).json();
  t.match(correctedNote, { status: 'draft', waste: { quantity: { amount: 19 } } }, 'the correction has a note of its own');
});

t.test('season ticket: at most 12 months, one note for the transfers of its period', async (t) => {
  const m = await market();
  const before = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement({ date: daysAgo(2), receivedAt: undefined }))).json();
  const url = `/exchanges/${m.exchangeId}/season-ticket`;
  const from = daysAgo(10);
  const tooLong = await call('POST', url, m.seller.apiKey, { from, to: `${Number(from.slice(0, 4)) + 1}${from.slice(4)}` });
  t.equal(tooLong.statusCode, 400);
  t.same(paths(tooLong), ['to']);
  t.equal(await countRows('season_tickets'), 0);
  const lastDay = new Date(Date.UTC(Number(from.slice(0, 4)) + 1, Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)) - 1));
  const ticket = await call('POST', url, m.buyer.apiKey, { from, to: lastDay.toISOString().slice(0, 10) });
  t.equal(ticket.statusCode, 201, 'twelve months to the day before');
  t.same(ticket.json().transferIds, [before.id], 'a transfer already in the period comes under it');
  t.equal((await call('POST', url, m.seller.apiKey, { from: today(), to: today() })).statusCode, 409, 'no overlapping tickets');

  const later = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement())).json();
  t.equal(later.seasonTicketId, ticket.json().id, 'a transfer recorded in the period refers to it');
  const note = (await call('GET', `/transfers/${later.id}/waste-transfer-note`, m.seller.apiKey)).json();
  t.match(note, { kind: 'season-ticket', id: ticket.json().id, period: { from }, waste: { quantity: { amount: 60, rate: 'month' } } });
  t.same(note.transferIds.sort(), [before.id, later.id].sort());
  const signed = await call('POST', `/season-tickets/${ticket.json().id}/waste-transfer-note/signatures`, m.seller.apiKey, { signatoryName: 'Priya Shah' });
  t.equal(signed.statusCode, 201);
  t.equal((await call('GET', `/transfers/${before.id}/waste-transfer-note`, m.buyer.apiKey)).json().status, 'partly-signed');
});

/**
 * The required fields of the Receipt of Waste API's POST /movements/receive body, copied as data
 * from DEFRA/waste-tracking-service, docs/apiSpecifications/Receipt API.yml (draft v1.0, 2025):
 * requestBodies.receiveMovementRequest and components.schemas.*.required.
 */
const DWT_REQUIRED: Record<string, string[]> = {
  '': ['apiCode', 'dateTimeReceived', 'carrier', 'wasteItems', 'receiver', 'receipt'],
  'wasteItems[]': ['ewcCodes', 'wasteDescription', 'physicalForm', 'typeOfContainers', 'numberOfContainers', 'weight', 'containsPops', 'containsHazardous'],
  'wasteItems[].weight': ['metric', 'amount', 'isEstimate'],
  'wasteItems[].hazardous': ['sourceOfComponents'],
  'wasteItems[].disposalOrRecoveryCodes[]': ['code', 'weight'],
  carrier: ['registrationNumber', 'siteName', 'meansOfTransport'],
  'carrier.address': ['postcode'],
  receiver: ['organisationName', 'authorisationNumbers'],
  receipt: ['address'],
  'receipt.address': ['fullAddress', 'postcode'],
};
const DWT_ENUMS: Record<string, string[]> = {
  'wasteItems[].physicalForm': ['Gas', 'Liquid', 'Solid', 'Powder', 'Sludge', 'Mixed'],
  'wasteItems[].weight.metric': ['Grams', 'Kilograms', 'Tonnes'],
  'carrier.meansOfTransport': ['Road', 'Rail', 'Air', 'Sea', 'Inland Waterway', 'Pipe', 'Other'],
  reasonForNoConsignmentCode: ['Non-Haz Waste Transfer', 'Carrier did not provide documentation', 'Household Waste Recycling Centre Receipt'],
};

/** Every violation of the required fields and enums above, by path. */
function dwtViolations(body: unknown): string[] {
  const out: string[] = [];
  const at = (value: unknown, path: string[]): unknown[] => {
    if (!path.length) return [value];
    const [head, ...rest] = path as [string, ...string[]];
    const key = head.replace('[]', '');
    const next = (value as Json | undefined)?.[key];
    if (head.endsWith('[]')) return Array.isArray(next) ? next.flatMap((v) => at(v, rest)) : [];
    return next === undefined ? [] : at(next, rest);
  };
  for (const [object, required] of Object.entries(DWT_REQUIRED))
    for (const v of at(body, object ? object.split('.') : []))
      for (const field of required) if ((v as Json)[field] === undefined) out.push(`${object}.${field}`);
  for (const [path, values] of Object.entries(DWT_ENUMS))
    for (const v of at(body, path.split('.'))) if (!values.includes(v as string)) out.push(`${path}=${String(v)}`);
  for (const codes of at(body, ['wasteItems[]', 'ewcCodes'])) for (const c of codes as string[]) if (!/^\d{6}$/.test(c)) out.push(`ewcCode ${c}`);
  for (const n of at(body, ['receiver', 'authorisationNumbers'])) if (!(n as string[]).length) out.push('receiver.authorisationNumbers minItems');
  return out;
}

t.test('the DWT record: 422 lists what is missing; complete, it meets the published schema', async (t) => {
  const m = await market(MIRROR_HAZARDOUS);
  const bare = await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, {
    date: today(),
    amount: 5,
    unit: 't',
    reasonForNoConsignmentCode: 'Carrier did not provide documentation',
  });
  const missing = await call('GET', `/transfers/${bare.json().id}/waste-tracking`, m.buyer.apiKey);
  t.equal(missing.statusCode, 422);
  t.same(paths(missing), [
    'carrier',
    'dateTimeReceived',
    'wasteItems[0].containsPops',
    'wasteItems[0].numberOfContainers',
    'wasteItems[0].physicalForm',
    'wasteItems[0].typeOfContainers',
    'wasteItems[0].weight.isEstimate',
  ]);

  const full = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement({ hazardousWasteConsignmentCode: 'TIPTON/A0002', weightEstimated: true }))).json();
  const res = await call('GET', `/transfers/${full.id}/waste-tracking`, m.buyer.apiKey);
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.same(dwtViolations(body), [], 'every required field and enum of the published schema');
  t.match(body, {
    apiCode: RECEIVER_API_CODE,
    hazardousWasteConsignmentCode: 'TIPTON/A0002',
    wasteItems: [
      {
        ewcCodes: ['100907'],
        containsHazardous: true,
        hazardous: { sourceOfComponents: 'PROVIDED_WITH_WASTE', hazCodes: ['HP_14'], components: [{ name: 'phenol', concentration: 2300 }] },
        weight: { metric: 'Tonnes', amount: 20, isEstimate: true },
        disposalOrRecoveryCodes: [{ code: 'R5' }],
      },
    ],
    carrier: { registrationNumber: 'CBDU123456', siteName: 'Black Country Haulage Ltd', meansOfTransport: 'Road', vehicleRegistration: 'AB12 CDE' },
    receiver: { organisationName: 'Brum Blocks', authorisationNumbers: ['EPR/AB1234CD'] },
    receipt: { address: { postcode: 'B7 4AA' } },
  });
  t.match(dwtViolations({ ...body, wasteItems: [{ ...body.wasteItems[0], physicalForm: 'Goo' }] }), ['wasteItems[].physicalForm=Goo'], 'the check itself bites');

  const report = await call('GET', `/reports/waste-tracking?from=${daysAgo(1)}&to=${today()}`, m.buyer.apiKey);
  t.equal(report.json().items.length, 2, "the receiver's movements");
  t.same(report.json().items.map((i: Json) => i.record !== null).sort(), [false, true]);
  t.same((await call('GET', `/reports/waste-tracking?from=${daysAgo(1)}&to=${today()}`, m.seller.apiKey)).json().items, [], 'the sender receives nothing');
  const csv = await call('GET', `/reports/waste-tracking?from=${daysAgo(1)}&to=${today()}&format=csv`, m.buyer.apiKey);
  t.match(csv.headers['content-type'], /text\/csv/);
  t.equal(csv.body.trim().split('\r\n').length, 3, 'a header and a row per movement');
  t.same(paths(await call('GET', `/reports/waste-tracking?from=${today()}&to=${daysAgo(1)}`, m.buyer.apiKey)), ['from']);
});

t.test('by-products move without a transfer note, even to a site without a permit', async (t) => {
  const m = await market(
    {
      wasteStatus: 'end-of-waste',
      endOfWaste: { basis: 'Quality Protocol', reference: 'Aggregates from inert waste Quality Protocol' },
    },
    { kind: 'none' },
  );
  const transfer = await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, { date: today(), amount: 5, unit: 't' });
  t.equal(transfer.statusCode, 201);
  t.equal(transfer.json().isWaste, false);
  t.equal((await call('GET', `/transfers/${transfer.json().id}/waste-transfer-note`, m.seller.apiKey)).statusCode, 409);
  t.equal((await call('POST', `/exchanges/${m.exchangeId}/season-ticket`, m.seller.apiKey, { from: today(), to: today() })).statusCode, 409);
});

/** Runs a statement the database must refuse for retention; drizzle keeps the reason as the cause. */
async function refusedForRetention(t: Test, statement: ReturnType<typeof sql>, why: string) {
  const err = await db.execute(statement).then(
    () => null,
    (e: Error & { cause?: Error }) => e,
  );
  t.match(String(err?.cause?.message ?? err?.message), /retention: .* must be kept until/, why);
}

t.test('retention: transfers, notes and signatures outlive deletion attempts, and their organisations', async (t) => {
  const m = await market(MIRROR_HAZARDOUS);
  const transfer = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement({ hazardousWasteConsignmentCode: 'TIPTON/A0003' }))).json();
  await call('POST', `/transfers/${transfer.id}/waste-transfer-note/signatures`, m.seller.apiKey, { signatoryName: 'Priya Shah' });
  await refusedForRetention(t, sql`DELETE FROM waste_transfer_note_signatures`, 'signatures');
  await refusedForRetention(t, sql`DELETE FROM waste_transfer_notes`, 'notes');
  await refusedForRetention(t, sql`DELETE FROM transfers WHERE id = ${transfer.id}`, 'transfers');
  await t.rejects(db.execute(sql`DELETE FROM organisations WHERE id = ${m.seller.id}`), 'an organisation party to a kept transfer is not deleted');
  // A hazardous record is kept three years; past that, it may go.
  await db.execute(sql`ALTER TABLE transfers DISABLE TRIGGER transfers_retention`);
  await db.execute(sql`UPDATE transfers SET created_at = now() - interval '2 years 6 months' WHERE id = ${transfer.id}`);
  await db.execute(sql`ALTER TABLE transfers ENABLE TRIGGER transfers_retention`);
  await refusedForRetention(t, sql`DELETE FROM transfers WHERE id = ${transfer.id}`, '2½ years is not enough for hazardous waste');
  const unsigned = (await call('POST', `/exchanges/${m.exchangeId}/transfers`, m.seller.apiKey, movement({ amount: 1, hazardousWasteConsignmentCode: 'TIPTON/A0004' }))).json();
  await db.execute(sql`ALTER TABLE transfers DISABLE TRIGGER transfers_retention`);
  await db.execute(sql`UPDATE transfers SET created_at = now() - interval '3 years 1 day' WHERE id = ${unsigned.id}`);
  await db.execute(sql`ALTER TABLE transfers ENABLE TRIGGER transfers_retention`);
  await db.execute(sql`DELETE FROM transfers WHERE id = ${unsigned.id}`);
  t.pass('past three years a hazardous transfer without a note may go');
  t.equal(await countRows('waste_transfer_note_signatures'), 1);
  t.equal(await countRows('transfers'), 1);
});
