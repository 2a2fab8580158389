// Committee meetings and frozen packs (issue 14) through the tRPC router on a real database.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, indicators, indicatorValues, meetingPacks } from '../../db/schema';
import { SESSION_COOKIE, createSession } from '../../server/accounts/session';
import { buildApp } from '../../server/app';
import { chromePath } from '../../server/meetings/pack-pdf';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { isoDay } from '../helpers/reporting';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest();
const hasChromium = chromePath() !== null;

/** Most tests freeze without a browser (fast); the PDF test below uses the real one. */
let savedChrome: string | undefined;
beforeEach(() => {
  savedChrome = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chromium';
});
afterEach(() => {
  if (savedChrome === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = savedChrome;
});

function actors() {
  const db = fresh.db;
  return {
    admin: callerFor(db, insertUser(db, 'admin')),
    committee: callerFor(db, insertUser(db, 'committee')),
    reporter: callerFor(db, insertUser(db, 'reporter', 'OCSC')),
    anonymous: callerFor(db),
  };
}

describe('meetings', () => {
  it('keeps a draft pack and draft commentary from anonymous visitors, and shows only the frozen, public pack without drafts', async () => {
    const { admin, anonymous, reporter, committee } = actors();
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-10), agenda: ['ติดตามผล'] });
    await admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'ร่างลับยังไม่เสนอ', state: 'draft', version: null });
    await admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'strategy', subjectKey: '2', bodyTh: 'ความเห็นพร้อมเสนอ', state: 'ready', version: null });

    // Not frozen, not public: nothing for anonymous visitors or reporters.
    expect(await anonymous.meeting.list()).toEqual([]);
    await expectTrpcError(anonymous.meeting.pack({ meetingId: m.id }), 'not_found');
    await expectTrpcError(anonymous.meeting.preview({ meetingId: m.id }), 'unauthenticated');
    await expectTrpcError(anonymous.meeting.get({ meetingId: m.id }), 'unauthenticated');
    await expectTrpcError(reporter.meeting.preview({ meetingId: m.id }), 'forbidden_role');
    // The committee reads the live draft; it holds ready commentary only and counts the draft.
    const preview = await committee.meeting.preview({ meetingId: m.id });
    expect(preview.draft).toBe(true);
    expect(preview.commentary.map((c) => c.bodyTh)).toEqual(['ความเห็นพร้อมเสนอ']);
    expect(preview.draftsLeftOut).toBe(1);

    // Public but not frozen: still nothing (a draft is never public).
    const saved = await admin.meeting.save({ id: m.id, version: m.version, numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-10), agenda: ['ติดตามผล'], isPublic: true });
    expect(await anonymous.meeting.list()).toEqual([]);
    await expectTrpcError(anonymous.meeting.pack({ meetingId: m.id }), 'not_found');

    const frozen = await admin.meeting.freeze({ meetingId: m.id });
    expect(frozen.draftsLeftOut).toBe(1);
    const list = await anonymous.meeting.list();
    expect(list.map((x) => x.numberTh)).toEqual(['ครั้งที่ 1/2569']);
    const pack = await anonymous.meeting.pack({ meetingId: m.id });
    expect(JSON.stringify(pack.snapshot)).not.toContain('ร่างลับยังไม่เสนอ');
    expect(pack.snapshot.commentary.map((c) => c.bodyTh)).toEqual(['ความเห็นพร้อมเสนอ']);
    // The province figures behind the pack's map are frozen with it.
    expect(pack.snapshot.format).toBeGreaterThanOrEqual(2);
    expect(pack.snapshot.ita.provinces?.length).toBeGreaterThan(0);
    expect(pack.snapshot.ita.provinces?.every((p) => /^\d\d$/.test(p.code) && p.assessed > 0)).toBe(true);

    // Made private again: the frozen pack is gone for anonymous visitors, not for the committee.
    await admin.meeting.save({ id: m.id, version: saved.version, numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-10), isPublic: false });
    await expectTrpcError(anonymous.meeting.pack({ meetingId: m.id }), 'not_found');
    expect((await committee.meeting.pack({ meetingId: m.id })).packVersion).toBe(1);
  });

  it('carries open actions into the next meeting’s pack, marks the overdue ones and lists those closed since', async () => {
    const { admin } = actors();
    const m1 = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-60) });
    await admin.meeting.saveAction({ meetingId: m1.id, kind: 'action', textTh: 'จัดทำแนวทาง', ownerAgencyCode: 'OCSC', dueDate: isoDay(-5) });
    const toClose = await admin.meeting.saveAction({ meetingId: m1.id, kind: 'action', textTh: 'รายงานผลการอบรม', ownerAgencyCode: 'NACC', dueDate: isoDay(60) });
    await admin.meeting.freeze({ meetingId: m1.id });

    await admin.meeting.saveAction({ id: toClose.id, version: toClose.version, meetingId: m1.id, kind: 'action', textTh: 'รายงานผลการอบรม', ownerAgencyCode: 'NACC', dueDate: isoDay(60), status: 'done' });
    const m2 = await admin.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: isoDay(30) });
    await admin.meeting.saveAction({ meetingId: m2.id, kind: 'decision', textTh: 'เห็นชอบรายงาน' });
    await admin.meeting.freeze({ meetingId: m2.id });

    const pack = (await admin.meeting.pack({ meetingId: m2.id })).snapshot;
    const byText = Object.fromEntries(pack.actions.map((a) => [a.textTh, a]));
    expect(byText['จัดทำแนวทาง']).toMatchObject({ carried: true, overdue: true, status: 'open', meetingNumberTh: 'ครั้งที่ 1/2569' });
    expect(byText['เห็นชอบรายงาน']).toMatchObject({ carried: false, overdue: false });
    expect(byText['รายงานผลการอบรม']).toMatchObject({ carried: true, status: 'done', overdue: false });
    expect(pack.changes.actionsClosed.map((a) => a.textTh)).toEqual(['รายงานผลการอบรม']);
    // The earlier meeting's pack still shows both open, as they were.
    const first = (await admin.meeting.pack({ meetingId: m1.id })).snapshot;
    expect(first.actions.map((a) => [a.textTh, a.status])).toEqual([['จัดทำแนวทาง', 'open'], ['รายงานผลการอบรม', 'open']]);
  });

  it('lists exactly the status changes between two frozen packs, and the target set in between', async () => {
    const { admin } = actors();
    const m1 = await admin.meeting.save({ numberTh: 'ครั้งที่ 1/2569', meetingDate: isoDay(-60) });
    await admin.meeting.freeze({ meetingId: m1.id });
    const before = (await admin.meeting.pack({ meetingId: m1.id })).snapshot;
    const itaMean = before.goalIndicators.find((i) => i.code === 'ITA-MEAN');
    expect(itaMean?.status.status).toBe('no_target');

    await admin.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2570, value: 95 });
    const m2 = await admin.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: isoDay(30) });
    await admin.meeting.freeze({ meetingId: m2.id });
    const after = (await admin.meeting.pack({ meetingId: m2.id })).snapshot;
    const now = after.goalIndicators.find((i) => i.code === 'ITA-MEAN')!.status.status;
    expect(now).not.toBe('no_target');
    expect(after.changes.statusChanges).toEqual([{ code: 'ITA-MEAN', nameTh: itaMean!.nameTh, nameEn: itaMean!.nameEn, from: 'no_target', to: now }]);
    expect(after.changes.targetChanges.map((t) => [t.code, t.year, t.from, t.to])).toEqual([['ITA-MEAN', 2570, null, 95]]);
    expect(after.previous).toMatchObject({ numberTh: 'ครั้งที่ 1/2569', frozen: true });
  });

  it('re-issues a frozen pack only as a new version with a reason; the first issue stays as it was', async () => {
    const { admin } = actors();
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 3/2569', meetingDate: isoDay(-1) });
    await admin.meeting.freeze({ meetingId: m.id });
    await expectTrpcError(admin.meeting.freeze({ meetingId: m.id }), 'reason_required', 'reason');
    const second = await admin.meeting.freeze({ meetingId: m.id, reason: 'แก้ไขความเห็นยุทธศาสตร์ที่ 2' });
    expect(second.packVersion).toBe(2);
    expect((await admin.meeting.pack({ meetingId: m.id })).snapshot.reason).toBe('แก้ไขความเห็นยุทธศาสตร์ที่ 2');
    expect((await admin.meeting.pack({ meetingId: m.id, packVersion: 1 })).snapshot.reason).toBeNull();
    const audit = fresh.db.select({ action: auditLog.action, reason: auditLog.reason }).from(auditLog).where(eq(auditLog.entity, 'meeting_pack')).all();
    expect(audit).toEqual([{ action: 'freeze', reason: null }, { action: 'reissue', reason: 'แก้ไขความเห็นยุทธศาสตร์ที่ 2' }]);
  });

  it('keeps the snapshot and says why when no PDF can be made (no Chromium)', async () => {
    const { admin } = actors();
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 4/2569', meetingDate: isoDay(-1) });
    const r = await admin.meeting.freeze({ meetingId: m.id });
    expect(r).toMatchObject({ hasPdf: false, pdfError: 'no_chromium' });
    const detail = await admin.meeting.get({ meetingId: m.id });
    expect(detail.packs).toMatchObject([{ packVersion: 1, hasPdf: false, pdfError: 'no_chromium' }]);
  });

  it('versions commentary writes: a stale edit is refused, and each write is audited', async () => {
    const { admin } = actors();
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 5/2569', meetingDate: isoDay(5) });
    const c1 = await admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'indicator', subjectKey: 'CPI-SCORE', bodyTh: 'ฉบับแรก', state: 'draft', version: null });
    const c2 = await admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'indicator', subjectKey: 'CPI-SCORE', bodyTh: 'ฉบับสอง', state: 'ready', version: c1.version });
    expect(c2).toMatchObject({ id: c1.id, version: 2, state: 'ready' });
    await expectTrpcError(admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'indicator', subjectKey: 'CPI-SCORE', bodyTh: 'ทับ', state: 'ready', version: 1 }), 'stale_version');
    await expectTrpcError(admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'indicator', subjectKey: 'CPI-SCORE', bodyTh: 'ซ้ำ', state: 'ready', version: null }), 'version_required');
    const rows = fresh.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'meeting_commentary')).all();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
  });
});

