import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { listAudit } from '../../platform/audit.ts';

const auditQuerySchema = z.object({
  entityType: z.enum(['organisation', 'api-key', 'site', 'listing', 'factor-set', 'region']).optional(),
  entityId: z.string().max(100).optional(),
  organisation: z.uuid().optional().meta({ description: 'Entries written by this organisation' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(300).optional(),
});

const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  actorOrganisationId: z.uuid().nullable().meta({ description: 'null: the built-in admin key' }),
  actorKeyId: z.uuid().nullable().meta({ description: 'the API key used, if any' }),
  actorUserId: z.uuid().nullable().meta({ description: 'the signed-in person, if any' }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'listAudit',
        summary: 'Every write: who, what, when, before and after; newest first (officers)',
        description: 'Officers and admins (403 for members). Filter by entity type and id or by the organisation that wrote; paged with a cursor.',
        tags: ['audit'],
        querystring: auditQuerySchema,
        response: {
          200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listAudit(app.db, request.query),
  );
};

export default auditRoutes;
