// Open data over real HTTP (issue "Open data"): every documented path answers with what the
// pages show, malformed input gets the error contract naming the parameter, unpublished values
// never appear, the OpenAPI document validates, the catalogue's links answer with their media
// types, all.zip holds what its README lists, and a CSV keeps Thai (BOM) with the README's columns.
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { buildApp } from '../../server/app';
import { API_ROUTES } from '../../server/open-data/api';
import { INDICATOR_CSV_FIELDS } from '../../server/open-data/files';
import { OdAgencyPage, OdIndicatorDetail, OdMeetingPack, OdPlan } from '../../shared/schemas/open-data';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { isoDay, setupReporting } from '../helpers/reporting';
import { insertUser } from '../helpers/users';

const t = freshDbPerTest(setupReporting);
let app: FastifyInstance;
let base: string;

beforeEach(async () => {
  app = await buildApp({ db: t.db, serveClient: false, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterEach(async () => {
  await app.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const getJson = async (path: string) => {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return res.json() as Promise<unknown>;
};

/** A concrete URL for each documented path. */
const SAMPLE: Record<string, string> = {
  '/api/v1/indicators/{code}': '/api/v1/indicators/CPI-SCORE',
  '/api/v1/agencies/{code}': '/api/v1/agencies/OCSC',
};

describe('the public REST API', () => {
  it('answers every documented path with 200, JSON, an ETag and its schema', async () => {
    const doc = (await getJson('/api/v1/openapi.json')) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    for (const route of API_ROUTES) {
      const url = SAMPLE[route.path] ?? route.path;
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('etag')).toBeTruthy();
      expect(res.headers.get('cache-control')).toBe('public, no-cache');
      const body = await res.json();
      expect(route.response.safeParse(body).success, url).toBe(true);
    }
  });

  it('matches what the pages show for the same inputs', async () => {
    const anonymous = callerFor(t.db);
    const page = await anonymous.indicator.byCode({ code: 'CPI-SCORE' });
    const api = OdIndicatorDetail.parse(await getJson('/api/v1/indicators/CPI-SCORE'));
    expect(api.values.map((v) => [v.year.be, v.value])).toEqual(page.values.map((v) => [v.year, v.value]));
    expect(api.targets.map((x) => [x.year.be, x.value])).toEqual(page.targets.map((x) => [x.year, x.value]));
    expect(api.status).toBe(page.status.status);
    expect(api.values[0]!.year.ce).toBe(api.values[0]!.year.be - 543);

    const overview = await anonymous.plan.overview();
    const plan = OdPlan.parse(await getJson('/api/v1/plan'));
    expect(plan.strategies.map((s) => s.no)).toEqual(overview.strategies.map((s) => s.no));
    expect(plan.visionTh).toBe(overview.plan.visionTh);

    const en = OdIndicatorDetail.parse(await getJson('/api/v1/indicators/CPI-SCORE?lang=en'));
    expect(en.name).toBe(page.nameEn);
    expect(api.name).toBe(page.nameTh);

    const agencies = OdAgencyPage.parse(await getJson('/api/v1/agencies?q=OCSC&limit=5'));
    expect(agencies.rows.map((a) => a.code)).toContain('OCSC');
    const all = OdAgencyPage.parse(await getJson('/api/v1/agencies?limit=1&offset=0'));
    const second = OdAgencyPage.parse(await getJson('/api/v1/agencies?limit=1&offset=1'));
    expect(all.total).toBeGreaterThan(1);
    expect(second.rows[0]!.code).not.toBe(all.rows[0]!.code);
  });

  it.each([
    ['/api/v1/agencies?limit=abc', 400, 'limit'],
    ['/api/v1/agencies?limit=100000', 400, 'limit'],
    ['/api/v1/indicators?strategy=9', 400, 'strategy'],
    ['/api/v1/indicators?lang=fr', 400, 'lang'],
    ['/api/v1/indicators/NO-SUCH', 404, 'code'],
    ['/data/indicators/NO-SUCH.csv', 404, 'code'],
    ['/data/indicators/CPI-SCORE.exe', 400, 'file'],
  ])('%s answers %i in the error contract naming %s', async (path, status, field) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; field?: string } };
    expect(body.error.field).toBe(field);
    expect(body.error.code).toMatch(/^[a-z_]+$/);
  });

  it('never shows an unpublished value; an approved one appears, flagged provisional with its coverage', async () => {
    const { world } = t;
    const db: Db = t.db;
    const before = OdIndicatorDetail.parse(await getJson('/api/v1/indicators/S3-EX-01'));
    expect(before.values.find((v) => v.year.be === world.year)).toBeUndefined();

    const reporter = insertUser(db, 'reporter', 'P41');
    const saved = await callerFor(db, reporter).reporting.save({ indicatorId: world.ind['S3-EX-01']!, year: world.year, value: 12345, version: null, intent: 'submit' });
    const pending = await get('/api/v1/indicators/S3-EX-01');
    expect(JSON.stringify(await pending.json())).not.toContain('12345');
    expect(await (await get('/data/indicators/S3-EX-01.csv')).text()).not.toContain('12345');

    await callerFor(db, world.ids.admin).review.approve({ id: saved.id, version: saved.version });
    const after = OdIndicatorDetail.parse(await getJson('/api/v1/indicators/S3-EX-01'));
    const point = after.values.find((v) => v.year.be === world.year)!;
    expect(point.value).toBe(12345);
    expect(point.provisional).toBe(true);
    expect(point.coverage).toEqual({ n: 1, N: 77 });
  });

  it('answers a repeat with the same ETag 304, and a changed answer with a new ETag', async () => {
    const first = await get('/api/v1/indicators/S3-EX-01');
    const etag = first.headers.get('etag')!;
    expect((await get('/api/v1/indicators/S3-EX-01', { 'if-none-match': etag })).status).toBe(304);
    await callerFor(t.db, t.world.ids.admin).planAdmin.setTarget({ indicatorCode: 'S3-EX-01', year: 2570, value: 999, reason: 'test' });
    const changed = await get('/api/v1/indicators/S3-EX-01', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('publishes an OpenAPI 3.1 document that validates and an interactive reference', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    const validated = (await SwaggerParser.validate(structuredClone(doc) as never)) as { openapi: string; paths: object };
    expect(validated.openapi).toBe('3.1.0');
    expect(Object.keys(validated.paths)).toHaveLength(API_ROUTES.length);
    const ui = await get('/api/v1/docs/');
    expect([200, 302]).toContain(ui.status);
  });
});

describe('open-data files and the catalogue', () => {
  it('lists datasets in DCAT whose every distribution answers with its media type; no example indicator among them', async () => {
    const res = await get('/data/catalog.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const catalog = (await res.json()) as {
      '@type': string;
      'dcat:dataset': Array<{ 'dct:identifier': string; 'dct:license': object; 'dcat:distribution': Array<{ 'dcat:downloadURL': { '@id': string }; 'dcat:mediaType': string }> }>;
    };
    expect(catalog['@type']).toBe('dcat:Catalog');
    const ids = catalog['dcat:dataset'].map((d) => d['dct:identifier']);
    expect(ids).toContain('ethics-strategy-CPI-SCORE');
    expect(ids).toContain('ethics-strategy-all');
    expect(ids.some((id) => id.includes('-EX-'))).toBe(false);
    let checked = 0;
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:license']).toBeTruthy();
      for (const d of dataset['dcat:distribution']) {
        const url = d['dcat:downloadURL']['@id'];
        expect(url.startsWith(base)).toBe(true);
        const answer = await fetch(url);
        expect(answer.status, url).toBe(200);
        expect(answer.headers.get('content-type')!.split(';')[0], url).toBe(d['dcat:mediaType']);
        await answer.arrayBuffer();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('all.zip unzips to the files its README lists, and a CSV keeps Thai with the README’s columns', async () => {
    const res = await get('/data/all.zip');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const readme = strFromU8(files['README.md']!);
    const listed = [...readme.matchAll(/^- (\S+\.(?:csv|json))$/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(10);
    expect(Object.keys(files).filter((f) => f !== 'README.md').sort()).toEqual([...listed].sort());
    expect(readme).toContain('CC BY 4.0');

    // Bytes, not a TextDecoder (which drops the byte-order mark).
    const csv = Buffer.from(files['indicators/CPI-SCORE.csv']!).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('คะแนนดัชนีการรับรู้การทุจริต');
    const header = csv.slice(1).split('\r\n')[0]!.split(',');
    const documented = [...readme.matchAll(/^- ([a-z_]+): /gm)].map((m) => m[1]);
    expect(header).toEqual(documented);
    expect(header).toEqual(INDICATOR_CSV_FIELDS.map((f) => f.name));

    // The same file at its own address, identical.
    const direct = new Uint8Array(await (await get('/data/indicators/CPI-SCORE.csv')).arrayBuffer());
    expect([...direct.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(direct).toString('utf8')).toBe(csv);
  });
});

describe('frozen committee packs in the API', () => {
  it('lists the frozen packs of public meetings with links that answer, and never a draft or a private meeting', async () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium'; // no PDF: the list says so with a null link
    try {
      const admin = callerFor(t.db, t.world.ids.admin);
      const listed = async (lang = 'th') => (await getJson(`/api/v1/meeting-packs?lang=${lang}`)) as unknown[];
      expect(await listed()).toEqual([]);

      const pub = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', numberEn: 'No. 1/2026', meetingDate: isoDay(-40), isPublic: true });
      const priv = await admin.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: isoDay(-20), isPublic: false });
      await admin.meeting.save({ numberTh: 'ครั้งที่ 3/2569', meetingDate: isoDay(10), isPublic: true }); // public, never frozen: a draft
      await admin.meeting.saveCommentary({ meetingId: pub.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'ความเห็นร่างห้ามเผยแพร่', state: 'draft', version: null });
      await admin.meeting.freeze({ meetingId: pub.id });
      await admin.meeting.freeze({ meetingId: pub.id, reason: 'แก้ตัวเลขตาราง' });
      await admin.meeting.freeze({ meetingId: priv.id });

      const packs = (await listed()).map((p) => OdMeetingPack.parse(p));
      expect(packs.map((p) => [p.meeting.number, p.issue, p.reason])).toEqual([
        ['ครั้งที่ 1/2569', 2, 'แก้ตัวเลขตาราง'],
        ['ครั้งที่ 1/2569', 1, null],
      ]);
      expect(packs[0]!.meeting).toMatchObject({ numberEn: 'No. 1/2026', isDemo: false, date: isoDay(-40) });
      expect(packs[0]!.links).toEqual({ pdf: null, html: `/meetings/${pub.id}/pack.html?v=2`, page: `/meetings/${pub.id}/pack?v=2` });
      expect(new Date(packs[0]!.frozenAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      const body = JSON.stringify(packs);
      expect(body).not.toContain('ครั้งที่ 2/2569');
      expect(body).not.toContain('ครั้งที่ 3/2569');
      // The linked document answers anonymously, without the draft commentary.
      const html = await get(packs[1]!.links.html);
      expect(html.status).toBe(200);
      expect(await html.text()).not.toContain('ความเห็นร่างห้ามเผยแพร่');
      // English names where asked for.
      const en = (await listed('en')).map((p) => OdMeetingPack.parse(p));
      expect(en[0]!.meeting.number).toBe('No. 1/2026');
      expect(en[0]!.links.html).toBe(`/meetings/${pub.id}/pack.html?v=2&lang=en`);

      // Made private again: gone from the list.
      const current = await admin.meeting.get({ meetingId: pub.id });
      await admin.meeting.save({ id: pub.id, version: current.meeting.version, numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-40), isPublic: false });
      expect(await listed()).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
