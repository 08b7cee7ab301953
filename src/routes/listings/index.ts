import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createListingSchema,
  fullListingSchema,
  listingFeatureCollectionSchema,
  listingImportBodySchema,
  listingImportQuerySchema,
  listingImportReportSchema,
  listingPageSchema,
  listingParamsSchema,
  listingSearchQuerySchema,
  listingViewSchema,
  type ListingView,
  updateListingSchema,
} from '../../../schemas/listing.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { HttpProblem } from '../../errors.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { listingFeatureCollection } from '../../listings/geojson.ts';
import { answerVersionMismatch, parseIfMatch } from './if-match.ts';
import { type ImportFile, importTooLarge, prepareImport, writeImport } from '../../listings/import.ts';
import {
  createListing,
  deleteListing,
  getListing,
  renewListing,
  searchListings,
  updateListing,
} from '../../listings/listings.ts';

const etag = (l: ListingView) => (l.visibility === 'full' ? { etag: `"${l.version}"` } : {});

const listingRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const limitBytes = config.importBodyLimitBytes;
  // Only the routes of this plugin read these types. A CSV is handed over as the raw stream and
  // parsed as it arrives (the service counts its bytes against the limit); GeoJSON goes through
  // Fastify's own JSON parser, which refuses prototype poisoning.
  app.addContentTypeParser('text/csv', (request, payload, done) => {
    if (Number(request.headers['content-length']) > limitBytes) return done(importTooLarge(limitBytes), undefined);
    done(null, payload);
  });
  app.addContentTypeParser(
    'application/geo+json',
    { parseAs: 'string', bodyLimit: limitBytes },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.post(
    '/listings/import',
    {
      bodyLimit: limitBytes,
      schema: {
        operationId: 'importListings',
        summary: 'Import up to 50,000 listings from CSV or GeoJSON, with a report of every invalid row',
        description: 'Members, into their own sites. CSV or GeoJSON body (415 otherwise, 413 past the size limit); valid rows are created in one transaction and the report names every invalid row and field. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['listings'],
        consumes: ['text/csv', 'application/geo+json'],
        querystring: listingImportQuerySchema,
        body: listingImportBodySchema,
        response: { 201: listingImportReportSchema, ...problemResponses(400, 401, 403, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      let file: ImportFile;
      if (type === 'text/csv' && request.body instanceof Readable) file = { format: 'csv', stream: request.body };
      else if (type === 'application/geo+json' || type === 'application/json')
        file = { format: 'geojson', document: request.body };
      else
        throw new HttpProblem(415, 'Send the file as text/csv or application/geo+json.', { type: 'unsupported-media-type' });
      // Read before any transaction opens: a slow upload holds no connection.
      const prepared = await prepareImport(app.db, p, file, limitBytes).catch((error: unknown) => {
        // A CSV refused part-way is not read to its end: the connection closes after the answer.
        if (file.format === 'csv' && !file.stream.readableEnded) reply.header('connection', 'close');
        throw error;
      });
      return idempotent(
        app.db,
        p,
        request,
        reply,
        async (db) => ({ status: 201, body: await writeImport(db, p, prepared, request.query.mode, config.listingTtlDays) }),
        prepared.fingerprint,
      );
    },
  );
  app.post(
    '/listings',
    {
      schema: {
        operationId: 'createListing',
        summary: 'List an offer (surplus) or a want (feedstock need); active at once unless sent as draft',
        description: 'Members, at one of their own sites. Returns the full listing with its version for later If-Match updates; grades are checked against the material\'s properties (400 naming the field). Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
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
        description: 'Members and above. A page of listings, newest first, with a cursor for the next; other organisations\' listings come in their public view at an approximate point. 400 names a bad filter.',
        tags: ['listings'],
        querystring: listingSearchQuerySchema,
        response: { 200: listingPageSchema.or(listingFeatureCollectionSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const page = await searchListings(await request.readDb(), principalOf(request), request.query);
      if (!request.headers.accept?.includes('application/geo+json')) return page;
      reply.type('application/geo+json');
      return listingFeatureCollection(page, request.url);
    },
  );

  app.get(
    '/listings/:id',
    {
      schema: {
        operationId: 'getListing',
        summary: "One listing: in full for its owner and officers, otherwise other firms' public view",
        description: 'Members and above. The owner and officers get the full listing with its ETag; other members get the public view, at an approximate point; 404 for a listing the caller may not see.',
        tags: ['listings'],
        params: listingParamsSchema,
        response: { 200: listingViewSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const listing = await getListing(await request.readDb(), principalOf(request), request.params.id);
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
        description: 'The owner (403 for another organisation\'s active listing). Needs If-Match with the listing\'s ETag: 428 without it, 412 if the listing changed since, so no edit overwrites a newer one.',
        tags: ['listings'],
        params: listingParamsSchema,
        body: updateListingSchema,
        response: { 200: fullListingSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const expected = parseIfMatch(request.headers['if-match']);
      const listing = await updateListing(app.db, principalOf(request), request.params.id, expected, request.body).catch(
        answerVersionMismatch,
      );
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
        description: 'The owner. Returns the listing with its new expiry; 409 for a closed listing. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
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
        description: 'The owner. 204 when deleted; a listing in an exchange cannot be deleted (409), only closed.',
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
