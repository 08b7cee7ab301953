import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ogcCollectionParamsSchema,
  ogcCollectionSchema,
  ogcCollectionsSchema,
  ogcConformanceSchema,
  ogcFeatureParamsSchema,
  ogcFeatureQuerySchema,
  ogcFeatureCollectionSchema,
  ogcFeatureSchema,
  ogcFormatQuerySchema,
  ogcItemsQuerySchema,
  ogcLandingSchema,
} from '../../../schemas/ogc.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { readableCollection, readableCollections, itemsQuery } from '../../gis/access.ts';
import { contentCrs, parseCrs } from '../../gis/crs.ts';
import {
  collectionPage,
  collectionsPage,
  conformancePage,
  featurePage,
  itemsPage,
  landingPage,
  type Rendered,
} from '../../gis/documents.ts';
import { type FeaturePage, getItem, getItems } from '../../gis/features.ts';
import { itemsGeoPackage } from '../../gis/items-geopackage.ts';
import { GPKG_TYPE, withParam } from '../../gis/links.ts';
import { formatOf, itemsFormatOf } from '../../gis/negotiate.ts';

const TAGS = ['ogc'];
const base = (request: FastifyRequest) => `${request.protocol}://${request.host}/ogc`;
const self = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;
const send = (reply: FastifyReply, { type, body }: Rendered) => reply.type(type).send(body);

/** A GeoPackage page: a file has no links inside, so next and prev travel in a Link header. */
function sendGeoPackage(reply: FastifyReply, id: string, self: string, page: FeaturePage, file: Buffer) {
  const links = [
    page.next ? `<${withParam(self, 'cursor', page.next)}>; rel="next"; type="${GPKG_TYPE}"` : null,
    page.prev ? `<${withParam(self, 'cursor', page.prev)}>; rel="prev"; type="${GPKG_TYPE}"` : null,
  ].filter((l) => l !== null);
  if (links.length) reply.header('link', links.join(', '));
  reply.header('content-disposition', `attachment; filename="${id}.gpkg"`);
  return reply.type(GPKG_TYPE).send(file as never);
}

/** OGC API – Features, Part 1 (core, GeoJSON, HTML) and Part 2 (CRS). See docs/gis.md. */
const ogcRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // Same keys as the rest of the API; OGC_PUBLIC lets anyone read what every member may.
  const access = config.ogcPublic ? 'public' : 'member';
  const route = { config: { access } } as const;

  app.get(
    '/ogc',
    {
      ...route,
      schema: {
        operationId: 'ogcLandingPage',
        summary: 'OGC API – Features landing page',
        description: 'Members and above (anyone when OGC_PUBLIC is set). Links to the API definition, conformance and collections; JSON or HTML by f or Accept.',
        tags: TAGS,
        querystring: ogcFormatQuerySchema,
        response: { 200: ogcLandingSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) =>
      send(reply, landingPage(base(request), self(request), formatOf(request.query.f, request.headers.accept))),
  );

  app.get(
    '/ogc/conformance',
    {
      ...route,
      schema: {
        operationId: 'ogcConformance',
        summary: 'The OGC API conformance classes this service implements',
        description: 'Members and above (anyone when OGC_PUBLIC is set). The conformance class URIs GIS clients check before using the API.',
        tags: TAGS,
        querystring: ogcFormatQuerySchema,
        response: { 200: ogcConformanceSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => send(reply, conformancePage(self(request), formatOf(request.query.f, request.headers.accept))),
  );

  app.get(
    '/ogc/api',
    {
      ...route,
      schema: {
        operationId: 'ogcApiDefinition',
        summary: 'The API definition (redirects to the OpenAPI document)',
        description: 'Members and above (anyone when OGC_PUBLIC is set). A 302 to this OpenAPI document, as OGC API – Features requires.',
        tags: TAGS,
        response: { 302: z.null().meta({ description: 'Found: Location is /documentation/json' }), ...problemResponses(401) },
      },
    },
    async (_request, reply) => reply.redirect('/documentation/json', 302),
  );

  app.get(
    '/ogc/collections',
    {
      ...route,
      schema: {
        operationId: 'ogcCollections',
        summary: 'The feature collections this caller may read',
        description: 'Members and above (anyone when OGC_PUBLIC is set). Only the collections the caller may read, each with its extent and CRS list.',
        tags: TAGS,
        querystring: ogcFormatQuerySchema,
        response: { 200: ogcCollectionsSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) =>
      send(
        reply,
        collectionsPage(base(request), readableCollections(request), self(request), formatOf(request.query.f, request.headers.accept)),
      ),
  );

  app.get(
    '/ogc/collections/:collectionId',
    {
      ...route,
      schema: {
        operationId: 'ogcCollection',
        summary: 'One feature collection: its extent, CRS and links',
        description: 'Members and above (anyone when OGC_PUBLIC is set). 403 for a collection the caller may not read (regions are for officers), 404 for an unknown one.',
        tags: TAGS,
        params: ogcCollectionParamsSchema,
        querystring: ogcFormatQuerySchema,
        response: { 200: ogcCollectionSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = readableCollection(request, request.params.collectionId);
      return send(reply, collectionPage(base(request), id, self(request), formatOf(request.query.f, request.headers.accept)));
    },
  );

  app.get(
    '/ogc/collections/:collectionId/items',
    {
      ...route,
      schema: {
        operationId: 'ogcItems',
        summary: 'Features of a collection, a page at a time (GeoJSON; HTML for browsers; f=gpkg for a GeoPackage)',
        description: 'Members and above (anyone when OGC_PUBLIC is set). Filter by bbox and datetime, page with limit and the next link, pick the CRS with crs; 400 names a bad parameter.',
        tags: TAGS,
        params: ogcCollectionParamsSchema,
        querystring: ogcItemsQuerySchema,
        response: { 200: ogcFeatureCollectionSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = readableCollection(request, request.params.collectionId);
      const q = itemsQuery(request, id, request.query);
      const page = await getItems(await request.readDb(), id, q);
      reply.header('content-crs', contentCrs(q.crs));
      const format = itemsFormatOf(request.query.f, request.headers.accept);
      if (format === 'gpkg') return sendGeoPackage(reply, id, self(request), page, itemsGeoPackage(id, q.crs, page.features));
      return send(reply, itemsPage(base(request), id, self(request), page, format));
    },
  );

  app.get(
    '/ogc/collections/:collectionId/items/:featureId',
    {
      ...route,
      schema: {
        operationId: 'ogcFeature',
        summary: 'One feature of a collection',
        description: 'Members and above (anyone when OGC_PUBLIC is set). The feature as GeoJSON (or HTML); 404 if it does not exist or is not visible to the caller.',
        tags: TAGS,
        params: ogcFeatureParamsSchema,
        querystring: ogcFeatureQuerySchema,
        response: { 200: ogcFeatureSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = readableCollection(request, request.params.collectionId);
      const crs = parseCrs('crs', request.query.crs);
      const feature = await getItem(await request.readDb(), id, request.params.featureId, crs, request.principal?.organisationId ?? null);
      reply.header('content-crs', contentCrs(crs));
      return send(reply, featurePage(base(request), id, self(request), feature, formatOf(request.query.f, request.headers.accept)));
    },
  );
};

export default ogcRoutes;
