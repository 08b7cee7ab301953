import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createSavedSearchSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationSchema,
  readAllSchema,
  savedSearchListSchema,
  savedSearchParamsSchema,
  savedSearchSchema,
  unreadCountSchema,
} from '../../../schemas/notification.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import type { Config } from '../../config.ts';
import { countUnread, listInbox, markAllRead, markRead } from '../../notifications/inbox.ts';
import { createSavedSearch, deleteSavedSearch, listSavedSearches } from '../../notifications/saved-searches.ts';
import { principalOf } from '../../plugins/auth.ts';

const notificationRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: 'Your inbox, newest first',
        description:
          "An API key reads its organisation's inbox; a signed-in person reads the same items with their own read marks. Paged with a cursor; unread=true for the unread only.",
        tags: ['notifications'],
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => listInbox(app.db, principalOf(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        operationId: 'countUnreadNotifications',
        summary: 'How many inbox items you have not read',
        description: 'The number the web app shows in its header.',
        tags: ['notifications'],
        response: { 200: unreadCountSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ unread: await countUnread(app.db, principalOf(request)) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        operationId: 'readNotification',
        summary: 'Mark one inbox item read',
        description: 'Marking it again keeps the first time. 404 for an item not in your inbox.',
        tags: ['notifications'],
        params: notificationParamsSchema,
        response: { 200: notificationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => markRead(app.db, principalOf(request), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        operationId: 'readAllNotifications',
        summary: 'Mark every item of your inbox read',
        description: 'For a person, their own read marks; for an API key, the organisation’s.',
        tags: ['notifications'],
        response: { 200: readAllSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ marked: await markAllRead(app.db, principalOf(request)) }),
  );

  app.post(
    '/saved-searches',
    {
      schema: {
        operationId: 'createSavedSearch',
        summary: 'Keep a match search: be told when a new listing satisfies it',
        description:
          'query is a POST /matches/search body, checked the same way. Each listing that becomes active and satisfies it is told at once (instant) or in one daily or weekly digest (saved-search.matched).',
        tags: ['notifications'],
        body: createSavedSearchSchema,
        response: { 201: savedSearchSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const saved = await createSavedSearch(app.db, principalOf(request), request.body);
      return reply.code(201).header('location', `/saved-searches/${saved.id}`).send(saved);
    },
  );

  app.get(
    '/saved-searches',
    {
      schema: {
        operationId: 'listSavedSearches',
        summary: "Your organisation's saved searches",
        description: 'Every member of the organisation sees the same list, oldest first.',
        tags: ['notifications'],
        response: { 200: savedSearchListSchema, ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listSavedSearches(app.db, principalOf(request)) }),
  );

  app.delete(
    '/saved-searches/:id',
    {
      schema: {
        operationId: 'deleteSavedSearch',
        summary: 'Stop a saved search',
        description: '404 for a search that is not your organisation’s.',
        tags: ['notifications'],
        params: savedSearchParamsSchema,
        response: { 204: z.null().meta({ description: 'No content' }), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch(app.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default notificationRoutes;
