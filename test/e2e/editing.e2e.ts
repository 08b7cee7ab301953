// End to end in Chromium (setup as test/e2e/web.e2e.ts): a firm edits its listing and its site
// (and is told, not overwritten, when someone else changed the listing first), attaches a photo
// whose GPS is removed, lists a want for either of two sands, and an officer adds a firm and
// invites its first person. Every page is checked at 390 px for sideways scrolling, the new
// pages with axe-core; screenshots go to docs/screenshots/.
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
const SHOTS = new URL('../../docs/screenshots/', import.meta.url);
const GPS_PHOTO = new URL('../files/photo-with-gps.jpg', import.meta.url).pathname;
const ADMIN = 'e2e-admin-key-0123456789abcdef0123456789';
const PASSWORD = 'spent sand makes good blocks';
const SAND = 'Foundry sand (spent moulding and core sand)';

const dataDir = mkdtempSync(join(tmpdir(), 'reuse-e2e-editing-'));
const service = await startService(
  {
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  ADMIN_API_KEY: ADMIN,
  MAP_TILES: 'off',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_PER_MINUTE: '100000',
  },
  // The first start installs PostGIS into a fresh data directory: slow on a loaded machine.
  300_000,
);
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
async function newContext(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));
  return context;
}

const admin = client(service.base, ADMIN);
async function organisationWithInvite(name: string, role: 'member' | 'officer', email: string) {
  const org = expectStatus(await admin('POST', '/organisations', { name, role, contactEmail: email }), 201, name).body;
  const invite = expectStatus(await admin('POST', `/organisations/${org.id}/invites`, { email, orgAdmin: true }), 201, 'invite').body;
  return {
    id: org.id as string,
    api: client(service.base, org.apiKey as string),
    inviteUrl: String(invite.inviteUrl).replace(/^https?:\/\/[^/]+/, base),
  };
}

async function accessible(t: Test, page: Page, what: string) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  t.same(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `${what}: no serious accessibility violations`);
}

async function shot(page: Page, name: string) {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: false });
}

