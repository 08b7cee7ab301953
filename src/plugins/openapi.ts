import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { tidyOpenapiDocument } from './openapi-document.ts';

async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Reuse Exchange API',
        version: '0.1.0',
        description:
          'Match surplus materials to feedstock needs by place and grade, and estimate the cost and carbon ' +
          'saved by each tonne kept out of landfill. Every error is RFC 9457 application/problem+json.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: rx_…' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'rx_session',
            description: 'The web app\'s session (POST /session); changes must also send X-CSRF-Token',
          },
        },
      },
      // Relative, so the document holds wherever the service is deployed (and whatever PUBLIC_URL is).
      servers: [{ url: '/', description: 'This service' }],
      security: [{ apiKey: [] }, { session: [] }],
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'materials', description: 'The material catalogue' },
        { name: 'organisations', description: 'Firms, officers and their API keys' },
        { name: 'people', description: 'People of an organisation: invites, sign-in sessions, passwords' },
        { name: 'sites', description: "An organisation's premises" },
        { name: 'listings', description: 'Offers of surplus and wants of feedstock' },
        { name: 'audit', description: 'Every write, for officers' },
        { name: 'matching', description: 'Offers to wants by material, grade, distance, quantity and dates' },
        { name: 'savings', description: 'Estimates of cost and carbon saved, and the cited factor sets behind them' },
        { name: 'reports', description: 'Savings reports and the regions they are grouped by (officers)' },
        { name: 'evidence', description: 'Evidence for funders: business profiles, jobs, co-investment and additionality (docs/evidence.md)' },
        { name: 'exchanges', description: 'Exchanges between an offer and a want, and their transfers' },
        { name: 'compliance', description: 'Waste transfer notes, season tickets and Digital Waste Tracking records (docs/compliance.md)' },
        { name: 'maps', description: 'Vector tiles of listings at their public points, and their TileJSON' },
        { name: 'ogc', description: 'OGC API – Features (Parts 1 and 2) over the listings, for GIS clients' },
        { name: 'webhooks', description: "Signed HTTP deliveries of your organisation's events" },
        { name: 'preferences', description: 'Which events a person is e-mailed about, and unsubscribe links' },
        { name: 'notifications', description: 'Your inbox of events, and saved searches that tell you of new listings' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => tidyOpenapiDocument(jsonSchemaTransformObject(document)),
  });
  await app.register(swaggerUi, { routePrefix: '/documentation', staticCSP: true });
}

export default fp(openapiPlugin, { name: 'openapi' });
