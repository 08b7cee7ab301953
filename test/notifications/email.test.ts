import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { sendEventEmails } from '../../src/email/event-emails.ts';
import { officersWantingAllTransfers } from '../../src/email/preferences.ts';
import { createMailer } from '../../src/email/mailer.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation, testConfig } from '../helper.ts';
import { startSmtpSink } from './smtp-sink.ts';

const sink = await startSmtpSink(t);
const { app, db, reset } = await buildTestApp(t, { WORKERS: '0', SMTP_URL: sink.url, MAIL_FROM: 'Reuse Exchange <alerts@exchange.example.org>', PUBLIC_URL: 'https://exchange.example.org' });
t.beforeEach(async () => {
  await reset();
  sink.messages.length = 0;
});

const PASSWORD = 'correct horse battery staple';

function cookieOf(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'rx_session');
  if (!set) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `rx_session=${set.value}`;
}

/** A person signed up through an e-mailed invitation; their session's cookie and CSRF token. */
async function person(role: 'member' | 'officer' = 'member', email = `p${Math.random().toString(36).slice(2)}@castings.example`) {
  const org = await createOrganisation(app, role);
  const before = sink.messages.length;
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email } });
  if (inv.statusCode !== 201) throw new Error(inv.body);
  await sink.waitFor(before + 1);
  const token = inv.json().inviteUrl.split('/').pop();
  const res = await app.inject({ method: 'POST', url: `/invites/${token}/accept`, payload: { name: 'Pat Moulder', password: PASSWORD } });
  return { org, email, userId: res.json().user.id as string, cookie: cookieOf(res), csrf: res.json().csrfToken as string };
}

t.test('an invitation is e-mailed with its link, in text and HTML', async (t) => {
  const org = await createOrganisation(app, 'member', 'Tipton <Foundry> & Co');
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email: 'new@castings.example' } });
  t.equal(inv.statusCode, 201);
  t.equal(inv.json().emailed, true);
  const [mail] = await sink.waitFor(1);
  t.equal(mail?.to && 'text' in mail.to ? mail.to.text : '', 'new@castings.example');
  t.match(mail?.from?.text, 'alerts@exchange.example.org');
  t.match(mail?.subject, 'Tipton <Foundry> & Co');
  t.match(mail?.text, inv.json().inviteUrl);
  t.match(String(mail?.html), `href="${inv.json().inviteUrl}"`);
  t.match(String(mail?.html), 'Tipton &#60;Foundry&#62; &#38; Co', 'the organisation name is escaped in HTML');
  t.notMatch(String(mail?.html), '<Foundry>');
});

