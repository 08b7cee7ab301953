// End to end in a real browser: a firm answers additionality on its completed exchange, and the
// officer's dashboard shows net beside gross and the network of firms on a map. Pages are checked
// with axe-core. Setup as in test/e2e/web.e2e.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { client, expect as expectStatus, smallMarket, startService, stopService } from '../../scripts/lib/service.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  t.plan(0, `no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ADMIN = 'e2e-admin-key-0123456789abcdef0123456789';
const PASSWORD = 'spent sand makes good blocks';

const dataDir = mkdtempSync(join(tmpdir(), 'reuse-e2e-evidence-'));
// A first start installs PostGIS into a fresh data directory: minutes on a busy shared machine.
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
  400_000,
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
const admin = client(service.base, ADMIN);

async function accessible(t: Test, page: Page, what: string) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  t.same(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `${what}: no serious accessibility violations`);
}

async function signUp(organisationId: string, email: string, name: string): Promise<Page> {
  const invite = expectStatus(await admin('POST', `/organisations/${organisationId}/invites`, { email, orgAdmin: true }), 201, 'invite').body;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(String(invite.inviteUrl).replace(/^https?:\/\/[^/]+/, base));
  await page.fill('#name', name);
  await page.fill('#new-password', PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

// A completed exchange with one transfer, between two firms.
const market = await smallMarket(service.base, ADMIN);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
expectStatus(
  await market.foundry.call('POST', `/exchanges/${market.exchangeId}/transfers`, { date: yesterday, amount: 200, unit: 't', haulKm: 10 }),
  201,
  'transfer',
);
expectStatus(await market.foundry.call('POST', `/exchanges/${market.exchangeId}/complete`, {}), 200, 'complete');

t.test('a firm answers additionality on its completed exchange', async (t) => {
  const page = await signUp(market.maker.id, 'buyer@crash-blocks.example', 'Alex Buyer');
  await page.goto(`${base}/#/exchanges/${market.exchangeId}`);
  await page.getByRole('heading', { name: 'Would this exchange have happened without the programme?' }).waitFor();
  await accessible(t, page, 'additionality form');
  await page.selectOption('#additionality-answer', 'partly');
  await page.getByRole('button', { name: 'Save answer' }).click();
  await page.getByRole('alert').waitFor();
  t.match(await page.getByRole('alert').textContent(), /share/, 'a partly answer without a share is explained at the field');
  await page.fill('#additionality-share', '40');
  await page.getByRole('button', { name: 'Save answer' }).click();
  await page.getByText(/Your answer: partly \(40% would have happened anyway\)/).waitFor();
  const answers = expectStatus(await market.officer.call('GET', `/exchanges/${market.exchangeId}/additionality`), 200, 'answers').body;
  t.match(answers, { want: { wouldHaveHappened: 'partly', share: 0.4 }, offer: null, deadweight: 0.4 });
  await page.context().close();
});

t.test('the dashboard shows net beside gross and the network of firms', async (t) => {
  const page = await signUp(market.officer.id, 'officer@crash.example', 'Robin Officer');
  await page.getByRole('heading', { name: 'Programme dashboard' }).waitFor();
  await page.getByRole('heading', { name: 'Network of firms' }).waitFor();
  await page.locator('[data-figure="links"]', { hasText: '1' }).waitFor();
  const figure = async (name: string) => (await page.locator(`[data-figure="${name}"]`).textContent()) ?? '';
  t.equal(await figure('firms'), '2', 'two firms linked');
  t.equal(await figure('multi-partner'), '0');
  t.match(await page.locator('ul.figures').first().textContent(), /net of additionality/, 'net shown beside gross');
  const network = expectStatus(await market.officer.call('GET', '/reports/network'), 200, 'network').body;
  const gross = Number((await figure('cost')).replace(/[£,]/g, ''));
  t.ok(gross > 0);
  t.equal(network.measures.tonnes, 200);
  await page.locator('section[aria-labelledby="network"] .leaflet-interactive').first().waitFor();
  await accessible(t, page, 'dashboard with the network');
  const link = page.getByRole('link', { name: 'Download GraphML (Gephi, Cytoscape)' });
  t.match(await link.getAttribute('href'), /format=graphml/);
  await page.context().close();
  t.same(pageErrors, [], 'no uncaught errors in any page');
});
