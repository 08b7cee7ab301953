// End to end in a real browser, on a 390 px phone: a firm's person adds a webhook (errors said at
// their fields), copies the secret shown once, sees the deliveries to a real receiver (a first
// 500, then delivered on the retry, signed with that secret), and deletes the webhook after a
// confirmation. Each state is checked with axe-core and for sideways scrolling.
import t from 'tap';
import { expect as expectStatus } from '../../scripts/lib/service.ts';
import { verifyWebhook } from '../../src/webhooks/signature.ts';
import { startReceiver, status } from '../notifications/receiver.ts';
import { accessible, fits, listAt, openBrowser, phone } from './browser.ts';

// The receiver is this test's own server on loopback.
const run = await openBrowser('webhooks', { NOTIFY_POLL_SECONDS: '0.5', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
const { base } = run;

t.test('a member adds a webhook, keeps its secret, follows its deliveries and deletes it', async (t) => {
  const receiver = await startReceiver(t);
  receiver.answers.push(status(500)); // the first attempt fails; the retry (about 5 s later) succeeds
  const foundry = await run.firm('Black Country Castings', 'env@castings.example');
  const maker = await run.firm('Midland Blocks', 'buyer@blocks.example');

  // Chromium treats localhost as a secure context: the clipboard may be written.
  const context = await run.newContext(phone);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await run.signUp(context, foundry.inviteUrl, 'Sam Caster');

  await page.goto(`${base}/#/account`);
  await page.getByRole('link', { name: 'manage webhooks' }).click();
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  await page.getByText('No webhooks yet.').waitFor();
  await accessible(t, page, 'webhooks, none yet');
  await fits(t, page, 'webhooks, none yet');

  // Errors at their fields: a URL that is not http(s); then no event chosen and a long description.
  await page.getByLabel('Address (URL)').fill('ftp://erp.castings.example/hooks');
  await page.getByLabel('An exchange is proposed').check();
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await page.locator('#webhook-url-error').waitFor();
  t.match(await page.locator('#webhook-url-error').textContent(), /http/, 'the URL’s problem is said at the URL');
  t.equal(await page.getByLabel('Address (URL)').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Address (URL)').fill(receiver.url);
  await page.getByLabel('An exchange is proposed').uncheck();
  await page.getByLabel('Description (optional)').fill('x'.repeat(501));
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await page.locator('#webhook-events-error').waitFor();
  t.pass('no event chosen: said at the list of events');
  t.ok(await page.locator('#webhook-description-error').isVisible(), 'an over-long description: said at the description');
  await accessible(t, page, 'webhook form with errors');
  await fits(t, page, 'webhook form with errors');

  await page.getByLabel('Description (optional)').fill('Our ERP');
  await page.getByLabel('An exchange is proposed').check();
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await page.getByRole('heading', { name: 'Copy the signing secret now' }).waitFor();
  t.ok(await page.getByText('This is the only time it is shown.').isVisible(), 'a plain warning');
  const secret = (await page.locator('#webhook-secret').textContent())?.trim() ?? '';
  t.match(secret, /^whsec_[A-Za-z0-9+/=]{40,}$/);
  await page.getByRole('button', { name: 'Copy secret' }).click();
  await page.getByText('Copied.').waitFor();
  t.equal(await page.evaluate('navigator.clipboard.readText()'), secret, 'the copy button puts the secret on the clipboard');
  await accessible(t, page, 'secret shown once');
  await fits(t, page, 'secret shown once');
  await page.getByRole('button', { name: 'I have kept it' }).click();
  await page.getByRole('heading', { name: 'Copy the signing secret now' }).waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { name: receiver.url }).waitFor();
  t.notOk((await page.content()).includes(secret), 'the secret is nowhere on the page again');

  // An event for it: the other firm proposes an exchange of the foundry's sand.
  const offer = await listAt(foundry, [-2.0662, 52.5294], { kind: 'offer', material: 'foundry-sand', grade: { afsGfn: 55, clayPct: 8 }, quantity: { amount: 5000, unit: 't', rate: 'year' } });
  const want = await listAt(maker, [-1.98, 52.48], { kind: 'want', material: 'foundry-sand', quantity: { amount: 2000, unit: 't', rate: 'year' } });
  expectStatus(await maker.api('POST', '/exchanges', { offerId: offer, wantId: want, quantity: { amount: 1000, unit: 't', rate: 'year' } }), 201, 'propose');

  await page.getByRole('button', { name: /^Show deliveries/ }).click();
  const row = page.locator('.deliveries tbody tr').first();
  for (let i = 0; i < 60 && !(await row.isVisible()); i++) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Refresh deliveries' }).click();
  }
  // Cells: event, status, attempts, last answer, next attempt.
  const cells = async () => (await row.locator('td').allTextContents()).map((c) => c.trim());
  let sawRetry = false;
  for (let i = 0; i < 60 && (await cells())[1] !== 'Delivered'; i++) {
    // Before the retry: waiting, one attempt, the 500, and when it is tried next.
    const [, state, attempts, answer, next] = await cells();
    if (state === 'Waiting to retry' && attempts === '1') {
      t.equal(answer, 'HTTP 500', 'a failed first attempt shows its answer');
      t.not(next, '—', 'and when it is tried next');
      sawRetry = true;
    }
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Refresh deliveries' }).click();
  }
  const [event, state, attempts, answer] = await cells();
  t.match(event, /^An exchange is proposed/);
  t.same([state, attempts, answer], ['Delivered', '2', 'HTTP 200'], 'delivered on the retry');
  t.ok(sawRetry || receiver.received.length >= 2, 'the first attempt failed (seen on the page, or at the receiver)');
  await accessible(t, page, 'deliveries');
  await fits(t, page, 'deliveries');
  const last = receiver.received.at(-1);
  t.ok(
    last && verifyWebhook(secret, { id: String(last.headers['webhook-id']), timestamp: String(last.headers['webhook-timestamp']), signature: String(last.headers['webhook-signature']) }, last.body),
    'the delivery is signed with the secret the page showed',
  );

  // Delete, after a confirmation; dismissing it keeps the webhook.
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: /^Delete/ }).click();
  t.ok(await page.getByRole('heading', { name: receiver.url }).isVisible(), 'dismissed: still there');
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await page.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('No webhooks yet.').waitFor();
  t.match(asked, /Delete the webhook to/, 'asked first');
  t.same(expectStatus(await foundry.api('GET', '/webhooks'), 200, 'list').body.items, [], 'gone from the API too');
  await context.close();
});

t.test('no page threw an uncaught error', async (t) => run.noPageErrors(t));
