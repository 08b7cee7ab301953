import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.ts';
import { HttpProblem, notFound } from '../../errors.ts';
import { PROJECT_ROOT } from '../../project-root.ts';

/** Where `npm run build:web` puts the app (scripts/build-web.ts). */
export const WEB_DIR = new URL('dist/web/', PROJECT_ROOT);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const escapeAttribute = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Serves the built web app: the page at / (with the map settings written into it) and its
 * hashed assets. Not part of the API, so hidden from the OpenAPI document; the app itself only
 * calls the public API.
 */
const webRoutes: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  const cache = new Map<string, Buffer>();
  async function read(name: string): Promise<Buffer | null> {
    const hit = cache.get(name);
    if (hit) return hit;
    try {
      const body = await readFile(new URL(name, WEB_DIR));
      cache.set(name, body);
      return body;
    } catch {
      return null;
    }
  }

  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const page = await read('index.html');
    // Not built is a deployment without the app (the API works on), not a failing service.
    if (!page)
      throw new HttpProblem(404, 'The web app is not built here: run `npm run build:web` (npm start does it for you).', {
        type: 'web-app-not-built',
      });
    const html = page
      .toString('utf8')
      .replace('<meta name="rx-map-tiles" content="" />', `<meta name="rx-map-tiles" content="${escapeAttribute(config.mapTiles ?? '')}" />`)
      .replace(
        '<meta name="rx-map-attribution" content="" />',
        `<meta name="rx-map-attribution" content="${escapeAttribute(config.mapAttribution)}" />`,
      );
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });

  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const { file } = request.params;
      const type = TYPES[extname(file)];
      const body = /^[\w.-]+$/.test(file) && type ? await read(`assets/${file}`) : null;
      if (!body) throw notFound('Asset');
      // Vite puts a content hash in every asset's name, so a name never changes meaning.
      return reply.type(type as string).header('cache-control', 'public, max-age=31536000, immutable').send(body);
    },
  );
};

export default webRoutes;
