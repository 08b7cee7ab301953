import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { auditLog, users } from '../db/schema.ts';
import { MAX_FAILED_SIGN_INS } from '../src/people/sessions.ts';
import { ADMIN_KEY, bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

const PASSWORD = 'correct horse battery staple';

/** The session cookie a response set, as a Cookie header value. */
function cookieOf(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'rx_session');
  if (!set) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `rx_session=${set.value}`;
}

async function invite(orgId: string, email: string, by = ADMIN_KEY, orgAdmin = false) {
  const res = await app.inject({
    method: 'POST',
    url: `/organisations/${orgId}/invites`,
    headers: bearer(by),
    payload: { email, orgAdmin },
  });
  return res;
}

/** An organisation with one signed-up person; returns the cookie and CSRF token of their session. */
async function person(role: 'member' | 'officer' = 'member', email = `p${Math.random()}@castings.example`) {
  const org = await createOrganisation(app, role);
  const inv = await invite(org.id, email, ADMIN_KEY, true);
  const token = inv.json().inviteUrl.split('/').pop();
  const res = await app.inject({
    method: 'POST',
    url: `/invites/${token}/accept`,
    payload: { name: 'Pat Moulder', password: PASSWORD },
  });
  return { org, email, cookie: cookieOf(res), csrf: res.json().csrfToken as string, session: res.json() };
}

t.test("the invite link is built from PUBLIC_URL, never from the request's Host", async (t) => {
  const org = await createOrganisation(app);
  const res = await app.inject({
    method: 'POST',
    url: `/organisations/${org.id}/invites`,
    headers: { ...bearer(ADMIN_KEY), host: 'attacker.example', 'x-forwarded-host': 'attacker.example' },
    payload: { email: 'host@castings.example' },
  });
  t.equal(res.statusCode, 201);
  t.match(res.json().inviteUrl, /^http:\/\/localhost:3000\/#\/invite\//, 'PUBLIC_URL unset: http://localhost:PORT');
});

t.test('an invited person accepts, is signed in, and their session works with the CSRF token', async (t) => {
  const org = await createOrganisation(app, 'member', 'Tipton Foundry');
  const inv = await invite(org.id, 'Pat@Castings.Example');
  t.equal(inv.statusCode, 201);
  t.equal(inv.json().email, 'pat@castings.example', 'email kept lower-case');
  t.match(inv.json().inviteUrl, /^http:\/\/localhost(:\d+)?\/#\/invite\/[A-Za-z0-9_-]{43}$/);
  const token = inv.json().inviteUrl.split('/').pop();

  const preview = await app.inject({ method: 'GET', url: `/invites/${token}` });
  t.match(preview.json(), { email: 'pat@castings.example', organisationName: 'Tipton Foundry', orgAdmin: false });

  const accepted = await app.inject({
    method: 'POST',
    url: `/invites/${token}/accept`,
    payload: { name: 'Pat Moulder', password: PASSWORD },
  });
  t.equal(accepted.statusCode, 201);
  const set = accepted.cookies.find((c) => c.name === 'rx_session');
  t.match(set, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  t.match(accepted.json(), { user: { email: 'pat@castings.example', name: 'Pat Moulder' }, role: 'member' });
  const [stored] = await db.select().from(users).where(eq(users.email, 'pat@castings.example'));
  t.match(stored?.passwordHash, /^scrypt\$32768\$8\$1\$/, 'only a scrypt hash is stored');

  const again = await app.inject({ method: 'POST', url: `/invites/${token}/accept`, payload: { name: 'X', password: PASSWORD } });
  t.equal(again.statusCode, 404, 'an invite is used once');

  const cookie = cookieOf(accepted);
  const csrf = accepted.json().csrfToken;
  const me = await app.inject({ method: 'GET', url: '/session', headers: { cookie } });
  t.equal(me.json().csrfToken, csrf);
  const site = { name: 'Works', location: { type: 'Point', coordinates: [-2.06, 52.53] } };
  const noCsrf = await app.inject({ method: 'POST', url: '/sites', headers: { cookie }, payload: site });
  t.equal(noCsrf.statusCode, 403, 'a change without the CSRF token is refused');
  t.match(noCsrf.headers['content-type'], /problem\+json/);
  const wrongCsrf = await app.inject({ method: 'POST', url: '/sites', headers: { cookie, 'x-csrf-token': 'x' }, payload: site });
  t.equal(wrongCsrf.statusCode, 403);
  const made = await app.inject({ method: 'POST', url: '/sites', headers: { cookie, 'x-csrf-token': csrf }, payload: site });
  t.equal(made.statusCode, 201);
  t.equal(made.json().organisationId, org.id, 'the person acts for their organisation');
  const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, made.json().id));
  t.equal(entry?.actorUserId, stored?.id, 'the audit log names the person');
  t.equal(entry?.actorKeyId, null);
});

t.test('sign in, sign out, wrong passwords and lock-out', async (t) => {
  const { email } = await person();
  const wrong = await app.inject({ method: 'POST', url: '/session', payload: { email, password: 'not the password' } });
  t.equal(wrong.statusCode, 401);
  const unknown = await app.inject({ method: 'POST', url: '/session', payload: { email: 'nobody@x.example', password: 'x' } });
  t.equal(unknown.statusCode, 401);
  t.equal(unknown.json().detail, wrong.json().detail, 'an unknown address reads the same as a wrong password');

  const ok = await app.inject({ method: 'POST', url: '/session', payload: { email: email.toUpperCase(), password: PASSWORD } });
  t.equal(ok.statusCode, 200);
  const cookie = cookieOf(ok);
  const out = await app.inject({ method: 'DELETE', url: '/session', headers: { cookie, 'x-csrf-token': ok.json().csrfToken } });
  t.equal(out.statusCode, 204);
  t.match(out.cookies.find((c) => c.name === 'rx_session'), { value: '' });
  const after = await app.inject({ method: 'GET', url: '/sites', headers: { cookie } });
  t.equal(after.statusCode, 401, 'a signed-out session is refused');

  for (let i = 0; i < 4; i++) {
    const res = await app.inject({ method: 'POST', url: '/session', payload: { email, password: 'wrong wrong wrong' } });
    t.equal(res.statusCode, 401, `failure ${i + 1}`);
  }
  const fifth = await app.inject({ method: 'POST', url: '/session', payload: { email, password: 'wrong wrong wrong' } });
  t.equal(fifth.statusCode, 423, 'the fifth failure in a row locks the account');
  t.ok(Number(fifth.headers['retry-after']) > 800);
  const right = await app.inject({ method: 'POST', url: '/session', payload: { email, password: PASSWORD } });
  t.equal(right.statusCode, 423, 'even the right password waits out the lock');
  await db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.email, email));
  const later = await app.inject({ method: 'POST', url: '/session', payload: { email, password: PASSWORD } });
  t.equal(later.statusCode, 200, 'after the lock, the right password works');
});