async function signUp(context: BrowserContext, inviteUrl: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inviteUrl);
  await page.getByRole('heading', { name: /^Join / }).waitFor();
  await page.fill('#name', name);
  await page.fill('#new-password', PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** No page scrolls sideways: the document is no wider than the window. */
async function fits(t: Test, page: Page, what: string) {
  const [scroll, inner] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
  t.ok(scroll <= inner, `${what}: ${scroll}px wide in a ${inner}px window`);
}

const foundry = await organisationWithInvite('Black Country Castings', 'member', 'env@castings.example');
const quarry = await organisationWithInvite('Bromsgrove Silica', 'member', 'sales@silica.example');
const maker = await organisationWithInvite('Midland Blocks', 'member', 'buyer@blocks.example');
const programme = await organisationWithInvite('Resource Reuse Network', 'officer', 'officer@rrn.example');
const desktop = { viewport: { width: 1280, height: 860 }, locale: 'en-GB' };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' };

async function siteAndOffer(org: typeof foundry, name: string, coordinates: [number, number], material: string) {
  const site = expectStatus(await org.api('POST', '/sites', { name, location: { type: 'Point', coordinates } }), 201, 'site').body;
  const offer = expectStatus(
    await org.api('POST', '/listings', {
      kind: 'offer',
      siteId: site.id,
      material,
      grade: { afsGfn: 55, clayPct: 6 },
      quantity: { amount: 1800, unit: 't', rate: 'year' },
      maxHaulKm: 40,
      description: 'Spent green sand from the moulding line, stored under cover.',
    }),
    201,
    'offer',
  ).body;
  return { siteId: site.id as string, offerId: offer.id as string };
}
const castings = await siteAndOffer(foundry, 'Tipton works', [-2.0662, 52.5294], 'foundry-sand');
const silica = await siteAndOffer(quarry, 'Oldbury quarry', [-2.0165, 52.5046], 'silica-sand');
await maker.api('POST', '/sites', { name: 'Wednesbury yard', location: { type: 'Point', coordinates: [-2.0233, 52.5514] } });

t.test('a firm edits its listing, is told when someone else changed it first, and attaches a photo', async (t) => {
  const context = await newContext(desktop);
  const page = await signUp(context, foundry.inviteUrl, 'Asha Patel');
  await page.goto(`${base}/#/listings/${castings.offerId}`);
  await page.getByRole('heading', { name: `Offer: ${SAND}` }).waitFor();
  await page.getByText('Spent green sand from the moulding line').waitFor();
  t.pass('the description is shown');
  await page.getByText(/AFS grain fineness[^;]* 55/).first().waitFor();
  t.pass('the grade by its catalogue labels');

  await page.getByRole('button', { name: 'Edit listing' }).click();
  await page.getByRole('heading', { name: 'Edit this offer' }).waitFor();
  await accessible(t, page, 'the listing editor');
  // Meanwhile a colleague, through the API, changes the amount.
  expectStatus(await foundry.api('PATCH', `/listings/${castings.offerId}`, { maxHaulKm: 45 }, { 'if-match': '*' }), 200, 'a change first');
  await page.fill('#edit-amount', '2400');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').getByText('Someone else changed this listing after you opened it.').waitFor();
  t.pass('the conflict is said plainly; nothing was overwritten');
  const meanwhile = expectStatus(await foundry.api('GET', `/listings/${castings.offerId}`), 200, 'read').body;
  t.equal(meanwhile.maxHaulKm, 45, "the colleague's change stands");
  t.equal(meanwhile.quantity.amount, 1800);

  await page.getByRole('button', { name: 'Load the latest version' }).click();
  // The editor is drawn again from the version just read.
  // Polled from here: a string predicate for waitForFunction needs eval, which the app's CSP forbids.
  for (let i = 0; i < 100 && (await page.inputValue('#edit-maxHaulKm')) !== '45'; i++) await page.waitForTimeout(100);
  t.equal(await page.inputValue('#edit-maxHaulKm'), '45', 'the latest version is in the form');
  await page.fill('#edit-amount', '2400');
  await page.fill('#edit-description', 'Spent green sand, bagged on pallets; collection Monday to Friday.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('2,400 t a year').waitFor();
  await page.getByText('bagged on pallets').waitFor();
  t.pass('the edit is saved and shown, with a thousands separator');

  await page.setInputFiles('#attachment-file', GPS_PHOTO);
  await page.getByRole('button', { name: 'Upload' }).click();
  const link = page.getByRole('link', { name: 'photo-with-gps.jpg' });
  await link.waitFor();
  const href = await link.getAttribute('href');
  const download = await page.request.get(`${base}${href}`);
  const body = await download.body();
  t.equal(download.headers()['content-type'], 'image/jpeg');
  t.notOk(body.includes(Buffer.from('Exif\0\0')), 'the uploaded photo is stored without its EXIF (GPS)');
  await accessible(t, page, 'a listing with attachments');
  await shot(page, 'listing-edit');

  // The site: renamed in place.
  await page.getByRole('link', { name: 'My sites' }).click();
  await page.getByRole('button', { name: 'Edit Tipton works' }).click();
  await page.getByRole('heading', { name: 'Edit Tipton works' }).waitFor();
  await page.fill('#site-name', 'Tipton foundry');
  await page.getByRole('button', { name: 'Save site' }).click();
  await page.getByRole('cell', { name: 'Tipton foundry', exact: true }).waitFor();
  t.pass('a site is edited in the app');
  await accessible(t, page, 'sites');
  await context.close();
});

t.test('a want for foundry sand or silica sand, listed in the app, matches offers of either', async (t) => {
  const context = await newContext(desktop);
  const page = await signUp(context, maker.inviteUrl, 'Tom Evans');
  await page.goto(`${base}/#/listings/new`);
  await page.getByRole('heading', { name: 'List a material' }).waitFor();
  await page.getByLabel('find feedstock').check();
  await page.selectOption('#material', 'foundry-sand');
  await page.getByLabel('Silica sand').check();
  await page.fill('#description', 'Core sand for block making.');
  await page.fill('#amount', '2000');
  await page.getByRole('button', { name: 'List this want' }).click();
  await page.getByRole('heading', { name: `Want: ${SAND} or Silica sand` }).waitFor();
  const offers = page.locator('table').first();
  await offers.getByText('Silica sand').first().waitFor();
  await offers.getByText(SAND).first().waitFor();
  t.pass('both offers are among its matches');
  t.ok(silica.offerId, 'the silica sand offer is listed by another firm');
  await accessible(t, page, 'a want for two materials');
  await context.close();
});

t.test('an officer adds a firm and invites its first person, without the API', async (t) => {
  const context = await newContext(desktop);
  const page = await signUp(context, programme.inviteUrl, 'Officer Jones');
  await page.getByRole('link', { name: 'Firms', exact: true }).click();
  await page.getByRole('heading', { name: 'Firms', exact: true }).waitFor();
  await accessible(t, page, 'firms');
  await page.fill('#firm-name', 'Walsall Glass Recycling');
  await page.fill('#firm-email', 'hello@walsallglass.example');
  await page.getByRole('button', { name: 'Add firm' }).click();
  await page.getByText('Walsall Glass Recycling', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const invite = page.locator('code.invite-link');
  await invite.waitFor();
  t.match(await invite.textContent(), /#\/invite\//, 'an invitation link to send');
  await context.close();
});

t.test('at 390 px no page is wider than the screen', async (t) => {
  const context = await newContext(phone);
  const page = await context.newPage();
  await page.goto(`${base}/#/sign-in`);
  await page.fill('#email', 'env@castings.example');
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  for (const [path, heading] of [
    ['/listings', 'My listings'],
    ['/listings/new', 'List a material'],
    [`/listings/${castings.offerId}`, `Offer: ${SAND}`],
    ['/search', 'Find feedstock'],
    ['/sites', 'My sites'],
    ['/exchanges', 'Exchanges'],
    ['/account', 'Your account'],
  ] as const) {
    await page.goto(`${base}/#${path}`);
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await fits(t, page, path);
    if (path === `/listings/${castings.offerId}`) await shot(page, 'matches-phone');
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.fill('#email', 'officer@rrn.example');
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
  for (const [path, heading] of [
    ['/dashboard', 'Programme dashboard'],
    ['/firms', 'Firms'],
    ['/exchanges', 'Exchanges'],
    ['/regions', 'Regions'],
    ['/opportunities', 'Opportunities'],
  ] as const) {
    await page.goto(`${base}/#${path}`);
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await fits(t, page, path);
  }
  await context.close();
});

t.test('on a desktop the search form stays beside the map', async (t) => {
  const context = await newContext(desktop);
  const page = await context.newPage();
  await page.goto(`${base}/#/sign-in`);
  await page.fill('#email', 'buyer@blocks.example');
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.goto(`${base}/#/search`);
  await page.getByRole('heading', { name: 'Find feedstock' }).waitFor();
  const form = await page.locator('form[aria-label="Search offers"]').boundingBox();
  const map = await page.locator('figure.map').first().boundingBox();
  const widest = (await page.evaluate(`Math.max(...[...document.querySelectorAll('form[aria-label="Search offers"] input, form[aria-label="Search offers"] select')].map((e) => e.getBoundingClientRect().right))`)) as number;
  t.ok(form && map && widest <= map.x, `the form's fields end at ${widest}px, the map starts at ${map?.x}px`);
  await context.close();
});

t.test('no page threw an uncaught error', async (t) => {
  t.same(pageErrors, [], pageErrors.join('\n'));
});
