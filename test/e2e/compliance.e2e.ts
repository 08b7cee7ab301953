// End to end in a real browser: a foundry classifies its sand in the listing form (a mirror entry
// needs its assessment), records a transfer with its carrier and containers, and signs the waste
// transfer note; the other firm countersigns. Same setup as web.e2e.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { client, expect as expectStatus, startService, stopService } from '../../scripts/lib/service.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  t.plan(0, `no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ADMIN = 'e2e-admin-key-0123456789abcdef0123456789';
const PASSWORD = 'spent sand makes good blocks';
const SAND = 'Foundry sand (spent moulding and core sand)';

const dataDir = mkdtempSync(join(tmpdir(), 'reuse-e2e-compliance-'));
const service = await startService({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  ADMIN_API_KEY: ADMIN,
  MAP_TILES: 'off',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_PER_MINUTE: '100000',
  // A fresh embedded database migrates at start; on a loaded shared machine that took two minutes.
}, 300_000);
const base = service.base.replace('127.0.0.1', 'localhost');
const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  env: { ...process.env, LANGUAGE: 'en_GB' },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--lang=en-GB'],
});
t.teardown(async () => {
  await browser.close();
  await stopService(service, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

const pageErrors: string[] = [];
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));
  return context;
}

async function accessible(t: Test, page: Page, what: string) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
  t.same(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `${what}: no serious accessibility violations`);
}

const admin = client(service.base, ADMIN);
/** A registered firm with a key for setting up by API and an invite for its person. */
async function firm(name: string, email: string, sicCode: string, address: string) {
  const org = expectStatus(await admin('POST', '/organisations', { name, role: 'member', contactEmail: email, sicCode, address }), 201, name).body;
  const invite = expectStatus(await admin('POST', `/organisations/${org.id}/invites`, { email, orgAdmin: true }), 201, 'invite').body;
  return { id: org.id as string, api: client(service.base, org.apiKey as string), inviteUrl: String(invite.inviteUrl).replace(/^https?:\/\/[^/]+/, base) };
}

async function signUp(context: BrowserContext, inviteUrl: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inviteUrl);
  await page.fill('#name', name);
  await page.fill('#new-password', PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

async function signIn(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const foundry = await firm('Black Country Castings', 'env@castings.example', '24510', 'Factory Road, Tipton DY4 9AA');
const maker = await firm('Midland Blocks', 'buyer@blocks.example', '23610', '5 Block Lane, Birmingham B7 4AA');
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

t.test('no page threw an uncaught error', async (t) => {
  t.same(pageErrors, [], pageErrors.join('\n'));
});
