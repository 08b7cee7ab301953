import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { reportQuerySchema, savingsReportSchema } from '../../../schemas/report.ts';
import type { Config } from '../../config.ts';
import { getFactorSet } from '../../services/factor-sets.ts';
import { csvExport, geojsonExport } from '../../services/report-exports.ts';
import { savingsReport } from '../../services/reports.ts';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv', stream: csvExport },
  geojson: { type: 'application/geo+json', extension: 'geojson', stream: geojsonExport },
} as const;

const reportRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/reports/savings',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getSavingsReport',
        summary:
          'Tonnes diverted, £ saved, tCO2e avoided and businesses assisted, realised (transfers) beside estimated (accepted exchanges); format=json|csv|geojson',
        tags: ['reports'],
        querystring: reportQuerySchema,
        response: { 200: savingsReportSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      if (q.format === 'json') {
        const set = await getFactorSet(app.db, config.defaultFactorSet);
        if (!set) throw new Error(`default factor set ${config.defaultFactorSet} is missing`);
        return savingsReport(app.db, q, set);
      }
      const format = FORMATS[q.format];
      const name = `savings-${q.from ?? 'start'}-to-${q.to ?? 'now'}.${format.extension}`;
      reply.type(format.type).header('content-disposition', `attachment; filename="${name}"`);
      // A stream bypasses the JSON serializer; its content type is set above.
      return reply.send(Readable.from(format.stream(app.db, q)) as never);
    },
  );
};

export default reportRoutes;