t.test('a burst of sign-ins cannot outrun the lock-out', async (t) => {
  const { email } = await person();
  // 99 wrong passwords and the right one among them, all at once from different addresses
  // (so only the account's own lock-out is at work).
  const right = 60;
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      app.inject({
        method: 'POST',
        url: '/session',
        payload: { email, password: i === right ? PASSWORD : `wrong password ${i}` },
        remoteAddress: `10.5.${Math.floor(i / 250)}.${i % 250}`,
      }),
    ),
  );
  const count = (status: number) => responses.filter((r) => r.statusCode === status).length;
  t.equal(count(200), 0, 'the right password, arriving once the account is locked, is refused');
  t.ok(count(401) + count(200) <= MAX_FAILED_SIGN_INS - 1, `${count(401)} wrong passwords reported as wrong`);
  t.equal(count(423), 100 - count(401), 'every other attempt meets the lock');
  const [stored] = await db.select().from(users).where(eq(users.email, email));
  t.ok(stored?.lockedUntil && stored.lockedUntil > new Date(), 'the account is locked');
  t.equal(stored?.failedSignIns, MAX_FAILED_SIGN_INS, 'no more attempts counted than the limit');
});

t.test('changing the password ends the other sessions', async (t) => {
  const { email, cookie, csrf } = await person();
  const other = await app.inject({ method: 'POST', url: '/session', payload: { email, password: PASSWORD } });
  const short = await app.inject({
    method: 'POST',
    url: '/session/password',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { currentPassword: PASSWORD, newPassword: 'short' },
  });
  t.equal(short.statusCode, 400);
  t.match(short.json().errors, [{ path: 'newPassword' }]);
  const wrong = await app.inject({
    method: 'POST',
    url: '/session/password',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { currentPassword: 'not it at all', newPassword: 'a much longer new password' },
  });
  t.equal(wrong.statusCode, 400);
  t.match(wrong.json().errors, [{ path: 'currentPassword' }]);
  const ok = await app.inject({
    method: 'POST',
    url: '/session/password',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { currentPassword: PASSWORD, newPassword: 'a much longer new password' },
  });
  t.equal(ok.statusCode, 204);
  t.equal((await app.inject({ method: 'GET', url: '/session', headers: { cookie } })).statusCode, 200, 'this session stays');
  t.equal((await app.inject({ method: 'GET', url: '/session', headers: { cookie: cookieOf(other) } })).statusCode, 401, 'the other ends');
  const old = await app.inject({ method: 'POST', url: '/session', payload: { email, password: PASSWORD } });
  t.equal(old.statusCode, 401);
  const keyed = await app.inject({
    method: 'POST',
    url: '/session/password',
    headers: bearer(ADMIN_KEY),
    payload: { currentPassword: 'x', newPassword: 'a much longer new password' },
  });
  t.equal(keyed.statusCode, 409, 'API keys have no password');
});

