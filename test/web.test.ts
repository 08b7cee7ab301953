// The service serves the built web app at / with the map settings written in, its hashed assets
// with long caching, and nothing outside dist/web. Builds the app first (Vite, well under 1 s).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

t.test('map tooltips show names as text, never as HTML', { skip: !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}` }, async (t) => {
  // The real MapView and Leaflet, bundled for a blank page: no CSP there to stop an inline handler.
  const bundle = await build({
    stdin: {
      contents: `import { h, render } from 'preact';
        import { MapView } from './src/web/components/MapView.tsx';
        window.showMap = (markers, lines) => render(h(MapView, { label: 'map', markers, lines }), document.getElementById('root'));`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const site = '<img src=x onerror="window.injected=true">Works';
  const flow = '<b>bold</b> → <img src=y onerror="window.injected=true">';
  // Page code as strings: this file is type-checked without the DOM's types.
  const markers = [{ lon: -2.07, lat: 52.53, label: site, kind: 'site' }];
  const lines = [{ from: [-2.07, 52.53], to: [-1.9, 52.48], weight: 1, label: flow }];
  await page.evaluate(`showMap(${JSON.stringify(markers)}, ${JSON.stringify(lines)})`);
  await page.waitForSelector('path.leaflet-interactive');
  await page.evaluate(`for (const path of document.querySelectorAll('path.leaflet-interactive'))
    path.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))`);
  await page.waitForTimeout(200);
  const shown = (await page.evaluate(`({
    tooltips: [...document.querySelectorAll('.leaflet-tooltip')].map((e) => e.textContent).sort(),
    elements: document.querySelectorAll('.leaflet-tooltip img, .leaflet-tooltip b').length,
    injected: window.injected ?? false,
  })`)) as { tooltips: string[]; elements: number; injected: boolean };
  t.same(shown.tooltips, [site, flow].sort(), 'each label shown, character for character');
  t.equal(shown.elements, 0, 'no element made from a label');
  t.equal(shown.injected, false, 'no handler ran');
});
