import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiKeyListSchema,
  createdOrganisationSchema,
  createKeySchema,
  createOrganisationSchema,
  issuedKeySchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '../../../schemas/organisation.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { createKey, listKeys, revokeKey } from '../../people/key-management.ts';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from '../../people/organisations.ts';

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/organisations',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'createOrganisation',
        summary: 'Create an organisation and its first API key (shown once)',
        description: 'Admins; officers add firms (role member) only, 403 for any other role. Creates the organisation with its role and returns its first API key; the secret is shown in this response only, so store it. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['organisations'],
        body: createOrganisationSchema,
        response: { 201: createdOrganisationSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const { organisation, key } = await createOrganisation(db, p, request.body);
        return {
          status: 201,
          body: { ...organisation, apiKey: key.key, apiKeyId: key.id, apiKeyPrefix: key.prefix },
          location: `/organisations/${organisation.id}`,
        };
      });
    },
  );

  app.get(
    '/organisations',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'listOrganisations',
        summary: 'Every organisation (officers)',
        description: 'Officers and admins. Every organisation with its role and contact; members get 403.',
        tags: ['organisations'],
        response: { 200: organisationListSchema, ...problemResponses(401, 403) },
      },
    },
    async () => ({ items: await listOrganisations(app.db) }),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        summary: 'One organisation: your own, or any for officers',
        description: 'A member may read its own organisation; officers and admins may read any. Another organisation, or an unknown id, is a 404.',
        tags: ['organisations'],
        params: organisationParamsSchema,
        response: { 200: organisationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getOrganisation(app.db, principalOf(request), request.params.id),
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        operationId: 'updateOrganisation',
        summary: "Change an organisation's name, contact, address or SIC code (its admins, or an admin)",
        description: "An admin, or the organisation itself through a key or one of its admins (403 for its other people); 404 for anyone else. Address and SIC 2007 code go on waste transfer notes.",
        tags: ['organisations'],
        params: organisationParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => updateOrganisation(app.db, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/organisations/:id/keys',
    {
      config: { access: 'admin' },
      schema: {
        operationId: 'createApiKey',
        summary: 'Issue another API key for an organisation (shown once)',
        description: 'Admins only. Issues a further key for the organisation (to rotate one without downtime); the secret is in this response only. 404 for an unknown organisation.',
        tags: ['organisations'],
        params: organisationParamsSchema,
        body: createKeySchema,
        response: { 201: issuedKeySchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const key = await createKey(db, p, request.params.id, request.body?.name ?? 'api key');
        return { status: 201, body: key, location: `/organisations/${request.params.id}/keys` };
      });
    },
  );

  app.get(
    '/organisations/:id/keys',
    {
      schema: {
        operationId: 'listApiKeys',
        summary: "An organisation's keys, without secrets (an admin, or the organisation)",
        description: 'The organisation itself or an admin. Each key\'s details without the secret; 404 for anyone else.',
        tags: ['organisations'],
        params: organisationParamsSchema,
        response: { 200: apiKeyListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listKeys(app.db, principalOf(request), request.params.id) }),
  );

  app.delete(
    '/keys/:id',
    {
      schema: {
        operationId: 'revokeApiKey',
        summary: 'Revoke a key at once (an admin, or the organisation that owns it)',
        description: 'The organisation that owns the key, or an admin. The key stops working with the next request; 204 on success, 404 if the key is not yours.',
        tags: ['organisations'],
        params: organisationParamsSchema,
        response: { 204: z.null().meta({ description: 'No content' }), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await revokeKey(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default organisationRoutes;
