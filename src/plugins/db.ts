import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, DatabaseHandle, Engine } from '../../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dbEngine: Engine;
  }
}

/** Hands the opened database to routes and closes it after the last in-flight request. */
async function dbPlugin(app: FastifyInstance, options: { database: DatabaseHandle }) {
  app.decorate('db', options.database.db);
  app.decorate('dbEngine', options.database.engine);
  app.addHook('onClose', async () => {
    await options.database.close();
  });
}

export default fp(dbPlugin, { name: 'db' });
