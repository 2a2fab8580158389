// What the committee pack adds on top of the meetings (issue 14): the agencies that did not report
// by a deadline, the weakest ITA groups with n of N and the demo badge, /report as the live draft
// of the next meeting's pack, packs frozen in the first format, and running texts that stay text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { agencies, itaResults, valueSubmissions } from '../../db/schema';
import { SESSION_COOKIE, createSession } from '../../server/accounts/session';
import { buildApp } from '../../server/app';
import { todayInThailand } from '../../server/lib/time';
import { nextMeeting } from '../../server/meetings/meetings';
import { renderPackHtml } from '../../server/meetings/pack-html';
import { previewNextPack, previewPack, type StoredPack } from '../../server/meetings/snapshot';
import { overdueAgencies } from '../../server/reporting/completeness';
import { itaGrade } from '../../shared/ita';
import { callerFor } from '../helpers/caller';
import { createTestDb, freshDbPerTest } from '../helpers/db';
import { isoDay, setupReporting } from '../helpers/reporting';

const t = freshDbPerTest(setupReporting);

// Freezing here never needs the PDF.
let savedChrome: string | undefined;
beforeEach(() => {
  savedChrome = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chromium';
});
afterEach(() => {
  if (savedChrome === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = savedChrome;
});

const render = (snap: StoredPack) => renderPackHtml(snap, { lang: 'th', cal: 'be', fontCss: '' });

describe('agencies that did not report by the deadline', () => {
  it('counts n of N in the latest period past its deadline and names the first by Thai name, badged as examples', () => {
    const { db, world } = t;
    // P41 reported its province indicator for 2568 (the latest period past its deadline), nobody else did.
    const p41 = world.agencyIds.P41;
    db.insert(valueSubmissions).values({ indicatorId: world.ind['S3-EX-01']!, year: 2568, agencyId: p41, value: 5, status: 'submitted', createdBy: world.ids.reporterB.id }).run();

    const all = overdueAgencies(db, { limit: 500 })!;
    expect(all).toMatchObject({ year: 2568, locked: true, examplesOnly: true });
    expect(all.assigned).toBe(77); // 76 provinces and the OCSC
    expect(all.overdue).toBe(76);
    expect(all.first.map((a) => a.code)).not.toContain('P41');
    expect(all.first.find((a) => a.code === 'OCSC')).toMatchObject({ missing: 3, isDemo: false });
    const names = all.first.map((a) => a.nameTh);
    expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));

    const pack = previewNextPack(db);
    expect(pack.overdueAgencies).toMatchObject({ year: 2568, assigned: 77, overdue: 76 });
    expect(pack.overdueAgencies!.first.map((a) => a.code)).toEqual(all.first.slice(0, 8).map((a) => a.code));
    const html = render(pack);
    expect(html).toContain('หน่วยงานที่ยังไม่รายงานเมื่อพ้นกำหนด');
    expect(html).toContain('76 จาก 77 หน่วยงาน');
    expect(html).toContain(`${all.first[0]!.nameTh}, ${all.first[1]!.nameTh}`);
    expect(html).toContain('และอีก 68 หน่วยงาน');
  });

  it('says so when no period is past its deadline', () => {
    const db = createTestDb();
    try {
      expect(overdueAgencies(db, { limit: 8 })).toBeNull();
      expect(render(previewNextPack(db))).toContain('ยังไม่มีรอบการรายงานที่พ้นกำหนดส่ง');
    } finally {
      db.$client.close();
    }
  });
});

/** One year of ITA results for a hand-made set of agencies (the seed's published rows dropped). */
function itaWorld(db: Db) {
  db.delete(itaResults).run();
  const add = (code: string, type: 'sao' | 'municipality' | 'pao', provinceCode: string, isDemo: boolean, total: number | null) => {
    const row = db.insert(agencies).values({ code, nameTh: `ทดสอบ ${code}`, nameEn: `Test ${code}`, level: 'local', type, provinceCode, isDemo }).returning({ id: agencies.id }).get();
    if (total === null) return;
    const scores = { total, iit: total, eit: total, oit: total };
    db.insert(itaResults).values({ agencyId: row.id, year: 2568, ...scores, grade: itaGrade(2568, scores), isDemo }).run();
  };
  // Demo SAOs: 2 of 6 pass (one more in the registry without a result); municipalities: 4 of 5; PAOs: 2 assessed, too few to rank.
  [90, 86, 70, 60, 80, 84].forEach((s, i) => add(`T-SAO-${i}`, 'sao', '71', true, s));
  add('T-SAO-X', 'sao', '71', true, null);
  [90, 95, 88, 87, 50].forEach((s, i) => add(`T-MUN-${i}`, 'municipality', '41', false, s));
  [10, 20].forEach((s, i) => add(`T-PAO-${i}`, 'pao', '50', false, s));
}

describe('the ITA section: weakest groups', () => {
  it('ranks agency types and province groups by pass rate with n of N, leaves out groups under 5 assessed, and badges demo rows', () => {
    const { db } = t;
    itaWorld(db);
    const pack = previewNextPack(db);
    const w = pack.ita.weakestGroups!;
    expect(w).toMatchObject({ year: 2568, minAssessed: 5 });
    const byType = w.dimensions.find((d) => d.by === 'type')!.groups;
    expect(byType.map((g) => [g.key, g.assessed, g.agencies, g.passPercent, g.demoRows])).toEqual([
      ['sao', 6, 7, 33.33, 6],
      ['municipality', 5, 5, 80, 0],
    ]);
    const byGroup = w.dimensions.find((d) => d.by === 'group')!.groups;
    expect(byGroup.map((g) => g.assessed)).toEqual([6, 5]);
    expect(byGroup[0]!.demoRows).toBe(6);
    expect(byGroup[0]!.agencies).toBeGreaterThanOrEqual(7);

    const html = render(pack);
    expect(html).toContain('กลุ่มหน่วยงานที่ผลต่ำที่สุด (2568)');
    expect(html).toMatch(/องค์การบริหารส่วนตำบล[^<]*<span class="badge">ข้อมูลสาธิต<\/span><\/td><td>6 \/ 7<\/td>/);
    expect(html).toMatch(/เทศบาล<\/td><td>5 \/ 5<\/td>/);
    expect(html).not.toMatch(/องค์การบริหารส่วนจังหวัด[^<]*<\/td><td>2/);
  });
});

