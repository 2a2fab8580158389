// /download/ita-template.csv|.xlsx — the ITA import template — and /download/ita-results.csv|.xlsx
// ?year= — a year's results in the same format. Public, like the analytics they come from.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Db } from '../../db/client';
import { ItaDownloadQuery } from '../../shared/schemas/ita';
import { parseQuery } from '../lib/http-errors';
import { resolveDownloadYear, resultsTable, tableCsv, tableXlsx, templateTable } from './export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(reply: FastifyReply, name: string, type: 'csv' | 'xlsx', body: string | Buffer) {
  return reply
    .header('content-type', type === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${name}.${type}"`)
    .header('cache-control', 'no-cache')
    .send(body);
}

const itaDownloadRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  for (const type of ['csv', 'xlsx'] as const) {
    app.get(`/download/ita-template.${type}`, async (req, reply) => {
      const q = parseQuery(ItaDownloadQuery, req.query, reply);
      if (!q) return reply;
      const table = templateTable(q.lang);
      const name = `ita-template${q.lang === 'en' ? '-en' : ''}`;
      return send(reply, name, type, type === 'csv' ? tableCsv(table) : await tableXlsx(table, q.lang, 'ITA'));
    });

    app.get(`/download/ita-results.${type}`, async (req, reply) => {
      const q = parseQuery(ItaDownloadQuery, req.query, reply);
      if (!q) return reply;
      const table = resultsTable(db, q.lang, resolveDownloadYear(db, q.year));
      const name = `ita-results-${table.year ?? 'none'}${q.lang === 'en' ? '-en' : ''}`;
      return send(reply, name, type, type === 'csv' ? tableCsv(table) : await tableXlsx(table, q.lang, `ITA ${table.year ?? ''}`.trim()));
    });
  }
};

export default itaDownloadRoutes;
