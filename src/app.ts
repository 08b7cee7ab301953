import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import type { Config } from './config.ts';
import authPlugin from './plugins/auth.ts';
import channelsPlugin from './plugins/channels.ts';
import dbPlugin from './plugins/db.ts';
import errorsPlugin, { frameworkErrors } from './plugins/errors.ts';
import inputGuard from './plugins/input-guard.ts';
import metricsPlugin from './plugins/metrics.ts';
import notificationsPlugin from './plugins/notifications.ts';
import openapiPlugin from './plugins/openapi.ts';
import readRoutingPlugin from './plugins/read-routing.ts';
import securityPlugin from './plugins/security.ts';
import sharedStatePlugin from './plugins/shared-state.ts';
import tileCellsPlugin from './plugins/tile-cells.ts';
import attachmentRoutes from './routes/attachments/index.ts';
import auditRoutes from './routes/audit/index.ts';
import complianceRoutes from './routes/compliance/index.ts';
import estimateRoutes from './routes/estimates/index.ts';
import evidenceRoutes from './routes/evidence/index.ts';
import exchangeRoutes from './routes/exchanges/index.ts';
import factorSetRoutes from './routes/factor-sets/index.ts';
import healthRoutes from './routes/health/index.ts';
import listingRoutes from './routes/listings/index.ts';
import matchingRoutes from './routes/matching/index.ts';
import ogcRoutes from './routes/ogc/index.ts';
import materialRoutes from './routes/materials/index.ts';
import notificationRoutes from './routes/notifications/index.ts';
import opportunityRoutes from './routes/opportunities/index.ts';
import organisationRoutes from './routes/organisations/index.ts';
import peopleRoutes from './routes/people/index.ts';
import preferenceRoutes from './routes/preferences/index.ts';
import regionRoutes from './routes/regions/index.ts';
import reportRoutes from './routes/reports/index.ts';
import siteRoutes from './routes/sites/index.ts';
import tileRoutes from './routes/tiles/index.ts';
import webRoutes from './routes/web/index.ts';
import webhookRoutes from './routes/webhooks/index.ts';

export interface BuildOptions {
  config: Config;
  /** An opened, migrated database; the app closes it when it closes. */
  database: DatabaseHandle;
  /**
   * A streaming replica of it for reads that may lag (the app closes it too). Omitted: opened
   * from config.databaseReplicaUrl when that is set.
   */
  replica?: DatabaseHandle;
  /** How often the replica's health and lag are checked, in ms (tests shorten it). */
  replicaCheckIntervalMs?: number;
}

/** The whole service without listen(): server.ts listens, tests inject. */
export async function buildApp({ config, database, replica, replicaCheckIntervalMs }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    // Behind N trusted proxies the client address comes from X-Forwarded-For (rate limits use it).
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(inputGuard);
  await app.register(dbPlugin, {
    database,
    drainTimeoutMs: Math.floor(config.shutdownTimeoutMs / 2),
    maxQueued: config.dbQueueMax,
  });
  await app.register(sharedStatePlugin, { redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix });
  await app.register(securityPlugin, { config });
  await app.register(authPlugin, { adminApiKey: config.adminApiKey, failuresPerMinute: config.authFailuresPerMinute });
  await app.register(readRoutingPlugin, {
    replica: replica ?? (config.databaseReplicaUrl ? await openReplica(config) : null),
    maxLagMs: config.replicaMaxLagMs,
    readYourWritesMs: config.readYourWritesMs,
    checkIntervalMs: replicaCheckIntervalMs,
  });
  await app.register(openapiPlugin);
  await app.register(metricsPlugin, { config });
  await app.register(notificationsPlugin, { config });
  await app.register(tileCellsPlugin);
  await app.register(channelsPlugin, { config });

  await app.register(healthRoutes);
  await app.register(materialRoutes);
  await app.register(organisationRoutes);
  await app.register(peopleRoutes, { config });
  await app.register(siteRoutes);
  await app.register(listingRoutes, { config });
  await app.register(attachmentRoutes);
  await app.register(exchangeRoutes, { config });
  await app.register(matchingRoutes, { config });
  await app.register(auditRoutes);
  await app.register(estimateRoutes, { config });
  await app.register(factorSetRoutes, { config });
  await app.register(regionRoutes, { config });
  await app.register(reportRoutes, { config });
  await app.register(evidenceRoutes);
  await app.register(complianceRoutes);
  await app.register(ogcRoutes, { config });
  await app.register(tileRoutes);
  await app.register(opportunityRoutes, { config });
  await app.register(notificationRoutes, { config });
  await app.register(webhookRoutes);
  await app.register(preferenceRoutes);
  await app.register(webRoutes, { config });
  return app;
}

function openReplica(config: Config): Promise<DatabaseHandle> {
  return openDatabase({
    url: config.databaseReplicaUrl,
    poolMax: config.dbPoolMax,
    statementTimeoutMs: config.statementTimeoutMs,
  });
}
