// End to end in a real browser: a firm answers additionality on its completed exchange, and the
// officer's dashboard shows net beside gross and the network of firms on a map. Pages are checked
// with axe-core. Setup as in test/e2e/web.e2e.ts.
import t from 'tap';
import { expect as expectStatus, smallMarket } from '../../scripts/lib/service.ts';
import { accessible, ADMIN, openBrowser } from './browser.ts';

const run = await openBrowser('evidence');
const { base } = run;

/** A person of an organisation made by the API, signed up in the browser from a fresh invite. */
async function signUp(organisationId: string, email: string, name: string) {
  return run.signUp(await run.newContext(), await run.invite(organisationId, email), name);
}

// A completed exchange with one transfer, between two firms.
const market = await smallMarket(run.service.base, ADMIN);
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
  run.noPageErrors(t);
});
