// End to end in a real browser: a firm's person sees the unread count in the header, opens the
// inbox, and follows an item to what it is about. The other firm acts through the API.
import t from 'tap';
import { expect as expectStatus } from '../../scripts/lib/service.ts';
import { accessible, desktop, listAt, openBrowser } from './browser.ts';

const run = await openBrowser('notify', { NOTIFY_POLL_SECONDS: '0.5' });
const { newContext, signUp } = run;

const foundry = await run.firm('Black Country Castings', 'env@castings.example');
const maker = await run.firm('Midland Blocks', 'buyer@blocks.example');

t.test('the header counts unread notifications; the inbox links each to what it is about', async (t) => {
  const offer = await listAt(foundry, [-2.0662, 52.5294], {
    kind: 'offer',
    material: 'foundry-sand',
    grade: { afsGfn: 55, clayPct: 8 },
    quantity: { amount: 5000, unit: 't', rate: 'year' },
  });
  const want = await listAt(maker, [-1.98, 52.48], {
    kind: 'want',
    material: 'foundry-sand',
    quantity: { amount: 2000, unit: 't', rate: 'year' },
  });
  const exchange = expectStatus(
    await maker.api('POST', '/exchanges', { offerId: offer, wantId: want, quantity: { amount: 1000, unit: 't', rate: 'year' } }),
    201,
    'propose',
  ).body;

  const context = await newContext(desktop);
  const page = await signUp(context, foundry.inviteUrl, 'Sam Caster');

  // The count follows page changes; the two events may still be on their way at sign-in.
  for (let i = 0; i < 40 && !(await page.getByLabel('2 unread').isVisible()); i++) {
    await page.waitForTimeout(500);
    await page.getByRole('link', { name: 'My sites' }).click();
  }
  t.ok(await page.getByLabel('2 unread').isVisible(), 'two unread in the header');
  await page.getByRole('link', { name: /^Notifications/ }).click();
  await page.getByRole('heading', { name: 'Notifications' }).waitFor();
  await accessible(t, page, 'inbox');
  const proposal = page.getByRole('link', { name: /exchange of Foundry sand \(spent moulding and core sand\) was proposed to you/ });
  const match = page.getByRole('link', { name: /A new want of Foundry sand \(spent moulding and core sand\) matches your listing/ });
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
  run.noPageErrors(t);
  await context.close();
});
