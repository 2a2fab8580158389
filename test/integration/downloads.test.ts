import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';

const fresh = freshDbPerTest();
let app: FastifyInstance;
beforeEach(async () => {
  app = await buildApp({ db: fresh.db, serveClient: false, logger: false });
});
afterEach(async () => {
  await app.close();
});

/** Minimal RFC 4180 parser for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

async function expectedRowCount() {
  const list = await callerFor(fresh.db).indicator.list();
  return list.reduce((n, i) => n + new Set([...i.values.map((v) => v.year), ...i.targets.map((t) => t.year)]).size, 0);
}

describe('GET /download/indicators.csv', () => {
  it('is UTF-8 with a byte-order mark and Thai headers, one row per indicator × year', async () => {
    const res = await app.inject({ method: 'GET', url: '/download/indicators.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('indicators.csv');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.body.slice(1));
    expect(rows[0]).toEqual([
      'รหัสตัวชี้วัด',
      'ชื่อตัวชี้วัด (ไทย)',
      'ชื่อตัวชี้วัด (อังกฤษ)',
      'ยุทธศาสตร์ที่',
      'หน่วย',
      'ปี พ.ศ.',
      'ปี ค.ศ.',
      'ชนิดของปี',
      'ค่าจริง',
      'จำนวนประเทศที่จัดอันดับ',
      'ค่าเป้าหมาย',
      'สถานะ ณ ปีนั้น',
      'แหล่งข้อมูล',
      'ลิงก์แหล่งข้อมูล',
      'ข้อมูลตัวอย่าง',
      'ความครอบคลุม (อนุมัติ/มอบหมาย)',
      'ค่าชั่วคราว (ยังไม่ครบเกณฑ์เผยแพร่)',
    ]);
    expect(rows.length - 1).toBe(await expectedRowCount());
    const cpi2024 = rows.find((r) => r[0] === 'CPI-SCORE' && r[5] === '2567');
    expect(cpi2024?.slice(4, 12)).toEqual(['คะแนน', '2567', '2024', 'ปีของฉบับ (ดัชนีสากล)', '34', '', '', 'ไม่เป็นไปตามแผน']);
    expect(cpi2024?.[13]).toMatch(/^https?:\/\//);
    const ita2568 = rows.find((r) => r[0] === 'ITA-PASS' && r[5] === '2568');
    expect(ita2568?.slice(8, 12)).toEqual(['94.17', '', '80', 'บรรลุเป้าหมาย']);
    // A target-only year has a target and no value, so no status.
    const cpi2570 = rows.find((r) => r[0] === 'CPI-SCORE' && r[5] === '2570');
    expect(cpi2570?.slice(8, 12)).toEqual(['', '', '57', '']);
    expect(rows.find((r) => r[0] === 'S1-EX-01')?.[14]).toBe('ใช่ (ตัวอย่าง)');
    expect(rows.find((r) => r[0] === 'CPI-RANK' && r[5] === '2568')?.[9]).toBe('182');
    // A figure published as such has no coverage to state.
    expect(cpi2024?.slice(15, 17)).toEqual(['', '']);
  });

  it("the latest year's status is the indicator page's status", async () => {
    const res = await app.inject({ method: 'GET', url: '/download/indicators.csv?lang=en' });
    const rows = parseCsv(res.body.slice(1));
    for (const code of ['CPI-SCORE', 'CPI-RANK', 'ITA-PASS']) {
      const detail = await callerFor(fresh.db).indicator.byCode({ code });
      const latest = detail.values.at(-1)!;
      const row = rows.find((r) => r[0] === code && r[5] === String(latest.year));
      const label = { achieved: 'Achieved', on_track: 'On track', needs_attention: 'Needs attention', off_track: 'Off track', no_target: 'No target set', no_data: 'No data' }[detail.status.status];
      expect(row?.[11], code).toBe(label);
    }
  });

  it('?lang=en gives English headers and labels; a bad lang is refused naming the field', async () => {
    const en = await app.inject({ method: 'GET', url: '/download/indicators.csv?lang=en' });
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-disposition']).toContain('indicators-en.csv');
    const rows = parseCsv(en.body.slice(1));
    expect(rows[0]?.slice(0, 3)).toEqual(['Indicator code', 'Name (Thai)', 'Name (English)']);
    expect(rows.find((r) => r[0] === 'ITA-PASS' && r[5] === '2568')?.[11]).toBe('Achieved');
    const bad = await app.inject({ method: 'GET', url: '/download/indicators.csv?lang=fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_input', field: 'lang', fieldErrors: [expect.objectContaining({ field: 'lang', code: 'invalid_option' })] });
  });
});

describe('GET /download/indicators.xlsx', () => {
  it('opens with exceljs: a formatted Thai header and the same rows as the CSV', async () => {
    const res = await app.inject({ method: 'GET', url: '/download/indicators.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('ตัวชี้วัด');
    expect(sheet).toBeDefined();
    const header = sheet!.getRow(1);
    expect(header.getCell(1).value).toBe('รหัสตัวชี้วัด');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.rowCount - 1).toBe(await expectedRowCount());
    const ita = sheet!.getRows(2, sheet!.rowCount - 1)!.find((r) => r.getCell(1).value === 'ITA-PASS' && r.getCell(6).value === 2568);
    expect(ita?.getCell(9).value).toBe(94.17);
    expect(ita?.getCell(12).value).toBe('บรรลุเป้าหมาย');
    expect(wb.getWorksheet('เกี่ยวกับข้อมูล')).toBeDefined();
  });

  it('?lang=en names the sheet in English; downloads write nothing', async () => {
    const before = tableCounts(fresh.db);
    const res = await app.inject({ method: 'GET', url: '/download/indicators.xlsx?lang=en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Indicators')?.getRow(1).getCell(1).value).toBe('Indicator code');
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});