t.test('who may invite whom', async (t) => {
  const admin = await person('member', 'boss@a.example');
  const colleague = await invite(admin.org.id, 'c@a.example', ADMIN_KEY, false);
  const token = colleague.json().inviteUrl.split('/').pop();
  const joined = await app.inject({ method: 'POST', url: `/invites/${token}/accept`, payload: { name: 'C', password: PASSWORD } });
  const plain = { cookie: cookieOf(joined), 'x-csrf-token': joined.json().csrfToken };
  const byAdmin = await app.inject({
    method: 'POST',
    url: `/organisations/${admin.org.id}/invites`,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    payload: { email: 'new@a.example' },
  });
  t.equal(byAdmin.statusCode, 201, 'an organisation admin invites colleagues');
  const byPlain = await app.inject({
    method: 'POST',
    url: `/organisations/${admin.org.id}/invites`,
    headers: plain,
    payload: { email: 'new2@a.example' },
  });
  t.equal(byPlain.statusCode, 403, 'a person who is not an organisation admin may not');
  const other = await createOrganisation(app);
  const elsewhere = await app.inject({
    method: 'POST',
    url: `/organisations/${other.id}/invites`,
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    payload: { email: 'x@b.example' },
  });
  t.equal(elsewhere.statusCode, 404, 'nor into another organisation');
  const taken = await invite(other.id, 'boss@a.example');
  t.equal(taken.statusCode, 409, 'an address with an account cannot be invited again');
  const people = await app.inject({ method: 'GET', url: `/organisations/${admin.org.id}/users`, headers: plain });
  t.same(people.json().items.map((u: { email: string }) => u.email), ['boss@a.example', 'c@a.example']);
  const bad = await app.inject({ method: 'GET', url: '/invites/not-a-token' });
  t.equal(bad.statusCode, 400);
});

t.test('an organisation admin removes a person: their sessions end, and they can be invited again', async (t) => {
  const boss = await person('member', 'boss@c.example');
  const inv = await invite(boss.org.id, 'forgetful@c.example');
  const joined = await app.inject({
    method: 'POST',
    url: `/invites/${inv.json().inviteUrl.split('/').pop()}/accept`,
    payload: { name: 'F', password: PASSWORD },
  });
  const colleague = { cookie: cookieOf(joined), 'x-csrf-token': joined.json().csrfToken };
  const bossHeaders = { cookie: boss.cookie, 'x-csrf-token': boss.csrf };
  const byColleague = await app.inject({ method: 'DELETE', url: `/users/${boss.session.user.id}`, headers: colleague });
  t.equal(byColleague.statusCode, 403, 'not by a person who is not an admin');
  const stranger = await person('member', 'stranger@d.example');
  const byStranger = await app.inject({
    method: 'DELETE',
    url: `/users/${joined.json().user.id}`,
    headers: { cookie: stranger.cookie, 'x-csrf-token': stranger.csrf },
  });
  t.equal(byStranger.statusCode, 404, 'nor from another organisation');
  const removed = await app.inject({ method: 'DELETE', url: `/users/${joined.json().user.id}`, headers: bossHeaders });
  t.equal(removed.statusCode, 204);
  t.equal((await app.inject({ method: 'GET', url: '/session', headers: colleague })).statusCode, 401, 'their session ended');
  t.equal((await invite(boss.org.id, 'forgetful@c.example')).statusCode, 201, 'and they can be invited again');
  const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, joined.json().user.id)).orderBy(auditLog.at);
  t.ok(entry, 'audited');
});

t.test('an officer signed in reads reports; a member signed in may not', async (t) => {
  const officer = await person('officer');
  const member = await person('member');
  t.equal((await app.inject({ method: 'GET', url: '/reports/savings', headers: { cookie: officer.cookie } })).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: '/reports/savings', headers: { cookie: member.cookie } })).statusCode, 403);
  t.equal(officer.session.role, 'officer');
});

t.test('a bearer key wins over a cookie, and GET /session describes it', async (t) => {
  const org = await createOrganisation(app);
  const res = await app.inject({ method: 'GET', url: '/session', headers: { ...bearer(org.apiKey), cookie: 'rx_session=junk' } });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { user: null, csrfToken: null, role: 'member', organisation: { id: org.id } });
  const junk = await app.inject({ method: 'GET', url: '/session', headers: { cookie: 'rx_session=junk' } });
  t.equal(junk.statusCode, 401);
  const publicRoute = await app.inject({ method: 'GET', url: '/materials', headers: { cookie: 'rx_session=junk' } });
  t.equal(publicRoute.statusCode, 200, 'a stale cookie does not break public pages');
});