describe('/report: the live draft of the next meeting’s pack', () => {
  it('picks the next meeting without a frozen pack, else one being prepared, else a meeting not yet entered', async () => {
    const { db, world } = t;
    const admin = callerFor(db, world.ids.admin);
    expect(nextMeeting(db)).toMatchObject({ scheduled: false, numberTh: 'ครั้งถัดไป (ยังไม่กำหนดวัน)', meetingDate: todayInThailand() });
    expect(await admin.meeting.next()).toMatchObject({ meetingId: null, scheduled: false });

    const held = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-30) });
    expect(nextMeeting(db)).toMatchObject({ id: held.id, scheduled: true }); // held, its pack not frozen yet
    await admin.meeting.freeze({ meetingId: held.id });
    expect(nextMeeting(db).scheduled).toBe(false);
    const later = await admin.meeting.save({ numberTh: 'ครั้งที่ 3/2569', meetingDate: isoDay(60) });
    const soon = await admin.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: isoDay(20) });
    expect(await admin.meeting.next()).toMatchObject({ meetingId: soon.id, numberTh: 'ครั้งที่ 2/2569', scheduled: true });
    await admin.meeting.freeze({ meetingId: soon.id });
    expect((await admin.meeting.next()).meetingId).toBe(later.id);
  });

  it('serves the draft to insiders only, marked DRAFT, with the open actions carried and the last frozen pack compared', async () => {
    const { db, world } = t;
    const admin = callerFor(db, world.ids.admin);
    const held = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-30) });
    await admin.meeting.saveAction({ meetingId: held.id, kind: 'action', textTh: 'เร่งรัดการรายงาน', ownerAgencyCode: 'OCSC', dueDate: isoDay(-1) });
    await admin.meeting.freeze({ meetingId: held.id });
    const next = await admin.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: isoDay(20) });
    await admin.meeting.saveCommentary({ meetingId: next.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'ร่างความเห็นยังไม่เสนอ', state: 'draft', version: null });
    await admin.meeting.saveCommentary({ meetingId: next.id, subjectType: 'strategy', subjectKey: '2', bodyTh: 'ความเห็นพร้อมเสนอ', state: 'ready', version: null });

    const app = await buildApp({ db, serveClient: false, logger: false });
    try {
      const as = (userId?: number) => ({ cookie: userId ? `${SESSION_COOKIE}=${createSession(db, userId).token}` : '' });
      const get = (userId?: number) => app.inject({ method: 'GET', url: '/report/preview.html', headers: as(userId) });
      expect((await get()).statusCode).toBe(401);
      expect((await get(world.ids.reporterA.id)).statusCode).toBe(403);
      const res = await get(world.ids.committee.id);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.body).toContain('ร่าง / DRAFT');
      expect(res.body).toContain('ครั้งที่ 2/2569');
      expect(res.body).toContain('ความเห็นพร้อมเสนอ');
      expect(res.body).not.toContain('ร่างความเห็นยังไม่เสนอ');
      expect(res.body).toContain('เร่งรัดการรายงาน');
      // The same document as the meeting's own preview.
      const strip = (s: string) => s.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '');
      expect(strip(render(previewNextPack(db)))).toBe(strip(render(previewPack(db, next.id))));
      const en = await app.inject({ method: 'GET', url: '/report/preview.html?lang=en&cal=ce', headers: as(world.ids.analyst.id) });
      expect(en.statusCode).toBe(200);
      expect(en.body).toContain('DRAFT');
      expect((await app.inject({ method: 'GET', url: '/report/preview.html?lang=xx', headers: as(world.ids.analyst.id) })).statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});

describe('the pack document', () => {
  it('renders a pack frozen in the first format (without overdue agencies and weakest groups)', () => {
    const { db } = t;
    const current = previewNextPack(db);
    const { overdueAgencies: _o, ...rest } = current;
    const { weakestGroups: _w, ...ita } = current.ita;
    const old: StoredPack = { ...rest, format: 1, ita };
    const html = render(old);
    expect(html).toContain('บทสรุปสำหรับผู้บริหาร');
    expect(html).not.toContain('หน่วยงานที่ยังไม่รายงานเมื่อพ้นกำหนด');
    expect(html).not.toContain('กลุ่มหน่วยงานที่ผลต่ำที่สุด');
  });

  it('prints the running header and footer as page margin boxes whose text cannot leave its CSS string', () => {
    const { db } = t;
    const pack = previewNextPack(db);
    const hostile = { ...pack, meeting: { ...pack.meeting, numberTh: 'ครั้งที่ "9" \\ </style><script>alert(1)</script>' } };
    const html = render(hostile);
    expect(html).not.toContain('<script>');
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).toContain('@top-left');
    expect(style).toContain('counter(page) " / " counter(pages)');
    expect(style).toContain('ครั้งที่ \\"9\\" \\\\ \\3c /style>\\3c script>');
    expect(style).toContain('ข้อมูล ณ');
  });
});
