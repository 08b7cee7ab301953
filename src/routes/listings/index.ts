import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createListingSchema,
  fullListingSchema,
  listingFeatureCollectionSchema,
  listingPageSchema,
  listingParamsSchema,
  listingSearchQuerySchema,
  listingViewSchema,
  type ListingView,
  updateListingSchema,
} from '../../../schemas/listing.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../services/idempotency.ts';
import {
  createListing,
  deleteListing,
  getListing,
  renewListing,
  searchListings,
  updateListing,
  versionFromIfMatch,
} from '../../services/listings.ts';

const etag = (l: ListingView) => (l.visibility === 'full' ? { etag: `"${l.version}"` } : {});

const listingRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/listings',
    {
      schema: {
        operationId: 'createListing',
        summary: 'List an offer (surplus) or a want (feedstock need); active at once unless sent as draft',
        tags: ['listings'],
        body: createListingSchema,
        response: { 201: fullListingSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const listing = await idempotent(app.db, p, request, reply, async (db) => {
        const created = await createListing(db, p, request.body, config.listingTtlDays);
        return { status: 201, body: created, location: `/listings/${created.id}` };
      });
      reply.headers(etag(listing));
      return listing;
    },
  );

  app.get(
    '/listings',
    {
      schema: {
        operationId: 'searchListings',
        summary: 'Search listings by kind, material, category, status, place; Accept: application/geo+json for GeoJSON',
        tags: ['listings'],
        querystring: listingSearchQuerySchema,
        response: { 200: listingPageSchema.or(listingFeatureCollectionSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const page = await searchListings(app.db, principalOf(request), request.query);
      if (!request.headers.accept?.includes('application/geo+json')) return page;
      const next = new URL(request.url, 'http://x');
      if (page.nextCursor) next.searchParams.set('cursor', page.nextCursor);
      reply.type('application/geo+json');
      return {
        type: 'FeatureCollection' as const,
        features: page.items.map(({ location, ...properties }) => ({
          type: 'Feature' as const,
          id: properties.id,
          geometry: location,
          properties,
        })),
        numberReturned: page.items.length,
        links: page.nextCursor
          ? [{ rel: 'next', href: `${next.pathname}${next.search}`, type: 'application/geo+json' }]
          : [],
      };
    },
  );

  app.get(
    '/listings/:id',
    {
      schema: {
        operationId: 'getListing',
        summary: "One listing: in full for its owner and officers, otherwise other firms' public view",
        tags: ['listings'],
        params: listingParamsSchema,
        response: { 200: listingViewSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const listing = await getListing(app.db, principalOf(request), request.params.id);
      reply.headers(etag(listing));
      return listing;
    },
  );

  app.patch(
    '/listings/:id',
    {
      schema: {
        operationId: 'updateListing',
        summary: 'Change your listing; needs If-Match with its ETag',
        tags: ['listings'],
        params: listingParamsSchema,
        body: updateListingSchema,
        response: { 200: fullListingSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const expected = versionFromIfMatch(request.headers['if-match']);
      const listing = await updateListing(app.db, principalOf(request), request.params.id, expected, request.body);
      reply.headers(etag(listing));
      return listing;
    },
  );

  app.post(
    '/listings/:id/renew',
    {
      schema: {
        operationId: 'renewListing',
        summary: `Push the expiry of your listing ${config.listingTtlDays} days on; an expired listing becomes active`,
        tags: ['listings'],
        params: listingParamsSchema,
        response: { 200: fullListingSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const listing = await idempotent(app.db, p, request, reply, async (db) => ({
        status: 200,
        body: await renewListing(db, p, request.params.id, config.listingTtlDays),
      }));
      reply.headers(etag(listing));
      return listing;
    },
  );

  app.delete(
    '/listings/:id',
    {
      schema: {
        operationId: 'deleteListing',
        summary: 'Delete your listing (one in an exchange can only be closed)',
        tags: ['listings'],
        params: listingParamsSchema,
        response: { 204: z.null().meta({ description: 'No content' }), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteListing(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default listingRoutes;
