import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  additionalityInputSchema,
  additionalitySettingsInputSchema,
  additionalitySettingsSchema,
  businessProfileInputSchema,
  businessProfileSchema,
  coInvestmentListSchema,
  coInvestmentSchema,
  createCoInvestmentSchema,
  createJobRecordSchema,
  evidenceListQuerySchema,
  exchangeAdditionalitySchema,
  indicatorsQuerySchema,
  indicatorsReportSchema,
  jobRecordListSchema,
  jobRecordSchema,
  networkQuerySchema,
  networkSchema,
} from '../../../schemas/evidence.ts';
import { exchangeParamsSchema } from '../../../schemas/exchange.ts';
import { organisationParamsSchema } from '../../../schemas/organisation.ts';
import { problemResponses } from '../../../schemas/problem.ts';
import { answerAdditionality, getAdditionality } from '../../evidence/answers.ts';
import { indicatorsCsv } from '../../evidence/indicators-export.ts';
import { indicatorsReport } from '../../evidence/indicators-report.ts';
import { networkGeojson, networkGraphml, networkReport } from '../../evidence/network-report.ts';
import {
  getBusinessProfile,
  listCoInvestments,
  listJobs,
  programmeAdditionality,
  putBusinessProfile,
  recordCoInvestment,
  recordJobs,
  setProgrammeAdditionality,
} from '../../evidence/records.ts';
import { principalOf } from '../../plugins/auth.ts';
import { idempotent } from '../../plugins/idempotency.ts';

