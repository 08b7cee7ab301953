// Editing a site: its ETag (updatedAt) guards against overwriting a change made since it was read.
import t from 'tap';
import { bearer, buildTestApp, createOrganisation } from './helper.ts';

const { app } = await buildTestApp(t);

t.test('If-Match on a site: a stale tag is refused and changes nothing; the current one saves', async (t) => {
  const firm = await createOrganisation(app);
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: object = {}) =>
    app.inject({ method, url, headers: { ...bearer(firm.apiKey), ...headers }, ...(payload ? { payload } : {}) });
  const site = (await send('POST', '/sites', { name: 'Works', address: '1 Factory Road', location: { type: 'Point', coordinates: [-2.0662, 52.5294] } })).json();
  const read = await send('GET', `/sites/${site.id}`);
  const tag = read.headers.etag as string;
  t.equal(tag, `"${site.updatedAt}"`, 'GET answers with the ETag');

  const first = await send('PATCH', `/sites/${site.id}`, { name: 'Tipton works' }, { 'if-match': tag });
  t.equal(first.statusCode, 200, 'the current tag saves');
  t.not(first.headers.etag, tag, 'and the tag moves on');

  const stale = await send('PATCH', `/sites/${site.id}`, { name: 'Overwritten' }, { 'if-match': tag });
  t.equal(stale.statusCode, 412, 'a stale tag is refused');
  t.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.equal((await send('GET', `/sites/${site.id}`)).json().name, 'Tipton works', 'nothing overwritten');

  const cleared = await send('PATCH', `/sites/${site.id}`, { address: null }, { 'if-match': '*' });
  t.equal(cleared.statusCode, 200);
  t.equal(cleared.json().address, null, 'an address is removed with null');
  t.equal((await send('PATCH', `/sites/${site.id}`, { name: 'No tag' })).statusCode, 200, 'without If-Match, as before');
});
