import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  listingParamsSchema,
  matchListSchema,
  matchQuerySchema,
  matchSearchSchema,
} from '../../../schemas/matching.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { type MatchPage, matchesForListing, searchMatches } from '../../matching/matches.ts';
import { RankingCache, SharedRankings } from '../../matching/ranking-cache.ts';
import { principalOf } from '../../plugins/auth.ts';

const matchingRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const rankings = app.shared ? new SharedRankings(app.shared.redis, app.shared.outage) : new RankingCache();
  const counted = (page: MatchPage) => {
    app.metrics?.matchCandidates.observe(page.candidates);
    return page;
  };
  app.get(
    '/listings/:id/matches',
    {
      schema: {
        operationId: 'listListingMatches',
        summary: 'The compatible counterparts of one of your listings, best first, each with why it qualifies',
        description: 'The listing\'s owner or an officer. Counterparts ranked by score, each with its grade checks, distances and estimated savings; 409 for a listing that is not active.',
        tags: ['matching'],
        params: listingParamsSchema,
        querystring: matchQuerySchema,
        response: { 200: matchListSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { kept, ...page } = await matchesForListing(
        await request.readDb(), principalOf(request), request.params.id, request.query, config, app.db, rankings,
      );
      app.metrics?.matchRankings.inc({ source: kept ? 'kept' : 'ranked' });
      return counted(page);
    },
  );

  app.post(
    '/matches/search',
    {
      schema: {
        operationId: 'searchMatches',
        summary: 'Ad hoc matching: what a would-be offer or want would find, without listing it',
        description: 'Members and above. The same matching as a stored listing gets, for a listing described in the body; nothing is saved.',
        tags: ['matching'],
        body: matchSearchSchema,
        response: { 200: matchListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => counted(await searchMatches(await request.readDb(), principalOf(request), request.body, config)),
  );
};

export default matchingRoutes;
