import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../../schemas/problem.ts';
import {
  createdWebhookSchema,
  createWebhookSchema,
  deliveryListSchema,
  deliveryQuerySchema,
  webhookListSchema,
  webhookParamsSchema,
} from '../../../schemas/webhook.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks } from '../../webhooks/webhooks.ts';

const noContent = z.null().meta({ description: 'No content' });

const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        summary: 'Register a webhook for your organisation; the signing secret is shown once',
        description:
          'Members of the organisation. Each event of the listed types that concerns the organisation is POSTed to the URL, ' +
          'signed as the Standard Webhooks specification says (docs/notifications.md). The URL must resolve to public ' +
          'addresses only (400 naming url otherwise); redirects are never followed.',
        tags: ['webhooks'],
        body: createWebhookSchema,
        response: { 201: createdWebhookSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const webhook = await createWebhook(db, p, request.body, app.channels.webhookSettings);
        return { status: 201, body: webhook, location: `/webhooks/${webhook.id}` };
      });
    },
  );

  app.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        summary: "Your organisation's webhooks (never their secrets)",
        description: 'Members of the organisation; a webhook disabled for failing says when and why.',
        tags: ['webhooks'],
        response: { 200: webhookListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listWebhooks(app.db, principalOf(request)) }),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        summary: 'Remove a webhook: nothing more is sent to it',
        description: "Your organisation's webhook; 404 for any other. Its pending deliveries go with it.",
        tags: ['webhooks'],
        params: webhookParamsSchema,
        response: { 204: noContent, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await deleteWebhook(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        summary: "A webhook's deliveries, newest first: status, attempts, last answer, next attempt",
        description: "Your organisation's webhook; 404 for any other.",
        tags: ['webhooks'],
        params: webhookParamsSchema,
        querystring: deliveryQuerySchema,
        response: { 200: deliveryListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => listDeliveries(app.db, principalOf(request), request.params.id, request.query),
  );
};

export default webhookRoutes;
