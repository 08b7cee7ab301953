// The service serves the built web app at / with the map settings written in, its hashed assets
// with long caching, and nothing outside dist/web. Builds the app first (Vite, well under 1 s).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import t from 'tap';
import { WEB_DIR } from '../src/routes/web/index.ts';
import { buildTestApp } from './helper.ts';

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-web.ts', '--if-stale'], { stdio: 'ignore' });
const { app } = await buildTestApp(t, { MAP_TILES: 'https://tiles.example.org/{z}/{x}/{y}.png', MAP_ATTRIBUTION: 'Tiles "R" Us & co' });

t.test('the page carries the map settings, escaped, and a strict CSP', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/html/);
  t.match(res.body, '<meta name="rx-map-tiles" content="https://tiles.example.org/{z}/{x}/{y}.png" />');
  t.match(res.body, '<meta name="rx-map-attribution" content="Tiles &quot;R&quot; Us &amp; co" />');
  t.match(res.headers['content-security-policy'], /script-src 'self'/);
  t.equal(res.headers['cache-control'], 'no-cache');
});

t.test('assets are served with their type and cached for good; nothing else is', async (t) => {
  const assets = readdirSync(new URL('assets/', WEB_DIR));
  const script = assets.find((f) => f.endsWith('.js'));
  const res = await app.inject({ method: 'GET', url: `/assets/${script}` });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/javascript/);
  t.match(res.headers['cache-control'], /immutable/);
  for (const url of ['/assets/nothing.js', '/assets/..%2F..%2Fpackage.json', '/assets/index.html', '/assets/%2e%2e%2findex.html']) {
    const miss = await app.inject({ method: 'GET', url });
    t.equal(miss.statusCode, 404, url);
    t.match(miss.headers['content-type'], /^application\/problem\+json/, url);
  }
});

t.test('the app is not part of the API document', async (t) => {
  const doc = (await app.inject({ method: 'GET', url: '/documentation/json' })).json();
  t.notOk(doc.paths['/'], 'no /');
  t.notOk(doc.paths['/assets/{file}'], 'no assets');
});
