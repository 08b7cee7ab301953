import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createExchangeSchema,
  declineExchangeSchema,
  exchangeActionBodySchema,
  exchangeListQuerySchema,
  exchangeListSchema,
  exchangeParamsSchema,
  exchangeSchema,
} from '../../../schemas/exchange.ts';
import { type AdditionalityInput, completeExchangeBodySchema } from '../../../schemas/evidence.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { notFound } from '../../errors.ts';
import { principalOf } from '../../plugins/auth.ts';
import { actOnExchange, createExchange, getExchange, listExchanges } from '../../exchanges/exchanges.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { listTransfers, recordTransfer } from '../../exchanges/transfers.ts';
import { createTransferSchema, transferListSchema, transferSchema } from '../../../schemas/transfer.ts';
import type { Config } from '../../config.ts';
import negotiationRoutes from './negotiation.ts';

const exchangeRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  await app.register(negotiationRoutes, { config });
  app.post(
    '/exchanges',
    {
      schema: {
        operationId: 'createExchange',
        summary: 'Propose an exchange between an offer and a want (a party, or an officer brokering)',
        description: 'A member that owns one of the two listings, or an officer brokering. Both listings must be active and unexpired and the offer able to supply the quantity (409 otherwise). Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['exchanges'],
        body: createExchangeSchema,
        response: { 201: exchangeSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const exchange = await createExchange(db, p, request.body);
        return { status: 201, body: exchange, location: `/exchanges/${exchange.id}` };
      });
    },
  );

  app.get(
    '/exchanges',
    {
      schema: {
        operationId: 'listExchanges',
        summary: "Exchanges: a member's own, or every one for officers; newest first",
        description: 'Members see exchanges their organisation is a party to; officers and admins see every one. Filter by status and organisation; paged with a cursor.',
        tags: ['exchanges'],
        querystring: exchangeListQuerySchema,
        response: { 200: exchangeListSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => listExchanges(app.db, principalOf(request), request.query),
  );

  app.get(
    '/exchanges/:id',
    {
      schema: {
        operationId: 'getExchange',
        summary: 'One exchange with its history; contacts and exact sites once accepted',
        description: 'A party or an officer; 404 for anyone else. Parties see contacts and exact sites once the exchange is accepted; officers always do.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        response: { 200: exchangeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const exchange = await getExchange(app.db, principalOf(request), request.params.id);
      if (!exchange) throw notFound('Exchange');
      return exchange;
    },
  );

  const actions = [
    ['accept', 'acceptExchange', 'Accept your side; the exchange is accepted when both sides have', 'A party, for its own side only (an officer cannot accept for a party). Returns the exchange; 409 if that side has already accepted or the exchange is no longer proposed.'],
    ['cancel', 'cancelExchange', 'Cancel a proposed or accepted exchange (a party or an officer)', 'A party or an officer, with an optional note. Returns the exchange; 409 once it is completed, declined or cancelled.'],
    ['complete', 'completeExchange', 'Mark an accepted or active exchange completed', 'A party or an officer. Returns the exchange; 409 unless it is accepted or active.'],
  ] as const;
  for (const [action, operationId, summary, description] of actions) {
    app.post(
      `/exchanges/:id/${action}`,
      {
        schema: {
          operationId,
          summary,
          description,
          tags: ['exchanges'],
          params: exchangeParamsSchema,
          // Completing may carry the caller's additionality answer (docs/evidence.md).
          body: action === 'complete' ? completeExchangeBodySchema : exchangeActionBodySchema,
          response: {
            200: exchangeSchema,
            ...(action === 'complete' ? problemResponses(400, 401, 403, 404, 409) : problemResponses(400, 401, 404, 409)),
          },
        },
      },
      async (request) => {
        const body = request.body as { note?: string; additionality?: AdditionalityInput } | null | undefined;
        return actOnExchange(app.db, principalOf(request), request.params.id, action, {
          note: body?.note,
          additionality: body?.additionality,
        });
      },
    );
  }

  app.post(
    '/exchanges/:id/decline',
    {
      schema: {
        operationId: 'declineExchange',
        summary: 'Decline a proposed exchange, with the reason (kept, to learn from)',
        description: 'A party. The reason (and an optional note) is kept so matching can learn from it; 409 when the exchange\'s status no longer allows declining.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        body: declineExchangeSchema,
        response: { 200: exchangeSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      actOnExchange(app.db, principalOf(request), request.params.id, 'decline', {
        reason: request.body.reason,
        note: request.body.note,
      }),
  );

  app.post(
    '/exchanges/:id/transfers',
    {
      schema: {
        operationId: 'recordTransfer',
        summary: 'Record what was moved; its realised savings are computed once and kept (a party or an officer)',
        description: 'A party or an officer, on an accepted or active exchange (409 otherwise). Savings are computed with the current factor set and stored with the transfer, so later factor changes do not rewrite them. Send an Idempotency-Key to retry safely: the same key with a different body is a 422.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        body: createTransferSchema,
        response: { 201: transferSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const transfer = await recordTransfer(db, p, request.params.id, request.body, config.defaultFactorSet);
        return { status: 201, body: transfer, location: `/exchanges/${request.params.id}/transfers` };
      });
    },
  );

  app.get(
    '/exchanges/:id/transfers',
    {
      schema: {
        operationId: 'listTransfers',
        summary: 'The transfers of an exchange, with their savings and corrections',
        description: 'A party or an officer; 404 for anyone else. Each transfer with its stored savings and, if corrected, the transfer that corrects it.',
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        response: { 200: transferListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listTransfers(app.db, principalOf(request), request.params.id) }),
  );
};

export default exchangeRoutes;
