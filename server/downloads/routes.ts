// Stable URLs for the whole dataset: /download/indicators.csv and /download/indicators.xlsx
// (?lang=en for English headers). Public, like the published figures they contain.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client';
import { DownloadQuerySchema } from '../../shared/schemas/downloads';
import { parseQuery } from '../lib/http-errors';
import { indicatorsCsv, indicatorsXlsx } from './indicator-downloads';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const downloadRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/download/indicators.csv', async (req, reply) => {
    const q = parseQuery(DownloadQuerySchema, req.query, reply);
    if (!q) return reply;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="indicators${q.lang === 'en' ? '-en' : ''}.csv"`)
      .header('cache-control', 'no-cache')
      .send(indicatorsCsv(db, q.lang));
  });

  app.get('/download/indicators.xlsx', async (req, reply) => {
    const q = parseQuery(DownloadQuerySchema, req.query, reply);
    if (!q) return reply;
    const body = await indicatorsXlsx(db, q.lang);
    return reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="indicators${q.lang === 'en' ? '-en' : ''}.xlsx"`)
      .header('cache-control', 'no-cache')
      .send(body);
  });
};

export default downloadRoutes;
