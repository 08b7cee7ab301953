import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  counterExchangeSchema,
  createMessageSchema,
  exchangeParamsSchema,
  exchangePictureSchema,
  exchangeSchema,
  messageListQuerySchema,
  messageListSchema,
  messageSchema,
} from '../../../schemas/exchange.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { principalOf } from '../../plugins/auth.ts';
import { counterExchange } from '../../exchanges/exchanges.ts';
import { listMessages, postMessage } from '../../exchanges/messages.ts';
import { exchangePicture } from '../../exchanges/picture.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import type { Config } from '../../config.ts';

/** What the parties need to agree: the full picture, counter-proposals and the conversation. */
const negotiationRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/exchanges/:id/picture',
    {
      schema: {
        operationId: 'getExchangePicture',
        summary: 'Everything to decide on: both listings, distance, grade checks, the estimate by party, the payment',
        description:
          'A party or an officer; 404 for anyone else. The other firm’s listing is its public view and distances run to its public point until the exchange is accepted. Each estimate line says whose saving it is; a firm’s own gate fee or virgin price appears only in its own (and officers’) view.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        response: { 200: exchangePictureSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => exchangePicture(app.db, principalOf(request), request.params.id, config.defaultFactorSet),
  );

  app.post(
    '/exchanges/:id/counter',
    {
      schema: {
        operationId: 'counterExchange',
        summary: 'Counter-propose a new amount, rate or both (the side whose turn it is)',
        description:
          'A party, on a proposed exchange, when it is its turn (see turn): the new terms replace those on the table, the counter-proposer has accepted them, and the turn passes to the other side. 409 when it is not the caller’s turn or the offer cannot supply the amount; 400 when nothing changes.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        body: counterExchangeSchema,
        response: { 200: exchangeSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => counterExchange(app.db, principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/exchanges/:id/messages',
    {
      schema: {
        operationId: 'listExchangeMessages',
        summary: "The exchange's conversation, newest first; reading the first page marks it read",
        description:
          "Both parties and officers; 404 for anyone else. Messages name the side that wrote them (offer, want or officer), not the firm. Reading the first page marks the thread read for the caller's organisation up to its newest message; `unread` is the count before.",
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        querystring: messageListQuerySchema,
        response: { 200: messageListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => listMessages(app.db, principalOf(request), request.params.id, request.query),
  );

  app.post(
    '/exchanges/:id/messages',
    {
      schema: {
        operationId: 'postExchangeMessage',
        summary: 'Write to the other side of an exchange (plain text, up to 4,000 characters)',
        description:
          'Both parties and officers; 404 for anyone else; 409 once the exchange is declined or cancelled. Send an Idempotency-Key to retry safely.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        body: createMessageSchema,
        response: { 201: messageSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const message = await postMessage(db, p, request.params.id, request.body.text);
        return { status: 201, body: message, location: `/exchanges/${request.params.id}/messages` };
      });
    },
  );
};

export default negotiationRoutes;
