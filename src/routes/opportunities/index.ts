import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  jobParamsSchema,
  type OpportunityResult,
  opportunityJobSchema,
  opportunityQuerySchema,
  opportunityRequestSchema,
  opportunityResultSchema,
} from '../../../schemas/opportunity.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { notFound } from '../../errors.ts';
import { opportunityCsv, opportunityGeojson, opportunityXlsx } from '../../opportunities/exports.ts';
import { OpportunityJobs, SolveSlots } from '../../opportunities/jobs.ts';
import { keepLastAllocation } from '../../opportunities/last-allocation.ts';
import { opportunityMap, prepare } from '../../opportunities/service.ts';
import { solve, solveInWorker } from '../../opportunities/solver.ts';
import { principalOf } from '../../plugins/auth.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download, sent as it is (JSON answers go through the response schema instead). */
async function download(reply: FastifyReply, result: OpportunityResult, format: 'csv' | 'xlsx' | 'geojson') {
  const name = `opportunities-${result.objective}.${format}`;
  reply.header('content-disposition', `attachment; filename="${name}"`);
  if (format === 'csv') return reply.type('text/csv; charset=utf-8; header=present').send(opportunityCsv(result) as never);
  if (format === 'xlsx') return reply.type(XLSX).send((await opportunityXlsx(result)) as never);
  return reply.type('application/geo+json').send(JSON.stringify(opportunityGeojson(result)) as never);
}

const opportunityRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const slots = new SolveSlots(config.optimiserConcurrency);
  const jobs = new OpportunityJobs(app.db);
  app.addHook('onClose', async () => jobs.cancelAll());
  const defaults = () => ({
    factorSet: config.defaultFactorSet,
    today: new Date().toISOString().slice(0, 10),
    minShare: config.matchMinShare,
  });

  app.post(
    '/opportunities',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'mapOpportunities',
        summary:
          "A region's best allocation of active surplus to feasible wants (HiGHS), beside greedy and realised (officers); format=json|csv|xlsx|geojson",
        description:
          'Areas with more than OPTIMISER_ASYNC_LISTINGS active listings are solved as a job: 202 with a Location to poll. ' +
          'GeoJSON lines join the two sites’ exact points: this route is for officers.',
        tags: ['reports'],
        body: opportunityRequestSchema,
        querystring: opportunityQuerySchema,
        response: { 200: opportunityResultSchema, 202: opportunityJobSchema, ...problemResponses(400, 401, 403, 503) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const d = defaults();
      const prepared = await prepare(app.db, request.body, d);
      const release = slots.acquire();
      const timeLimitSeconds = config.optimiserTimeLimitSeconds;
      if (prepared.listings.length > config.optimiserAsyncListings) {
        const job = await jobs.start(p.organisationId, release, async (ctx) => {
          const result = await opportunityMap(app.db, prepared, d, async (model, options) => {
            const running = solveInWorker(model, options);
            ctx.onCancel(running.cancel);
            return running.result;
          }, { timeLimitSeconds, progress: ctx.progress, signal: ctx.signal });
          await keepLastAllocation(app.db, p.organisationId, request.body, result);
          return result;
        });
        return reply.code(202).header('location', `/opportunities/jobs/${job.id}`).send(job);
      }
      try {
        const result = await opportunityMap(app.db, prepared, d, solve, { timeLimitSeconds });
        await keepLastAllocation(app.db, p.organisationId, request.body, result);
        const { format } = request.query;
        return format === 'json' ? result : await download(reply, result, format);
      } finally {
        release();
      }
    },
  );

  app.get(
    '/opportunities/jobs/:id',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getOpportunityJob',
        summary: 'A long opportunity solve: progress, then its result (officers of the organisation that started it)',
        description:
          'Any instance of the service answers: the job is kept in the database for an hour after it ends. A job whose solving instance stopped reads as failed. format applies to a finished result.',
        tags: ['reports'],
        params: jobParamsSchema,
        querystring: opportunityQuerySchema,
        response: { 200: opportunityJobSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const job = await jobs.get(request.params.id, principalOf(request).organisationId);
      if (!job) throw notFound('Job');
      const { format } = request.query;
      return job.result && format !== 'json' ? download(reply, job.result, format) : job;
    },
  );

  app.delete(
    '/opportunities/jobs/:id',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'cancelOpportunityJob',
        summary: 'Cancel a running opportunity solve (its worker thread is stopped, through whichever instance)',
        description: "Officers of the organisation that started the job. Stops the solve's worker and returns the job as it then stands; 404 for a job that is unknown or another organisation's.",
        tags: ['reports'],
        params: jobParamsSchema,
        response: { 200: opportunityJobSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const job = await jobs.cancel(request.params.id, principalOf(request).organisationId);
      if (!job) throw notFound('Job');
      return job;
    },
  );
};

export default opportunityRoutes;
