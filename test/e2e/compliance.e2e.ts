// End to end in a real browser: a foundry classifies its sand in the listing form (a mirror entry
// needs its assessment), records a transfer with its carrier and containers, and signs the waste
// transfer note; the other firm countersigns. Same setup as web.e2e.ts.
import t from 'tap';
import { expect as expectStatus } from '../../scripts/lib/service.ts';
import { accessible, openBrowser, SAND } from './browser.ts';

const run = await openBrowser('compliance');
const { base, newContext, signUp, signIn } = run;

const foundry = await run.firm('Black Country Castings', 'env@castings.example', { sicCode: '24510', address: 'Factory Road, Tipton DY4 9AA' });
const maker = await run.firm('Midland Blocks', 'buyer@blocks.example', { sicCode: '23610', address: '5 Block Lane, Birmingham B7 4AA' });
expectStatus(
  await foundry.api('POST', '/sites', { name: 'Tipton foundry', location: { type: 'Point', coordinates: [-2.0662, 52.5294] }, address: 'Factory Road, Tipton', postcode: 'DY4 9AA' }),
  201,
  'foundry site',
);
const makerSite = expectStatus(
  await maker.api('POST', '/sites', {
    name: 'Block works',
    location: { type: 'Point', coordinates: [-1.8904, 52.4862] },
    address: '5 Block Lane, Birmingham',
    postcode: 'B7 4AA',
    authorisation: { kind: 'permit', reference: 'EPR/AB1234CD' },
  }),
  201,
  'maker site',
).body;
const wantId = expectStatus(
  await maker.api('POST', '/listings', { kind: 'want', siteId: makerSite.id, material: 'foundry-sand', quantity: { amount: 100, unit: 't', rate: 'month' }, maxHaulKm: 50 }),
  201,
  'want',
).body.id as string;

let offerId = '';
let exchangeId = '';

t.test('the offer form asks whether it is waste and which code, and a mirror code needs an assessment', async (t) => {
  const context = await newContext();
  const page = await signUp(context, foundry.inviteUrl, 'Sam Caster');
  await page.getByRole('link', { name: 'My listings' }).click();
  await page.getByRole('link', { name: 'List a material' }).click();
  await page.selectOption('#material', 'foundry-sand');
  await page.fill('#amount', '60');
  await page.selectOption('#rate', 'month');
  await page.selectOption('#ewcCode', '10 09 08');
  await page.getByText('Why we ask').click();
  t.match(await page.locator('.legal-basis').textContent(), /Environmental Protection Act 1990, section 34/, 'the legal basis is one click away');
  await page.getByRole('button', { name: 'List this offer' }).click();
  await page.locator('#hazard-basis-error').waitFor();
  t.match(await page.locator('#hazard-basis-error').textContent(), /mirror entry/, 'the assessment is asked for at its field');
  await accessible(t, page, 'listing form with waste questions');
  await page.fill('#hazard-basis', 'Laboratory report LAB-2290: below WM3 thresholds');
  await page.getByRole('button', { name: 'List this offer' }).click();
  await page.getByRole('heading', { name: `Offer: ${SAND}` }).waitFor();
  t.match(await page.locator('.classification').textContent(), /List of Waste code 10 09 08/);
  offerId = page.url().split('/').pop() ?? '';
  await context.close();
});

t.test('record a transfer with its carrier, sign the note, and the other side countersigns', async (t) => {
  const proposed = expectStatus(await foundry.api('POST', '/exchanges', { offerId, wantId, quantity: { amount: 60, unit: 't', rate: 'month' } }), 201, 'propose').body;
  exchangeId = proposed.id;
  expectStatus(await maker.api('POST', `/exchanges/${exchangeId}/accept`), 200, 'accept');

  const context = await newContext();
  const page = await signIn(context, 'env@castings.example');
  await page.goto(`${base}/#/exchanges/${exchangeId}`);
  await page.getByRole('heading', { name: 'Record a transfer' }).waitFor();
  await page.fill('#transfer-amount', '20');
  await page.fill('#movement-carrierName', 'Black Country Haulage Ltd');
  await page.fill('#movement-carrierRegistration', 'CBDU123456');
  await page.fill('#movement-carrierPostcode', 'DY4 7AB');
  await page.fill('#movement-vehicleRegistration', 'AB12 CDE');
  await page.selectOption('#movement-containerType', 'SKI');
  await page.getByRole('button', { name: 'Record transfer' }).click();
  await page.locator('.transfer-note', { hasText: 'draft' }).waitFor();
  await accessible(t, page, 'exchange with a transfer note');
  const transferId = (await page.locator('.transfer-note input').getAttribute('id'))?.replace('sign-', '') ?? '';
  await page.fill(`#sign-${transferId}`, 'Sam Caster');
  await page.getByRole('button', { name: 'Sign note' }).click();
  await page.locator('.transfer-note', { hasText: 'partly-signed' }).waitFor();
  t.match(await page.locator('.transfer-note').textContent(), /transferor signed by Sam Caster/);
  const pdf = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  t.equal(pdf, `/transfers/${transferId}/waste-transfer-note?format=pdf`);
  await context.close();

  const other = await newContext();
  const buyer = await signUp(other, maker.inviteUrl, 'Alex Blockley');
  await buyer.goto(`${base}/#/exchanges/${exchangeId}`);
  await buyer.locator('.transfer-note', { hasText: 'partly-signed' }).waitFor();
  await buyer.fill(`#sign-${transferId}`, 'Alex Blockley');
  await buyer.getByRole('button', { name: 'Sign note' }).click();
  await buyer.locator('.transfer-note', { hasText: 'signed by Alex Blockley' }).waitFor();
  t.match(await buyer.locator('.transfer-note').textContent(), /: signed/, 'both sides have signed');
  await other.close();
});

t.test('no page threw an uncaught error', async (t) => run.noPageErrors(t));
