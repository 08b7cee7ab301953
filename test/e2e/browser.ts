// What every browser test needs, in one place: the service started as `npm start` runs it on a
// fresh embedded database, Debian's Chromium driven by playwright-core, contexts whose pages'
// uncaught errors are collected, an axe-core check, firms registered with an invite, and a
// person signing up or in through the app's own forms. Teardown is registered with tap.
//
// Usage, at the top of a `*.e2e.ts` file:
//   const run = await openBrowser('notify', { NOTIFY_POLL_SECONDS: '0.5' });
//   const foundry = await run.firm('Black Country Castings', 'env@castings.example');
//   ... const page = await run.signUp(await run.newContext(desktop), foundry.inviteUrl, 'Sam');
//   t.test('no page threw an uncaught error', async (t) => run.noPageErrors(t));
//
// The app's CSP forbids eval: give page.waitForFunction a function, never a string.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { type Client, client, expect as expectStatus, type Service, startService, stopService } from '../../scripts/lib/service.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADMIN = 'e2e-admin-key-0123456789abcdef0123456789';
export const PASSWORD = 'spent sand makes good blocks';
export const SAND = 'Foundry sand (spent moulding and core sand)';
const SHOTS = new URL('../../docs/screenshots/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 860 }, locale: 'en-GB' };
export const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB' };

/** A registered firm: an API key for setting up by API, and an invite for its first person. */
export interface Firm {
  id: string;
  email: string;
  apiKey: string;
  api: Client;
  inviteUrl: string;
}

export interface BrowserRun {
  service: Service;
  /** The service as the browser reaches it (localhost, so the Secure session cookie is kept). */
  base: string;
  browser: Browser;
  admin: Client;
  /** Uncaught errors of every page opened in a context from newContext. */
  pageErrors: string[];
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  firm(name: string, email: string, more?: { role?: 'member' | 'officer'; sicCode?: string; address?: string }): Promise<Firm>;
  /** An invitation link for one more person of an organisation, as the browser reaches it. */
  invite(organisationId: string, email: string): Promise<string>;
  /** A new page in the context, signed up from an invitation; with `t`, the invitation page is checked with axe. */
  signUp(context: BrowserContext, inviteUrl: string, name: string, t?: Test): Promise<Page>;
  /** A new page in the context, signed in by the sign-in form. */
  signIn(context: BrowserContext, email: string): Promise<Page>;
  /** Signs in on a page already open (e.g. after signing out). */
  signInOn(page: Page, email: string): Promise<void>;
  noPageErrors(t: Test): void;
}

/**
 * Starts the service and Chromium for one test file; `name` tells its data directory apart.
 * Skips the whole file (plan 0) when there is no Chromium.
 */
export async function openBrowser(name: string, env: Record<string, string> = {}): Promise<BrowserRun> {
  if (!existsSync(CHROMIUM)) {
    t.plan(0, `no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    process.exit(0);
  }
  const dataDir = mkdtempSync(join(tmpdir(), `reuse-e2e-${name}-`));
  const service = await startService(
    {
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ADMIN_API_KEY: ADMIN,
      MAP_TILES: 'off',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    // A first start migrates a fresh embedded database and installs PostGIS: minutes when the
    // shared 2-core machine is busy. A start that slow is a finding of its own, not a failure here.
    600_000,
  );
  // Chromium treats localhost as a secure context, so the Secure session cookie is kept over http.
  const base = service.base.replace('127.0.0.1', 'localhost');
  const browser = await chromium.launch({
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

  const admin = client(service.base, ADMIN);
  const pageErrors: string[] = [];
  // The link names the host the inviter used; the browser uses localhost.
  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, base);
  const invite = async (organisationId: string, email: string) =>
    local(String(expectStatus(await admin('POST', `/organisations/${organisationId}/invites`, { email, orgAdmin: true }), 201, 'invite').body.inviteUrl));

  const signInOn = async (page: Page, email: string) => {
    await page.goto(`${base}/#/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  };

  return {
    service,
    base,
    browser,
    admin,
    pageErrors,
    async newContext(options = desktop) {
      const context = await browser.newContext(options);
      // Any uncaught error in a page fails the run, whichever test was driving it.
      context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));
      return context;
    },
    async firm(name, email, more = {}) {
      const { role = 'member', ...details } = more;
      const org = expectStatus(await admin('POST', '/organisations', { name, role, contactEmail: email, ...details }), 201, name).body;
      return { id: org.id as string, email, apiKey: org.apiKey as string, api: client(service.base, org.apiKey as string), inviteUrl: await invite(org.id, email) };
    },
    invite,
    async signUp(context, inviteUrl, name, t) {
      const page = await context.newPage();
      await page.goto(inviteUrl);
      await page.getByRole('heading', { name: /^Join / }).waitFor();
      if (t) await accessible(t, page, 'accept an invitation');
      await page.fill('#name', name);
      await page.fill('#new-password', PASSWORD);
      await page.getByRole('button', { name: 'Create my account' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return page;
    },
    async signIn(context, email) {
      const page = await context.newPage();
      await signInOn(page, email);
      return page;
    },
    signInOn,
    noPageErrors(t) {
      t.same(pageErrors, [], pageErrors.join('\n') || 'no page threw an uncaught error');
    },
  };
}

/** A listing of the firm at a new site of its own at `coordinates`, set up through the API; its id. */
export async function listAt(firm: Firm, coordinates: [number, number], body: Record<string, unknown>): Promise<string> {
  const site = expectStatus(await firm.api('POST', '/sites', { name: 'Works', location: { type: 'Point', coordinates } }), 201, 'site').body;
  return expectStatus(await firm.api('POST', '/listings', { siteId: site.id, maxHaulKm: 60, ...body }), 201, 'listing').body.id as string;
}

/** No serious or critical axe violations on the page as it stands. */
export async function accessible(t: Test, page: Page, what: string) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  t.same(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `${what}: no serious accessibility violations`);
}

/** The little of the page's window these helpers read; the tests compile without the DOM types. */
interface PageWindow {
  document: {
    documentElement: { scrollWidth: number };
    querySelector(selector: string): { value?: string } | null;
    elementFromPoint(x: number, y: number): { closest(selector: string): unknown } | null;
  };
  innerWidth: number;
  scrollTo(x: number, y: number): void;
}

/** No sideways scrolling: the document is no wider than the window. */
export async function fits(t: Test, page: Page, what: string) {
  // Functions given to the page run there: they name nothing of this module but its types.
  const { scroll, inner } = await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    return { scroll: w.document.documentElement.scrollWidth, inner: w.innerWidth };
  });
  t.ok(scroll <= inner, `${what}: ${scroll}px wide in a ${inner}px window`);
}

/** Waits until the form field matching `selector` holds `value` (as typed or as drawn again). */
export async function waitForValue(page: Page, selector: string, value: string) {
  await page.waitForFunction(([s, v]) => (globalThis as unknown as PageWindow).document.querySelector(s)?.value === v, [selector, value] as const);
}

/** The top of the page as it stands, saved as docs/screenshots/NAME.png for the README. */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => (globalThis as unknown as PageWindow).scrollTo(0, 0));
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: false });
}

/**
 * A person can tap the control: scrolled into view, the topmost element at its centre is the
 * control itself (or inside it), not a map or anything else drawn over it.
 */
export async function tappable(t: Test, page: Page, control: Locator, what: string) {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) return t.fail(`${what}: not shown`);
  const marker = `tappable-${Date.now()}`;
  await control.evaluate((e, m) => e.setAttribute('data-tappable', m), marker);
  const hit = await page.evaluate(
    ({ x, y, m }) => Boolean((globalThis as unknown as PageWindow).document.elementFromPoint(x, y)?.closest(`[data-tappable="${m}"]`)),
    { x: box.x + box.width / 2, y: box.y + box.height / 2, m: marker },
  );
  t.ok(hit, `${what}: nothing lies over its centre`);
}