describe('the pack as a document over HTTP', () => {
  it('serves a frozen pack only where the API would: private ones are not found for anonymous visitors, the draft needs an insider', async () => {
    const db = fresh.db;
    const adminUser = insertUser(db, 'admin');
    const admin = callerFor(db, adminUser);
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 7/2569', meetingDate: isoDay(-1) });
    await admin.meeting.saveCommentary({ meetingId: m.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'ร่างที่ห้ามเผยแพร่', state: 'draft', version: null });
    await admin.meeting.freeze({ meetingId: m.id });
    const app = await buildApp({ db, serveClient: false, logger: false });
    try {
      const cookie = `${SESSION_COOKIE}=${createSession(db, adminUser.id).token}`;
      const get = (url: string, signedIn = false) => app.inject({ method: 'GET', url, headers: signedIn ? { cookie } : {} });
      expect((await get(`/meetings/${m.id}/pack.html`)).statusCode).toBe(404);
      expect((await get(`/meetings/${m.id}/pack.pdf`)).statusCode).toBe(404);
      expect((await get(`/meetings/${m.id}/preview.html`)).statusCode).toBe(401);
      const html = await get(`/meetings/${m.id}/pack.html`, true);
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain('ครั้งที่ 7/2569');
      expect(html.body).not.toContain('ร่างที่ห้ามเผยแพร่');
      expect(html.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      // No Chromium in this test: the frozen pack has no PDF, and says so with a 404 rather than an empty file.
      expect((await get(`/meetings/${m.id}/pack.pdf`, true)).statusCode).toBe(404);
      const preview = await get(`/meetings/${m.id}/preview.html`, true);
      expect(preview.body).toContain('ร่าง / DRAFT');
    } finally {
      await app.close();
    }
  });
});

describe.skipIf(!hasChromium)('frozen pack PDF', () => {
  it('stores a snapshot and a PDF; changing a value afterwards changes neither', { timeout: 120_000 }, async () => {
    process.env.CHROME_PATH = savedChrome ?? '';
    if (!process.env.CHROME_PATH) delete process.env.CHROME_PATH;
    const { admin } = actors();
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 6/2569', meetingDate: isoDay(-1) });
    const r = await admin.meeting.freeze({ meetingId: m.id });
    expect(r).toMatchObject({ hasPdf: true, pdfError: null });
    const read = () => fresh.db.select({ snapshot: meetingPacks.snapshot, pdf: meetingPacks.pdf }).from(meetingPacks).where(eq(meetingPacks.meetingId, m.id)).get()!;
    const stored = read();
    expect(stored.pdf!.subarray(0, 5).toString()).toBe('%PDF-');

    // Afterwards: a target is set and a new value arrives.
    await admin.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2570, value: 95 });
    const cpi = fresh.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'CPI-SCORE')).get()!;
    fresh.db.insert(indicatorValues).values({ indicatorId: cpi.id, year: 2569, value: 41 }).run();
    const live = await admin.meeting.preview({ meetingId: m.id });
    expect(live.goalIndicators.find((i) => i.code === 'ITA-MEAN')!.targets).toHaveLength(1);
    expect(live.goalIndicators.find((i) => i.code === 'CPI-SCORE')!.trend.at(-1)).toMatchObject({ year: 2569, value: 41 });

    const again = read();
    expect(again.snapshot).toEqual(stored.snapshot);
    expect(Buffer.compare(again.pdf!, stored.pdf!)).toBe(0);
    const pack = (await admin.meeting.pack({ meetingId: m.id })).snapshot;
    expect(pack.goalIndicators.find((i) => i.code === 'ITA-MEAN')!.targets).toEqual([]);
    expect(pack.goalIndicators.find((i) => i.code === 'CPI-SCORE')!.trend.at(-1)).toMatchObject({ year: 2568, value: 33 });
  });
});
