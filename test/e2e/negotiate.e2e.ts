// End to end in Chromium: a firm proposes on its own terms from a match, the other firm reads
// the full picture, counter-proposes and writes; the first firm sees the unread message and
// accepts. The new views are checked with axe-core, and on a 390 px phone for sideways scrolling.
import t from 'tap';
import { expect as expectStatus } from '../../scripts/lib/service.ts';
import { accessible, desktop, openBrowser, phone, SAND } from './browser.ts';

const run = await openBrowser('negotiate');
const { base, newContext, signUp, signIn } = run;

const foundry = await run.firm('Tipton Castings', 'env@tipton.example');
const maker = await run.firm('Wednesbury Blocks', 'buyer@wednesbury.example');
const site = async (f: typeof foundry, coordinates: [number, number]) =>
  expectStatus(await f.api('POST', '/sites', { name: 'Works', location: { type: 'Point', coordinates } }), 201, 'site').body.id as string;
const offer = expectStatus(
  await foundry.api('POST', '/listings', {
    kind: 'offer',
    siteId: await site(foundry, [-2.0662, 52.5294]),
    material: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 1800, unit: 't', rate: 'year' },
    maxHaulKm: 60,
    currentRoute: { route: 'landfill', gateFeeGbpPerTonne: 28 },
  }),
  201,
  'offer',
).body;
const want = expectStatus(
  await maker.api('POST', '/listings', {
    kind: 'want',
    siteId: await site(maker, [-2.023, 52.551]),
    material: 'foundry-sand',
    accepts: { clayPct: { max: 10 } },
    quantity: { amount: 1200, unit: 't', rate: 'year' },
    maxHaulKm: 40,
    virginPriceGbpPerTonne: 35,
  }),
  201,
  'want',
).body;
let exchangeId = '';

t.test('the buyer proposes on its own terms from a match', async (t) => {
  const context = await newContext(desktop);
  const page = await signUp(context, maker.inviteUrl, 'Alex Blockley');
  await page.goto(`${base}/#/listings/${want.id}`);
  await page.getByRole('heading', { name: `Want: ${SAND}` }).waitFor();
  await page.getByRole('button', { name: 'Set terms for match 1' }).click();
  await page.getByRole('heading', { name: 'Your terms for match 1' }).waitFor();
  t.equal(await page.inputValue('#terms-amount'), '1200', 'the amount starts at what the match can exchange');
  await page.fill('#terms-amount', '1,000');
  await page.fill('#terms-price', 'two pounds');
  await page.getByRole('button', { name: 'Propose on these terms' }).click();
  t.match(await page.locator('#terms-price-error').textContent(), /number of pounds/, 'a rate that is no number is said at its field');
  await page.fill('#terms-price', '-4');
  await page.fill('#terms-note', 'We collect with our own tipper.');
  await accessible(t, page, 'propose on terms');
  await page.getByRole('button', { name: 'Propose on these terms' }).click();
  await page.getByRole('status').filter({ hasText: 'Exchange proposed' }).waitFor();
  const exchanges = expectStatus(await maker.api('GET', '/exchanges'), 200, 'exchanges').body.items;
  t.equal(exchanges.length, 1);
  t.match(exchanges[0], { offerId: offer.id, quantity: { amount: 1000, rate: 'year' }, priceGbpPerTonne: -4, note: 'We collect with our own tipper.', turn: 'offer' });
  exchangeId = exchanges[0].id;
  await context.close();
});

t.test('the supplier reads the full picture, counter-proposes and writes', async (t) => {
  const context = await newContext(desktop);
  const page = await signUp(context, foundry.inviteUrl, 'Sam Caster');
  await page.getByRole('link', { name: 'Exchanges', exact: true }).click();
  await page.getByRole('link', { name: SAND }).waitFor();
  t.match(await page.locator('table').textContent(), /your turn/, 'the list says whose turn it is');
  await page.getByRole('link', { name: SAND }).click();
  await page.getByRole('heading', { name: 'The full picture' }).waitFor();
  const main = page.locator('main');
  await page.locator('table.estimate').waitFor();
  const text = (await main.textContent()) ?? '';
  t.match(text, /you pay £4\.00 per t/, 'the rate in words for this reader: the supplier pays this gate fee');
  t.match(text, /We collect with our own tipper/, 'the note');
  t.match(text, /Distance: [\d.]+ km/, 'the distance');
  t.match(text, /approximate place/, "measured to the buyer's approximate place");
  t.match(text, /clayPct: meets/, 'the grade checks');
  t.match(await page.locator('table.estimate').textContent(), /supplier's saving/, 'whose saving each line is');
  t.match(text, /open your offer/, 'a link to its own offer');
  await accessible(t, page, 'decision view');
  await page.fill('#counter-amount', '900');
  await page.fill('#counter-price', '-6');
  await page.fill('#counter-note', '900 t suits our moulding line.');
  await page.getByRole('button', { name: 'Send counter-proposal' }).click();
  await page.getByText('Waiting for the other firm to answer.').waitFor();
  t.match(await main.textContent(), /900 t a year, you pay £6\.00 per t/, 'the new terms');
  await page.fill('#message-text', 'Sand is stored under cover.\nLab analysis on request.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await page.locator('ol.thread li').first().waitFor();
  t.match(await page.locator('ol.thread').textContent(), /You.*Sand is stored under cover/s);
  await accessible(t, page, 'thread');
  await context.close();
});

t.test('the buyer sees the unread message and accepts the counter-proposal', async (t) => {
  const context = await newContext(desktop);
  const page = await signIn(context, maker.email);
  await page.getByRole('link', { name: 'Exchanges', exact: true }).click();
  await page.getByText('1 unread').waitFor();
  t.pass('the list shows the unread message');
  await page.getByRole('link', { name: SAND }).click();
  await page.locator('ol.thread li').first().waitFor();
  t.match(await page.locator('ol.thread').textContent(), /Offering firm.*Sand is stored under cover/s, 'the message, by side');
  t.match(await page.locator('ol.events').textContent(), /counter.*900 t/, 'the history keeps each set of terms');
  await page.getByRole('button', { name: 'Accept exchange' }).click();
  await page.locator('.status-accepted').first().waitFor();
  t.equal(expectStatus(await maker.api('GET', `/exchanges/${exchangeId}`), 200, 'exchange').body.messages.unread, 0, 'read once opened');
  await context.close();
});

t.test('the decision view on a 390 px phone', async (t) => {
  const context = await newContext(phone);
  const page = await signIn(context, foundry.email);
  await page.goto(`${base}/#/exchanges/${exchangeId}`);
  await page.getByRole('button', { name: 'Show both listings, distance, grade checks and the estimate' }).click();
  await page.locator('table.estimate').waitFor();
  t.match(await page.locator('main').textContent(), /exact|Distance/, 'once accepted the picture is there on request');
  await page.getByRole('heading', { name: 'Conversation' }).waitFor();
  await accessible(t, page, 'decision view on a phone');
  const [scrollWidth, innerWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
  t.ok(scrollWidth <= innerWidth, `no sideways scrolling (page ${scrollWidth}px, screen ${innerWidth}px)`);
  await context.close();
});

t.test('no page threw an uncaught error', async (t) => run.noPageErrors(t));