t.test('an event e-mail arrives with text and HTML, escaped, and its unsubscribe link works', async (t) => {
  const p = await person();
  const data = { exchangeId: '6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a001', status: 'declined', reason: '<script>alert(1)</script> too far' };
  const sent = await sendEventEmails(db, app.channels.mailer!, 'https://exchange.example.org', { id: 'evt-1', type: 'exchange.declined', data }, { organisationIds: [p.org.id] });
  t.equal(sent, 1);
  const mails = await sink.waitFor(2);
  const mail = mails.at(-1)!;
  t.equal(mail.subject, 'An exchange was declined');
  t.match(mail.text, 'Reason: <script>alert(1)</script> too far', 'plain text is plain');
  t.match(String(mail.html), '&#60;script&#62;alert(1)&#60;/script&#62; too far', 'HTML is escaped');
  t.notMatch(String(mail.html), '<script>');
  t.match(mail.text, 'https://exchange.example.org/#/exchanges/6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a001');
  const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line ?? '';
  t.match(header('list-unsubscribe'), /<https:\/\/exchange\.example\.org\/unsubscribe\?token=[\w.-]+>/);
  t.match(header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click', 'one-click (RFC 8058)');

  t.equal(
    await sendEventEmails(db, app.channels.mailer!, 'https://exchange.example.org', { id: 'evt-1', type: 'exchange.declined', data }, { organisationIds: [p.org.id] }),
    0,
    'the same event (a retried job) is not e-mailed twice',
  );

  const token = /#\/unsubscribe\/([\w.-]+)/.exec(mail.text ?? '')?.[1];
  t.ok(token, 'the text carries the link');
  const tampered = await app.inject({ method: 'POST', url: `/unsubscribe?token=${token}x` });
  t.equal(tampered.statusCode, 400);
  t.match(tampered.json().errors, [{ path: 'token' }]);
  // Without signing in, as a mail client's one-click button does (RFC 8058: a form body).
  const off = await app.inject({
    method: 'POST',
    url: `/unsubscribe?token=${token}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'List-Unsubscribe=One-Click',
  });
  t.equal(off.statusCode, 200, off.body);
  t.same(off.json(), { type: 'exchange.declined', email: false });

  const prefs = await app.inject({ method: 'GET', url: '/users/me/preferences', headers: { cookie: p.cookie } });
  t.match(prefs.json().items.find((i: { type: string }) => i.type === 'exchange.declined'), { inbox: true, email: false });
  t.match(prefs.json().items.find((i: { type: string }) => i.type === 'exchange.accepted'), { inbox: true, email: true });
  const quiet = await sendEventEmails(db, app.channels.mailer!, 'https://exchange.example.org', { id: 'evt-2', type: 'exchange.declined', data }, { organisationIds: [p.org.id] });
  t.equal(quiet, 0, 'no more e-mail of that type');
});

t.test('preferences: per type on and off; officers opt in to every transfer', async (t) => {
  const p = await person();
  const set = await app.inject({
    method: 'PATCH',
    url: '/users/me/preferences',
    headers: { cookie: p.cookie, 'x-csrf-token': p.csrf },
    payload: { email: { 'match.found': false, 'listing.expiring': false } },
  });
  t.equal(set.statusCode, 200, set.body);
  t.equal(set.json().officerTransfers, null, 'not an officer');
  t.same(
    set.json().items.filter((i: { email: boolean }) => !i.email).map((i: { type: string }) => i.type),
    ['match.found', 'listing.expiring'],
  );
  const back = await app.inject({ method: 'PATCH', url: '/users/me/preferences', headers: { cookie: p.cookie, 'x-csrf-token': p.csrf }, payload: { email: { 'match.found': true } } });
  t.same(back.json().items.filter((i: { email: boolean }) => !i.email).map((i: { type: string }) => i.type), ['listing.expiring']);

  const unknown = await app.inject({ method: 'PATCH', url: '/users/me/preferences', headers: { cookie: p.cookie, 'x-csrf-token': p.csrf }, payload: { email: { 'listing.sold': false } } });
  t.equal(unknown.statusCode, 400);
  const notOfficer = await app.inject({ method: 'PATCH', url: '/users/me/preferences', headers: { cookie: p.cookie, 'x-csrf-token': p.csrf }, payload: { officerTransfers: true } });
  t.equal(notOfficer.statusCode, 400);
  t.match(notOfficer.json().errors, [{ path: 'officerTransfers' }]);

  const key = await app.inject({ method: 'GET', url: '/users/me/preferences', headers: bearer(p.org.apiKey) });
  t.equal(key.statusCode, 409, 'an API key has no preferences');

  const officer = await person('officer');
  t.same(await officersWantingAllTransfers(db), []);
  const optIn = await app.inject({ method: 'PATCH', url: '/users/me/preferences', headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf }, payload: { officerTransfers: true } });
  t.equal(optIn.json().officerTransfers, true);
  t.same(await officersWantingAllTransfers(db), [officer.userId]);
});

t.test('an e-mail goes only to the people of the organisations concerned', async (t) => {
  const mine = await person();
  const theirs = await person();
  const before = sink.messages.length;
  await sendEventEmails(db, app.channels.mailer!, 'https://exchange.example.org', { id: 'evt-3', type: 'listing.expiring', data: { listingId: '6f0e2c1a-8a7d-4c57-9d59-1f1f4ec0a002' } }, { organisationIds: [mine.org.id] });
  const mails = await sink.waitFor(before + 1);
  t.equal(mails.length, before + 1);
  t.same(mails.at(-1)?.to && 'value' in mails.at(-1)!.to! ? (mails.at(-1)!.to as { value: { address: string }[] }).value.map((v) => v.address) : [], [mine.email]);
  t.notOk(mails.slice(before).some((m) => m.text?.includes(theirs.email)));
});

t.test('without SMTP_URL no e-mail is sent and the invite still stands', async (t) => {
  t.equal(testConfig().smtpUrl, null, 'SMTP_URL unset: no mail server');
  // This app as the plugin leaves it without SMTP_URL (a second app costs seconds).
  const { channels } = app;
  const mailer = channels.mailer;
  channels.mailer = null;
  t.teardown(() => {
    channels.mailer = mailer;
  });
  const org = await createOrganisation(app);
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email: 'x@castings.example' } });
  t.equal(inv.statusCode, 201);
  t.equal(inv.json().emailed, false);
  t.equal(sink.messages.length, 0);
});

t.test('a mail server that refuses does not undo the invitation', async (t) => {
  const { channels } = app;
  const mailer = channels.mailer;
  channels.mailer = createMailer('smtp://127.0.0.1:1', 'x@example.org', 2000); // nothing listens on port 1
  t.teardown(() => {
    channels.mailer?.close();
    channels.mailer = mailer;
  });
  const org = await createOrganisation(app);
  const inv = await app.inject({ method: 'POST', url: `/organisations/${org.id}/invites`, headers: bearer(ADMIN_KEY), payload: { email: 'y@castings.example' } });
  t.equal(inv.statusCode, 201);
  t.equal(inv.json().emailed, false);
  t.match(inv.json().inviteUrl, /#\/invite\//, 'the inviter still has the link to pass on');
});
