import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  listingParamsSchema,
  matchListSchema,
  matchQuerySchema,
  matchSearchSchema,
} from '../../../schemas/matching.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { principalOf } from '../../plugins/auth.ts';
import type { MaterialDefinition } from '../../listings/validate.ts';
import { isOfficer } from '../../auth/principal.ts';
import { getFactorSet } from '../../reference/factor-sets.ts';
import { checkListingContent } from '../../listings/validate.ts';
import { listingSubject, rankedMatches } from '../../matching/matches.ts';
import { getMaterial } from '../../reference/materials.ts';

const matchingRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const today = () => new Date().toISOString().slice(0, 10);
  const defaultSet = async () => {
    const set = await getFactorSet(app.db, config.defaultFactorSet);
    if (!set) throw new Error(`default factor set ${config.defaultFactorSet} is missing`);
    return set;
  };
  const options = (strict: boolean) => ({
    strict,
    minShareOfWant: config.matchMinShare,
    cap: config.matchCandidateCap,
  });

  app.get(
    '/listings/:id/matches',
    {
      schema: {
        operationId: 'listListingMatches',
        summary: 'The compatible counterparts of one of your listings, best first, each with why it qualifies',
        tags: ['matching'],
        params: listingParamsSchema,
        querystring: matchQuerySchema,
        response: { 200: matchListSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const subject = await listingSubject(app.db, request.params.id);
      if (!subject) throw notFound('Listing');
      const officer = isOfficer(p);
      if (!officer && subject.organisationId !== p.organisationId)
        throw forbidden('Matches are shown to the listing’s owner and to programme officers.');
      // Only active listings match, on both sides; to preview a draft, use POST /matches/search.
      if (subject.expired || subject.status !== 'active')
        throw conflict(`The listing is ${subject.expired ? 'expired' : subject.status}: renew or activate it to match.`);
      return rankedMatches(app.db, subject, options(request.query.strict), {
        officer,
        limit: request.query.limit,
        cursor: request.query.cursor,
        factorSet: await defaultSet(),
        today: today(),
      });
    },
  );

  app.post(
    '/matches/search',
    {
      schema: {
        operationId: 'searchMatches',
        summary: 'Ad hoc matching: what a would-be offer or want would find, without listing it',
        tags: ['matching'],
        body: matchSearchSchema,
        response: { 200: matchListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const body = request.body;
      const material = await getMaterial(app.db, body.material);
      if (!material) throw badRequest('material', `unknown material ${body.material}`);
      // As a listing is checked: the grade SQL has a term per catalogue property and no others.
      checkListingContent(material as MaterialDefinition, body);
      const [lon, lat] = body.location.coordinates;
      const subject = {
        kind: body.kind,
        organisationId: p.organisationId,
        materialCode: body.material,
        grade: body.grade,
        accepts: body.accepts,
        quantity: body.quantity,
        availableFrom: body.availableFrom ?? null,
        availableUntil: body.availableUntil ?? null,
        maxHaulKm: body.maxHaulKm,
        lon,
        lat,
        currentRoute: body.currentRoute?.route ?? null,
        gateFeeGbpPerTonne: body.currentRoute?.gateFeeGbpPerTonne ?? null,
        virginPriceGbpPerTonne: body.virginPriceGbpPerTonne ?? null,
      };
      return rankedMatches(app.db, subject, options(body.strict), {
        officer: isOfficer(p),
        limit: body.limit,
        cursor: body.cursor,
        factorSet: await defaultSet(),
        today: today(),
      });
    },
  );
};

export default matchingRoutes;
