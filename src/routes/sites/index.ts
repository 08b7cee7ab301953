import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { createSiteSchema, siteListSchema, siteParamsSchema, siteSchema, updateSiteSchema } from '../../../schemas/site.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { createSite, deleteSite, getSite, listSites, siteTag, updateSite } from '../../listings/sites.ts';

const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/sites',
    {
      schema: {
        operationId: 'createSite',
        summary: "Add one of your organisation's premises",
        description: 'Members of the organisation (the built-in admin key belongs to none: 403). Listings are placed at a site. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['sites'],
        body: createSiteSchema,
        response: { 201: siteSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const site = await createSite(db, p, request.body);
        return { status: 201, body: site, location: `/sites/${site.id}` };
      });
    },
  );

  app.get(
    '/sites',
    {
      schema: {
        operationId: 'listSites',
        summary: "Your organisation's sites (every site, for officers)",
        description: 'Members see their organisation\'s sites; officers and admins see every site.',
        tags: ['sites'],
        response: { 200: siteListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listSites(app.db, principalOf(request)) }),
  );

  app.get(
    '/sites/:id',
    {
      schema: {
        operationId: 'getSite',
        summary: 'One site',
        description: 'Your organisation\'s site, or any for officers; 404 otherwise.',
        tags: ['sites'],
        params: siteParamsSchema,
        response: { 200: siteSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const site = await getSite(app.db, principalOf(request), request.params.id);
      return reply.header('etag', siteTag(site)).send(site);
    },
  );

  app.patch(
    '/sites/:id',
    {
      schema: {
        operationId: 'updateSite',
        summary: 'Change a site; moving it moves its listings',
        description: 'Your organisation\'s site. A new location moves every listing at the site with it; 404 for another organisation\'s site. Send If-Match with the ETag you read so a change made since is not overwritten (412).',
        tags: ['sites'],
        params: siteParamsSchema,
        body: updateSiteSchema,
        response: { 200: siteSchema, ...problemResponses(400, 401, 404, 412) },
      },
    },
    async (request, reply) => {
      const site = await updateSite(app.db, principalOf(request), request.params.id, request.body, request.headers['if-match']);
      return reply.header('etag', siteTag(site)).send(site);
    },
  );

  app.delete(
    '/sites/:id',
    {
      schema: {
        operationId: 'deleteSite',
        summary: 'Remove a site that has no listings',
        description: 'Your organisation\'s site. 204 when removed; 409 while any listing still uses it.',
        tags: ['sites'],
        params: siteParamsSchema,
        response: { 204: z.null().meta({ description: 'No content' }), ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteSite(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default siteRoutes;
