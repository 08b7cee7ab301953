import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createdOrganisationSchema, createOrganisationSchema } from '../../../schemas/organisation.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { createOrganisation } from '../../services/organisations.ts';

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/organisations',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createOrganisation',
        summary: 'Create an organisation and its first API key (shown once)',
        tags: ['organisations'],
        body: createOrganisationSchema,
        response: { 201: createdOrganisationSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { organisation, key } = await createOrganisation(app.db, request.body);
      reply.code(201).header('location', `/organisations/${organisation.id}`);
      return { ...organisation, apiKey: key.key, apiKeyId: key.id, apiKeyPrefix: key.prefix };
    },
  );
};

export default organisationRoutes;
