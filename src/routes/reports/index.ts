import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../../schemas/problem.ts';
import { reportQuerySchema, savingsReportSchema } from '../../../schemas/report.ts';
import type { Config } from '../../config.ts';
import { savingsGeoPackage } from '../../gis/geopackage-savings.ts';
import { configuredFactorSet } from '../../reference/factor-sets.ts';
import { pdfExport, xlsxExport } from '../../reports/documents.ts';
import { csvExport, geojsonExport } from '../../reports/exports.ts';
import { savingsReport } from '../../reports/reports.ts';
import { indicatorsReport } from '../../evidence/indicators-report.ts';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv', write: csvExport },
  geojson: { type: 'application/geo+json', extension: 'geojson', write: geojsonExport },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pdf: { type: 'application/pdf', extension: 'pdf' },
  gpkg: { type: 'application/geopackage+sqlite3', extension: 'gpkg' },
} as const;

const reportRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.get(
    '/reports/savings',
    {
      config: { access: 'officer' },
      schema: {
        operationId: 'getSavingsReport',
        summary:
          'Tonnes diverted, £ saved, tCO2e avoided and businesses assisted, realised (transfers) beside estimated (accepted exchanges); format=json|csv|xlsx|geojson|gpkg|pdf',
        description: 'Officers and admins (403 for members). Filter by dates, material, category, organisation or region and group the figures; JSON unless format asks for CSV, XLSX, GeoJSON flows, GeoPackage or PDF.',
        tags: ['reports'],
        querystring: reportQuerySchema,
        response: { 200: savingsReportSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const db = await request.readDb();
      const set = await configuredFactorSet(db, config.defaultFactorSet);
      if (q.format === 'json') return savingsReport(db, q, set);
      const format = FORMATS[q.format];
      const name = `savings-${q.from ?? 'start'}-to-${q.to ?? 'now'}.${format.extension}`;
      reply.type(format.type).header('content-disposition', `attachment; filename="${name}"`);
      // Streams bypass the JSON serializer; their content type is set above.
      if (q.format === 'csv' || q.format === 'geojson')
        return reply.send(Readable.from(FORMATS[q.format].write(db, q)) as never);
      if (q.format === 'gpkg') return reply.send((await savingsGeoPackage(db, q)) as never);
      const report = await savingsReport(db, q, set);
      const indicators = await indicatorsReport(db, { from: q.from, to: q.to, region: q.region, material: q.material, format: 'json' });
      if (q.format === 'xlsx') return reply.send(xlsxExport(db, q, report, indicators) as never);
      const byMonth = await savingsReport(db, { ...q, groupBy: 'month' }, set);
      return reply.send((await pdfExport(db, report, byMonth, indicators)) as never);
    },
  );
};

export default reportRoutes;
