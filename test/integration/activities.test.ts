// Evaluation forms through the public link, results with their privacy rule, and rounds planned
// from a targeting selection (analysts draft, the secretariat confirms).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { formAnswers, formResponses, projectActivities, projectRounds } from '../../db/schema';
import ExcelJS from 'exceljs';
import { createSession, SESSION_COOKIE } from '../../server/accounts/session';
import { checkFormRate, FORM_SUBMIT_LIMIT } from '../../server/activities/rate-limit';
import { buildApp } from '../../server/app';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

function prepare(db: Db) {
  const admin = insertUser(db, 'admin');
  const analyst = insertUser(db, 'analyst');
  const committee = insertUser(db, 'committee');
  const round5 = db.select({ id: projectRounds.id }).from(projectRounds).where(eq(projectRounds.roundNo, 5)).get()!.id;
  const activityId = db.select({ id: projectActivities.id }).from(projectActivities).orderBy(projectActivities.id).get()!.id;
  return { admin, analyst, committee, round5, activityId };
}
const fresh = freshDbPerTest(prepare);

const openForm = async (db: Db, admin: ReturnType<typeof prepare>['admin'], roundId: number, days = { opensOn: '2020-01-01', closesOn: '2099-12-31' }) =>
  callerFor(db, admin).activity.formCreate({ roundId, titleTh: 'แบบประเมินผลการสัมมนา ครั้งที่ ๕', consentTh: 'ยินยอม', ...days, sets: ['satisfaction', 'comments'] });

/** A participant's phone: opens the link (gets a token) and answers every Likert question with `score`. */
async function answer(db: Db, publicId: string, score: number, extra: { trackId?: number | null; audienceId?: number | null; comment?: string } = {}) {
  const anon = callerFor(db);
  const form = await anon.activity.publicForm({ publicId });
  const answers = form.questions.map((q) => (q.kind === 'likert' ? { questionId: q.id, score } : { questionId: q.id, text: extra.comment ?? null }));
  const input = { publicId, token: form.token!, consent: true as const, trackId: extra.trackId ?? null, audienceId: extra.audienceId ?? null, answers };
  return { input, result: await anon.activity.submit(input) };
}

