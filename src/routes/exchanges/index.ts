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
import { problemResponses } from '../../../schemas/problem.ts';
import { notFound } from '../../errors.ts';
import { principalOf } from '../../plugins/auth.ts';
import { actOnExchange, createExchange, getExchange, listExchanges } from '../../exchanges/exchanges.ts';
import { idempotent } from '../../plugins/idempotency.ts';
import { listTransfers, recordTransfer } from '../../exchanges/transfers.ts';
import { createTransferSchema, transferListSchema, transferSchema } from '../../../schemas/transfer.ts';
import type { Config } from '../../config.ts';

const exchangeRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.post(
    '/exchanges',
    {
      schema: {
        operationId: 'createExchange',
        summary: 'Propose an exchange between an offer and a want (a party, or an officer brokering)',
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
    ['accept', 'acceptExchange', 'Accept your side; the exchange is accepted when both sides have'],
    ['cancel', 'cancelExchange', 'Cancel a proposed or accepted exchange (a party or an officer)'],
    ['complete', 'completeExchange', 'Mark an accepted or active exchange completed'],
  ] as const;
  for (const [action, operationId, summary] of actions) {
    app.post(
      `/exchanges/:id/${action}`,
      {
        schema: {
          operationId,
          summary,
          tags: ['exchanges'],
          params: exchangeParamsSchema,
          body: exchangeActionBodySchema,
          response: { 200: exchangeSchema, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) =>
        actOnExchange(app.db, principalOf(request), request.params.id, action, { note: request.body?.note }),
    );
  }

  app.post(
    '/exchanges/:id/decline',
    {
      schema: {
        operationId: 'declineExchange',
        summary: 'Decline a proposed exchange, with the reason (kept, to learn from)',
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
        tags: ['exchanges'],
        params: exchangeParamsSchema,
        response: { 200: transferListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => ({ items: await listTransfers(app.db, principalOf(request), request.params.id) }),
  );
};

export default exchangeRoutes;
