import t from 'tap';
import { runOnce } from '../../src/platform/idempotency.ts';
import type { Principal } from '../../src/auth/principal.ts';
import { buildTestApp, createOrganisation } from '../helper.ts';

const { app, db, reset } = await buildTestApp(t);
t.beforeEach(reset);

t.test('runOnce needs no web framework: the same key runs the work once and replays it', async (t) => {
  const org = await createOrganisation(app, 'member');
  const principal = { organisationId: org.id, role: 'member' } as Principal;
  let runs = 0;
  const work = async () => ({ status: 201, body: { run: ++runs }, location: '/things/1' });
  const request = { method: 'POST', url: '/things', key: 'key-1', fingerprint: { a: 1, b: 2 } };
  const first = await runOnce(db, principal, request, work);
  // Same body with its keys in another order: the same request.
  const again = await runOnce(db, principal, { ...request, fingerprint: { b: 2, a: 1 } }, work);
  t.same(first, { replayed: false, status: 201, body: { run: 1 }, location: '/things/1' });
  t.same(again, { replayed: true, status: 201, body: { run: 1 }, location: '/things/1' });
  t.equal(runs, 1);
  const refusal = (r: Parameters<typeof runOnce>[2]) => runOnce(db, principal, r, work).then(() => null, (e: unknown) => e);
  t.match(await refusal({ ...request, fingerprint: { a: 2 } }), { status: 422 }, 'the same key with another body');
  t.match(await refusal({ ...request, key: 'bad key' }), { status: 400 });
  t.match(await runOnce(db, principal, { ...request, key: undefined }, work), { replayed: false, body: { run: 2 } });
});
