// End to end in a real browser: a firm's person sees the unread count in the header, opens the
// inbox, and follows an item to what it is about. The other firm acts through the API.
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
const ADMIN = 'e2e-notify-admin-key-0123456789abcdef01234';
const PASSWORD = 'spent sand makes good blocks';

const dataDir = mkdtempSync(join(tmpdir(), 'reuse-e2e-notify-'));
const service = await startService({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  ADMIN_API_KEY: ADMIN,
  MAP_TILES: 'off',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
  RATE_LIMIT_PER_MINUTE: '100000',
  NOTIFY_POLL_SECONDS: '0.5',
}, 600_000);
// Chromium treats localhost as a secure context, so the Secure session cookie is kept over http.
const base = service.base.replace('127.0.0.1', 'localhost');
const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  // Date inputs follow the browser's language, which on Linux comes from LANGUAGE.
  env: { ...process.env, LANGUAGE: 'en_GB' },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--lang=en-GB'],
});
t.teardown(async () => {
  await browser.close();
  await stopService(service, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

// Any uncaught error in a page fails the run, whichever test was driving it.
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
  // The link names the host the inviter used; the browser uses localhost.
  return { id: org.id as string, apiKey: org.apiKey as string, inviteUrl: String(invite.inviteUrl).replace(/^https?:\/\/[^/]+/, base) };
}

/** No serious or critical axe violations on the page as it stands. */
async function accessible(t: Test, page: Page, what: string) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  t.same(serious, [], `${what}: no serious accessibility violations`);
}

const foundry = await organisationWithInvite('Black Country Castings', 'member', 'env@castings.example');
const maker = await organisationWithInvite('Midland Blocks', 'member', 'buyer@blocks.example');
const desktop = { viewport: { width: 1280, height: 860 }, locale: 'en-GB' };

async function listAt(key: string, coordinates: [number, number], body: Record<string, unknown>): Promise<string> {
  const call = client(service.base, key);
  const site = expectStatus(await call('POST', '/sites', { name: 'Works', location: { type: 'Point', coordinates } }), 201, 'site').body;
  return expectStatus(await call('POST', '/listings', { siteId: site.id, maxHaulKm: 60, ...body }), 201, 'listing').body.id;
}

t.test('the header counts unread notifications; the inbox links each to what it is about', async (t) => {
  const offer = await listAt(foundry.apiKey, [-2.0662, 52.5294], {
    kind: 'offer',
    material: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 5000, unit: 't', rate: 'year' },
  });
  const want = await listAt(maker.apiKey, [-1.98, 52.48], {
    kind: 'want',
    material: 'foundry-sand',
    quantity: { amount: 2000, unit: 't', rate: 'year' },
  });
  const exchange = expectStatus(
    await client(service.base, maker.apiKey)('POST', '/exchanges', { offerId: offer, wantId: want, quantity: { amount: 1000, unit: 't', rate: 'year' } }),
    201,
    'propose',
  ).body;

  const context = await newContext(desktop);
  const page = await context.newPage();
  await page.goto(foundry.inviteUrl);
  await page.getByRole('heading', { name: /^Join / }).waitFor();
  await page.fill('#name', 'Sam Caster');
  await page.fill('#new-password', PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();

  // The count follows page changes; the two events may still be on their way at sign-in.
  for (let i = 0; i < 40 && !(await page.getByLabel('2 unread').isVisible()); i++) {
    await page.waitForTimeout(500);
    await page.getByRole('link', { name: 'My sites' }).click();
  }
  t.ok(await page.getByLabel('2 unread').isVisible(), 'two unread in the header');
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await page.getByRole('heading', { name: 'Notifications' }).waitFor();
  await accessible(t, page, 'inbox');
  const proposal = page.getByRole('link', { name: /exchange of foundry-sand was proposed to you/ });
  const match = page.getByRole('link', { name: /A new want of foundry-sand matches your listing/ });
  await proposal.waitFor();
  await match.waitFor();
  t.equal(await match.getAttribute('href'), `#/listings/${offer}`, 'the match leads to the firm’s own listing');
  await proposal.click();
  await page.waitForURL(new RegExp(`#/exchanges/${exchange.id}$`));
  t.pass('the proposal leads to the exchange');
  await page.getByLabel('1 unread').waitFor();
  t.pass('one left unread');
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await page.getByLabel(/unread/).waitFor({ state: 'detached' });
  t.pass('none unread after mark all read');
  t.same(pageErrors, [], 'no errors in the page');
  await context.close();
});
