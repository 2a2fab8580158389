// /download/forms/:formId/responses.csv|.xlsx — a form's anonymous responses, for insiders only
// (the session cookie decides, as for tRPC). CSV is UTF-8 with a byte-order mark so Excel shows Thai.
import ExcelJS from 'exceljs';
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client';
import { hasRole } from '../../shared/domain';
import { FormDownloadQuery } from '../../shared/schemas/activities';
import { SESSION_COOKIE, resolveSession } from '../accounts/session';
import { toCsv } from '../../shared/csv';
import { styleHeader } from '../downloads/indicator-downloads';
import { parseQuery, sendError } from '../lib/http-errors';
import { responsesTable } from './forms';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function responsesXlsx(table: { headers: string[]; rows: Array<Array<string | number | null>> }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ethics-strategy-tracker';
  const sheet = wb.addWorksheet('responses');
  sheet.addRow(table.headers);
  // Text answers stay text: a comment starting with "=" is never a formula.
  for (const r of table.rows) sheet.addRow(r.map((c) => (typeof c === 'string' && /^[=+\-@]/.test(c) ? `'${c}` : c)));
  styleHeader(sheet, table.headers.length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const formDownloadRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  for (const type of ['csv', 'xlsx'] as const) {
    app.get<{ Params: { formId: string } }>(`/download/forms/:formId/responses.${type}`, async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const user = token ? resolveSession(db, token) : null;
      if (!user) return sendError(reply, 401, { code: 'unauthenticated' });
      if (!hasRole(user.role, 'insiders')) return sendError(reply, 403, { code: 'forbidden_role', params: { roles: ['admin', 'committee', 'analyst'] } });
      const q = parseQuery(FormDownloadQuery, { ...(req.query as object), formId: req.params.formId }, reply);
      if (!q) return reply;
      let table;
      try {
        table = responsesTable(db, q.formId, q.lang);
      } catch {
        return sendError(reply, 404, { code: 'not_found', params: { entity: 'form', key: String(q.formId) } });
      }
      const name = `form-${q.formId}-responses`;
      return reply
        .header('content-type', type === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${name}.${type}"`)
        .header('cache-control', 'no-store')
        .send(type === 'csv' ? toCsv(table.headers, table.rows) : await responsesXlsx(table));
    });
  }
};

export default formDownloadRoutes;