describe('a participant answers through the public link', () => {
  it('answers once without an account; the same token a second time is refused and nothing more is stored', async () => {
    const { db, world } = fresh;
    const { publicId } = await openForm(db, world.admin, world.round5);
    const form = await callerFor(db).activity.publicForm({ publicId });
    expect(form).toMatchObject({ state: 'open', round: { roundNo: 5 } });
    // 3 objectives + 3 expected outcomes + 3 satisfaction items + 1 comment.
    expect(form.questions.map((q) => q.kind)).toEqual([...Array(9).fill('likert'), 'text']);
    expect(form.questions[0]?.textTh).toContain('เพื่อเสริมสร้างความรู้ความเข้าใจ');
    expect(form.tracks.map((t) => t.audiences.length)).toEqual([3, 2]);

    const track = form.tracks[1]!;
    const { input } = await answer(db, publicId, 4, { trackId: track.id, audienceId: track.audiences[0]!.id, comment: 'ดีมาก' });
    expect(db.select().from(formResponses).all()).toHaveLength(1);
    expect(db.select().from(formAnswers).all()).toHaveLength(10);
    // The token is kept only as a hash.
    expect(db.select().from(formResponses).get()?.tokenHash).not.toBe(input.token);

    const before = tableCounts(db);
    await expectTrpcError(callerFor(db).activity.submit(input), 'already_answered');
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses a closed form, an unknown link, a forged token and malformed answers, writing nothing', async () => {
    const { db, world } = fresh;
    const { publicId } = await openForm(db, world.admin, world.round5);
    const { input } = await answer(db, publicId, 5);
    const good = { ...input, token: (await callerFor(db).activity.publicForm({ publicId })).token! };
    const before = tableCounts(db);
    const anon = callerFor(db);

    await expectTrpcError(anon.activity.submit({ ...good, token: `${good.token.split('.')[0]}.forged` }), 'invalid_token', 'token');
    // A Likert question left out, a score out of range, a text for a rating, a question of another form.
    await expectTrpcError(anon.activity.submit({ ...good, answers: good.answers.slice(1) }), 'answer_invalid', 'answers');
    await expectTrpcError(anon.activity.submit({ ...good, answers: good.answers.map((a, i) => (i === 0 ? { ...a, score: 7 } : a)) }), 'invalid_input');
    await expectTrpcError(anon.activity.submit({ ...good, answers: good.answers.map((a, i) => (i === 0 ? { ...a, score: null, text: 'x' } : a)) }), 'answer_invalid', 'answers');
    await expectTrpcError(anon.activity.submit({ ...good, answers: [...good.answers, { questionId: 99_999, score: 3, text: null }] }), 'answer_invalid', 'answers');
    await expectTrpcError(anon.activity.submit({ ...good, trackId: 99_999 }), 'not_in_round', 'trackId');
    // Consent is required.
    await expectTrpcError(anon.activity.submit({ ...good, consent: false as unknown as true }), 'invalid_input');
    await expectTrpcError(anon.activity.publicForm({ publicId: 'unknown-link-123' }), 'not_found', 'publicId');
    await expectTrpcError(anon.activity.submit({ ...good, publicId: 'unknown-link-123' }), 'not_found', 'publicId');
    expect(tableCounts(db)).toEqual(before);

    // Closed by the secretariat: the link says so and refuses answers.
    const formId = (await callerFor(db, world.admin).activity.round({ roundId: world.round5 })).forms[0]!.id;
    await callerFor(db, world.admin).activity.formClose({ formId, version: 1 });
    expect((await anon.activity.publicForm({ publicId })).state).toBe('closed');
    expect((await anon.activity.publicForm({ publicId })).token).toBeNull();
    const closed = tableCounts(db);
    await expectTrpcError(anon.activity.submit(good), 'form_closed');
    expect(tableCounts(db)).toEqual(closed);
  });

  it('closes by itself after its last day and refuses answers before it opens', async () => {
    const { db, world } = fresh;
    const past = await openForm(db, world.admin, world.round5, { opensOn: '2019-06-25', closesOn: '2019-06-26' });
    expect((await callerFor(db).activity.publicForm({ publicId: past.publicId })).state).toBe('closed');
    const future = await openForm(db, world.admin, world.round5, { opensOn: '2098-01-01', closesOn: '2098-01-02' });
    expect((await callerFor(db).activity.publicForm({ publicId: future.publicId })).state).toBe('not_open');
  });

  it('gives the secretariat the link from PUBLIC_URL (else the request origin) and a QR code as SVG', async () => {
    const { db, world } = fresh;
    const { id, publicId } = await openForm(db, world.admin, world.round5);
    const link = await callerFor(db, world.admin).activity.formLink({ formId: id });
    expect(link.url).toBe(`http://localhost:3000/f/${publicId}`);
    expect(link.svg).toMatch(/^<svg[^>]*viewBox/);
    process.env.PUBLIC_URL = 'https://ethics.example.go.th/';
    try {
      expect((await callerFor(db, world.admin).activity.formLink({ formId: id })).url).toBe(`https://ethics.example.go.th/f/${publicId}`);
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });

  it('tolerates a whole hotel behind one address, then limits', () => {
    const now = Date.now();
    for (let i = 0; i < FORM_SUBMIT_LIMIT; i++) checkFormRate('hotel-form', '203.0.113.7', now);
    expect(() => checkFormRate('hotel-form', '203.0.113.7', now)).toThrow('too_many_requests');
    // Another form, or another address, is counted apart.
    expect(() => checkFormRate('other-form', '203.0.113.7', now)).not.toThrow();
    expect(FORM_SUBMIT_LIMIT).toBeGreaterThanOrEqual(300);
  });
});

describe('results', () => {
  it('aggregate per question and track, and hide breakdowns with fewer than 5 responses', async () => {
    const { db, world } = fresh;
    const { id, publicId } = await openForm(db, world.admin, world.round5);
    const { tracks } = await callerFor(db).activity.publicForm({ publicId });
    const [t1, t2] = [tracks[0]!, tracks[1]!];
    // Four responses: too few for any breakdown or comments.
    for (const score of [5, 4, 4, 3]) await answer(db, publicId, score, { trackId: t1.id, audienceId: t1.audiences[0]!.id, comment: 'ความเห็น' });
    const few = await callerFor(db, world.committee).activity.formResults({ formId: id });
    expect(few.responses).toBe(4);
    expect(few.questions[0]?.all).toEqual({ n: 4, mean: 4, distribution: [0, 0, 1, 2, 1] });
    expect(few.questions[0]?.byTrack.every((b) => b.hidden)).toBe(true);
    expect(few.questions[0]?.byAudience.every((b) => b.hidden)).toBe(true);
    expect(few.comments[0]?.answers).toEqual([]);

    // Six more in track 1, one in track 2: track 1 (10) is shown, track 2 (1) stays hidden.
    for (const score of [5, 5, 5, 5, 4, 2]) await answer(db, publicId, score, { trackId: t1.id });
    await answer(db, publicId, 1, { trackId: t2.id });
    const r = await callerFor(db, world.analyst).activity.formResults({ formId: id });
    expect(r.responses).toBe(11);
    const q1 = r.questions[0]!;
    // (5+4+4+3+5+5+5+5+4+2+1) / 11 = 43 / 11
    expect(q1.all).toEqual({ n: 11, mean: 3.91, distribution: [1, 1, 1, 3, 5] });
    const b1 = q1.byTrack.find((b) => b.trackId === t1.id)!;
    const b2 = q1.byTrack.find((b) => b.trackId === t2.id)!;
    expect(b1).toMatchObject({ hidden: false, n: 10, mean: 4.2 });
    expect(b2).toEqual({ trackId: t2.id, hidden: true, n: 1 });
    // No mean of the single track-2 answer leaks anywhere in the answer.
    expect(JSON.stringify(r.questions.map((q) => q.byTrack.filter((b) => b.trackId === t2.id)))).not.toContain('mean');
    expect(r.questions[0]?.byAudience.find((b) => b.audienceId === t1.audiences[0]!.id)).toMatchObject({ hidden: true, n: 4 });
    expect(r.comments[0]?.answers).toEqual(['ความเห็น', 'ความเห็น', 'ความเห็น', 'ความเห็น']);
    expect(r.tracks.map((t) => t.responses)).toEqual([10, 1]);

    const compared = await callerFor(db, world.analyst).activity.compareRounds({ projectId: 1 });
    expect(compared.rounds).toEqual([expect.objectContaining({ roundNo: 5, responses: 11, hidden: false })]);
    expect(compared.rounds[0]?.means['objective:1']).toBe(3.91);
  });
});

describe('responses download', () => {
  it('gives insiders CSV with a byte-order mark and XLSX, anonymous rows; refuses the public', async () => {
    const { db, world } = fresh;
    const { id, publicId } = await openForm(db, world.admin, world.round5);
    await answer(db, publicId, 4, { comment: '=HYPERLINK("x")' });
    const app = await buildApp({ db, serveClient: false, logger: false });
    try {
      expect((await app.inject({ method: 'GET', url: `/download/forms/${id}/responses.csv` })).statusCode).toBe(401);
      const cookie = `${SESSION_COOKIE}=${createSession(db, world.analyst.id).token}`;
      const csv = await app.inject({ method: 'GET', url: `/download/forms/${id}/responses.csv`, headers: { cookie } });
      expect(csv.statusCode).toBe(200);
      expect(csv.body.startsWith('\uFEFF')).toBe(true);
      const lines = csv.body.trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('เพื่อเสริมสร้างความรู้ความเข้าใจ');
      // A comment is never a formula, and no token is in the file.
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
      expect(csv.body).not.toContain(db.select().from(formResponses).get()!.tokenHash);
      const xlsx = await app.inject({ method: 'GET', url: `/download/forms/${id}/responses.xlsx?lang=en`, headers: { cookie } });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets[0]?.rowCount).toBe(2);
      expect(String(wb.worksheets[0]?.getRow(1).getCell(5).value)).toContain('Objective 1');
      const missing = await app.inject({ method: 'GET', url: `/download/forms/99999/responses.csv`, headers: { cookie } });
      expect(missing.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('planning a round from a targeting selection', () => {
  it('creates a draft with exactly those provinces; an analyst can draft and not confirm; the secretariat confirms', async () => {
    const { db, world } = fresh;
    const analyst = callerFor(db, world.analyst);
    const draft = await analyst.activity.roundPlan({ activityId: world.activityId, provinceCodes: ['40', '44', '40'], basisYear: 2568, groupsTh: 'กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนกลาง' });
    expect(draft).toMatchObject({ roundNo: 6, status: 'draft', basisYear: 2568 });
    expect(draft.provinces.map((p) => p.code).sort()).toEqual(['40', '44']);
    // A draft is a plan: the public does not see it, and it is not a round held.
    expect((await callerFor(db).activity.list())[0]?.activities[0]?.rounds.map((r) => r.roundNo)).toEqual([5]);
    await expectTrpcError(callerFor(db).activity.round({ roundId: draft.id }), 'not_found', 'roundId');
    expect((await callerFor(db, world.analyst).ita.targeting({})).provinces.find((p) => p.code === '40')?.rounds).toBe(0);

    const before = tableCounts(db);
    await expectTrpcError(analyst.activity.roundConfirm({ roundId: draft.id, version: draft.version }), 'forbidden_role');
    expect(tableCounts(db)).toEqual(before);

    const confirmed = await callerFor(db, world.admin).activity.roundConfirm({ roundId: draft.id, version: draft.version });
    expect(confirmed.status).toBe('confirmed');
    // Once confirmed, the analyst can no longer edit or delete it.
    await expectTrpcError(analyst.activity.roundDelete({ roundId: draft.id, version: confirmed.version }), 'round_confirmed');
    expect((await callerFor(db).activity.round({ roundId: draft.id })).status).toBe('confirmed');
  });

  it('marks readiness per province (secretariat only), shown to insiders beside the band and hidden from the public', async () => {
    const { db, world } = fresh;
    await callerFor(db, world.admin).activity.readinessSet({ provinceCode: '41', readiness: 'ready', note: 'ผู้ว่าฯ สนับสนุน' });
    const inside = await callerFor(db, world.analyst).ita.targeting({});
    expect(inside.provinces.find((p) => p.code === '41')).toMatchObject({ readiness: 'ready', readinessNote: 'ผู้ว่าฯ สนับสนุน', readinessVersion: 1 });
    const outside = await callerFor(db).ita.targeting({});
    expect(outside.provinces.find((p) => p.code === '41')).toMatchObject({ readiness: null, readinessNote: '' });
    await expectTrpcError(callerFor(db, world.admin).activity.readinessSet({ provinceCode: '41', readiness: 'not_ready', note: '', version: 9 }), 'stale_version', 'version');
  });
});