const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations/:id/business-profile',
    {
      schema: {
        operationId: 'getBusinessProfile',
        summary: "An organisation's Companies House number and size bands, and the size they give",
        description: 'A member reads its own organisation\'s; officers and admins any. Another organisation, or an unknown id, is a 404.',
        tags: ['evidence'],
        params: organisationParamsSchema,
        response: { 200: businessProfileSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getBusinessProfile(app.db, principalOf(request), request.params.id),
  );

  app.put(
    '/organisations/:id/business-profile',
    {
      schema: {
        operationId: 'putBusinessProfile',
        summary: 'State the organisation\'s Companies House number and headcount and turnover bands',
        description: 'A member for its own organisation; officers and admins for any. Fields left out keep their value; null clears one. The number counts the enterprise once in businesses assisted.',
        tags: ['evidence'],
        params: organisationParamsSchema,
        body: businessProfileInputSchema,
        response: { 200: businessProfileSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => putBusinessProfile(app.db, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/evidence/jobs',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'recordJobs',
        summary: 'Record jobs created or safeguarded at an organisation, with date, basis and evidence',
        description: 'Officers and admins. The date may not be in the future; the FTE must be positive. Send an Idempotency-Key to retry safely.',
        tags: ['evidence'],
        body: createJobRecordSchema,
        response: { 201: jobRecordSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const job = await recordJobs(db, p, request.body);
        return { status: 201, body: job, location: `/evidence/jobs?organisation=${job.organisationId}` };
      });
    },
  );

  app.get(
    '/evidence/jobs',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'listJobs',
        summary: 'Jobs recorded, oldest first; filter by date and organisation',
        description: 'Officers and admins (403 for members). Each record with its date, basis and evidence note, for an auditor to check.',
        tags: ['evidence'],
        querystring: evidenceListQuerySchema,
        response: { 200: jobRecordListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listJobs(app.db, request.query),
  );

  app.post(
    '/evidence/co-investments',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'recordCoInvestment',
        summary: 'Record co-investment: £ from other sources, its source and date',
        description: 'Officers and admins. The date may not be in the future; the amount must be positive. Send an Idempotency-Key to retry safely.',
        tags: ['evidence'],
        body: createCoInvestmentSchema,
        response: { 201: coInvestmentSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(app.db, p, request, reply, async (db) => {
        const investment = await recordCoInvestment(db, p, request.body);
        return { status: 201, body: investment, location: `/evidence/co-investments?organisation=${investment.organisationId}` };
      });
    },
  );

  app.get(
    '/evidence/co-investments',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'listCoInvestments',
        summary: 'Co-investment recorded, oldest first; filter by date and organisation',
        description: 'Officers and admins (403 for members). Each amount with its source, date and evidence note.',
        tags: ['evidence'],
        querystring: evidenceListQuerySchema,
        response: { 200: coInvestmentListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listCoInvestments(app.db, request.query),
  );

  app.get(
    '/evidence/additionality',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getAdditionalitySettings',
        summary: "The programme's default deadweight and its attribution, as officers last set them",
        description: 'Officers and admins. Never set: deadweight 0 and attribution 1, so net equals gross for exchanges no side answered for; reports say so.',
        tags: ['evidence'],
        response: { 200: additionalitySettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async () => programmeAdditionality(app.db),
  );

  app.put(
    '/evidence/additionality',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'setAdditionalitySettings',
        summary: "Set the programme's default deadweight (0–1) and attribution (above 0, up to 1)",
        description: 'Officers and admins. Kept as a new entry each time, so earlier settings stay on record (GET /audit).',
        tags: ['evidence'],
        body: additionalitySettingsInputSchema,
        response: { 200: additionalitySettingsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => setProgrammeAdditionality(app.db, principalOf(request), request.body),
  );

  app.get(
    '/exchanges/:id/additionality',
    {
      schema: {
        operationId: 'getExchangeAdditionality',
        summary: "Each side's answer to whether the exchange would have happened anyway, and its deadweight",
        description: 'A party or an officer; 404 for anyone else.',
        tags: ['evidence'],
        params: exchangeParamsSchema,
        response: { 200: exchangeAdditionalitySchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getAdditionality(app.db, principalOf(request), request.params.id),
  );

  app.post(
    '/exchanges/:id/additionality',
    {
      schema: {
        operationId: 'answerExchangeAdditionality',
        summary: 'Answer for your side: would this completed exchange have happened without the programme?',
        description: 'A party, for its own side, on a completed exchange (409 before); an answer may be revised. Officers cannot answer for a party (403). The same answer may be sent with POST /exchanges/{id}/complete.',
        tags: ['evidence'],
        params: exchangeParamsSchema,
        body: additionalityInputSchema,
        response: { 200: exchangeAdditionalitySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => answerAdditionality(app.db, principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/reports/indicators',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getIndicatorsReport',
        summary: 'Programme indicators gross and net, a comparison period, cumulative figures and the funnel; format=json|csv',
        description: 'Officers and admins. Each indicator\'s definition and unit is in the report. Group by region or material; compare with a second period.',
        tags: ['reports'],
        querystring: indicatorsQuerySchema,
        response: { 200: indicatorsReportSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const report = await indicatorsReport(await request.readDb(), request.query);
      if (request.query.format === 'json') return report;
      const q = request.query;
      reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="indicators-${q.from ?? 'start'}-to-${q.to ?? 'now'}.csv"`);
      return reply.send(Readable.from(indicatorsCsv(report)) as never);
    },
  );

  app.get(
    '/reports/network',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getNetworkReport',
        summary: 'Firms linked by realised exchanges, weighted by tonnes, with network measures; format=json|graphml|geojson',
        description: 'Officers and admins. Links are pairs of firms with transfers in the period; GeoJSON lines and GraphML positions are public points (about 1 km), never sites.',
        tags: ['reports'],
        querystring: networkQuerySchema,
        response: { 200: networkSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const db = await request.readDb();
      const name = `network-${q.from ?? 'start'}-to-${q.to ?? 'now'}`;
      if (q.format === 'graphml') {
        reply.type('application/graphml+xml; charset=utf-8').header('content-disposition', `attachment; filename="${name}.graphml"`);
        return reply.send((await networkGraphml(db, q)) as never);
      }
      if (q.format === 'geojson') {
        reply.type('application/geo+json').header('content-disposition', `attachment; filename="${name}.geojson"`);
        return reply.send(JSON.stringify(await networkGeojson(db, q)) as never);
      }
      return networkReport(db, q);
    },
  );
};

export default evidenceRoutes;
