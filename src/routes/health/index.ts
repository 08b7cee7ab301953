import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pendingMigrations } from '../../../db/migrate.ts';
import { healthSchema, readySchema } from '../../../schemas/health.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { HttpProblem } from '../../errors.ts';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        summary: 'The process is up',
        description: 'Public. Answers 200 while the process runs, without touching the database; use it as a liveness probe.',
        tags: ['health'],
        security: [],
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getReady',
        summary: 'The database answers and its migrations are current',
        description: 'Public. 200 when the database answers and every migration is applied; 503 problem+json otherwise, so a load balancer can hold traffic back.',
        tags: ['health'],
        security: [],
        response: { 200: readySchema, ...problemResponses(503) },
      },
    },
    async (request) => {
      let pending: number;
      try {
        pending = await pendingMigrations(app.db);
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        throw new HttpProblem(503, 'The database does not answer.', { type: 'not-ready' });
      }
      if (pending > 0)
        throw new HttpProblem(503, `${pending} migration(s) not applied.`, { type: 'not-ready' });
      return { status: 'ready' as const, engine: app.dbEngine, pendingMigrations: 0 as const };
    },
  );
};

export default healthRoutes;
