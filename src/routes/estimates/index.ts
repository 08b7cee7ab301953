import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { estimateRequestSchema, estimateSchema } from '../../../schemas/estimate.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { principalOf } from '../../plugins/auth.ts';
import { estimate } from '../../savings/estimates.ts';

const estimateRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/estimates',
    {
      schema: {
        operationId: 'createEstimate',
        summary: 'Cost and carbon saved by one diversion, line by line with every source',
        description: 'Members and above. Every line names its factor, unit and source; uses the default factor set unless one is named. Nothing is stored.',
        tags: ['savings'],
        body: estimateRequestSchema,
        response: { 200: estimateSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      estimate(app.db, principalOf(request), request.body, {
        factorSet: config.defaultFactorSet,
        today: new Date().toISOString().slice(0, 10),
      }),
  );
};

export default estimateRoutes;
