// End to end in Chromium (setup as test/e2e/web.e2e.ts): a firm edits its listing and its site
// (and is told, not overwritten, when someone else changed the listing first), attaches a photo
// whose GPS is removed, lists a want for either of two sands, and an officer adds a firm and
// invites its first person. Every page is checked at 390 px for sideways scrolling, the new
// pages with axe-core; screenshots go to docs/screenshots/.
import t from 'tap';
import { expect as expectStatus } from '../../scripts/lib/service.ts';
import { accessible, desktop, fits, openBrowser, phone, SAND, shot, tappable, waitForValue } from './browser.ts';

const GPS_PHOTO = new URL('../files/photo-with-gps.jpg', import.meta.url).pathname;
const run = await openBrowser('editing');
const { base, newContext, signUp, signInOn } = run;

const foundry = await run.firm('Black Country Castings', 'env@castings.example');
const quarry = await run.firm('Bromsgrove Silica', 'sales@silica.example');
const maker = await run.firm('Midland Blocks', 'buyer@blocks.example');
const programme = await run.firm('Resource Reuse Network', 'officer@rrn.example', { role: 'officer' });

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
  await waitForValue(page, '#edit-maxHaulKm', '45');
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
  const page = await run.signIn(context, 'env@castings.example');
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
    await accessible(t, page, `${path} on a phone`);
    if (path === `/listings/${castings.offerId}`) {
      await shot(page, 'matches-phone');
      await tappable(t, page, page.getByRole('button', { name: 'Set terms for match 1' }), 'Set terms on a phone');
      await page.getByRole('button', { name: 'Set terms for match 1' }).tap();
      await page.locator('#terms-panel').waitFor();
      t.pass('tapping Set terms opens the terms form');
    }
  }
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInOn(page, 'officer@rrn.example');
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
    await accessible(t, page, `${path} on a phone`);
  }
  await context.close();
});

t.test('on a desktop the search form stays beside the map', async (t) => {
  const context = await newContext(desktop);
  const page = await run.signIn(context, 'buyer@blocks.example');
  await page.goto(`${base}/#/search`);
  await page.getByRole('heading', { name: 'Find feedstock' }).waitFor();
  const form = await page.locator('form[aria-label="Search offers"]').boundingBox();
  const map = await page.locator('figure.map').first().boundingBox();
  const widest = (await page.evaluate(`Math.max(...[...document.querySelectorAll('form[aria-label="Search offers"] input, form[aria-label="Search offers"] select')].map((e) => e.getBoundingClientRect().right))`)) as number;
  t.ok(form && map && widest <= map.x, `the form's fields end at ${widest}px, the map starts at ${map?.x}px`);
  await context.close();
});

t.test('no page threw an uncaught error', async (t) => run.noPageErrors(t));
