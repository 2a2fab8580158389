// Evaluation forms (แบบประเมินผล) of a round: built from the project's objectives and expected
// outcomes and from reusable question sets; answered anonymously through a public link or QR
// code; results per question, track and sub-group, with no breakdown under 5 responses.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Db } from '../../db/client';
import {
  evaluationForms,
  formAnswers,
  formQuestions,
  formResponses,
  projectActivities,
  projectRounds,
  projects,
  questionSetItems,
  questionSets,
  roundTracks,
  trackAudiences,
} from '../../db/schema';
import {
  MIN_RESPONSES_FOR_BREAKDOWN,
  type FormCloseInput,
  type FormCreateInput,
  type FormIdInput,
  type FormSubmitInput,
  type ProjectIdInput,
  type PublicFormInput,
} from '../../shared/schemas/activities';
import { invalidField, notFound, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, updateVersioned } from '../lib/versioned-write';
import { issueDeviceToken, newPublicId, verifiedTokenHash } from './device-token';
import { checkFormRate } from './rate-limit';

/** Forms open and close by Thai time (UTC+7): a day's start and its last millisecond. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();
const dayEnd = (date: string) => new Date(`${date}T23:59:59.999+07:00`).toISOString();

export type FormState = 'not_open' | 'open' | 'closed';
export const formState = (form: { opensAt: string; closesAt: string }, now: Date): FormState => {
  const t = now.toISOString();
  return t < form.opensAt ? 'not_open' : t > form.closesAt ? 'closed' : 'open';
};

const LIKERT_EN: Record<'objective' | 'outcome', string> = { objective: 'Objective', outcome: 'Expected outcome' };

/** Builds a form for a round: its questions are copied, so later edits of the project do not change it. */
export function createForm(db: Db, user: SessionUser, input: FormCreateInput) {
  return writeTransaction(db, (tx) => {
    const round = tx
      .select({ id: projectRounds.id, roundNo: projectRounds.roundNo, objectives: projects.objectivesTh, outcomes: projects.outcomesTh })
      .from(projectRounds)
      .innerJoin(projectActivities, eq(projectActivities.id, projectRounds.activityId))
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .where(eq(projectRounds.id, input.roundId))
      .get();
    if (!round) throw notFound('round', input.roundId, 'roundId');
    const sets = input.sets.length ? tx.select({ id: questionSets.id, code: questionSets.code }).from(questionSets).where(inArray(questionSets.code, input.sets)).all() : [];
    const unknown = input.sets.filter((c) => !sets.some((s) => s.code === c));
    if (unknown.length) throw invalidField('sets', 'unknown_reference', { entity: 'form', key: unknown.join(', ') });
    const questions: Array<{ kind: 'likert' | 'text'; source: string; textTh: string; textEn: string }> = [];
    if (input.objectives) round.objectives.forEach((t, i) => questions.push({ kind: 'likert', source: `objective:${i + 1}`, textTh: t, textEn: `${LIKERT_EN.objective} ${i + 1}` }));
    if (input.outcomes) round.outcomes.forEach((t, i) => questions.push({ kind: 'likert', source: `outcome:${i + 1}`, textTh: t, textEn: `${LIKERT_EN.outcome} ${i + 1}` }));
    for (const code of input.sets) {
      const set = sets.find((s) => s.code === code)!;
      const items = tx.select().from(questionSetItems).where(eq(questionSetItems.setId, set.id)).orderBy(asc(questionSetItems.sortNo)).all();
      for (const item of items) questions.push({ kind: item.kind, source: `${code}:${item.sortNo}`, textTh: item.textTh, textEn: item.textEn });
    }
    if (!questions.length) throw invalidField('sets', 'no_questions');
    const form = insertAudited(
      tx,
      evaluationForms,
      {
        roundId: round.id,
        publicId: newPublicId(),
        titleTh: input.titleTh,
        consentTh: input.consentTh,
        opensAt: dayStart(input.opensOn),
        closesAt: dayEnd(input.closesOn),
        createdBy: user.id,
      },
      { actorId: user.id, entity: 'form', label: (f) => `${f.titleTh} · ครั้งที่ ${round.roundNo}`, fields: ['titleTh', 'opensAt', 'closesAt'] },
    );
    tx.insert(formQuestions).values(questions.map((q, i) => ({ formId: form.id, sortNo: i + 1, ...q }))).run();
    return { id: form.id, publicId: form.publicId };
  });
}

/** Closes a form now (it also closes by itself at the end of its last day). */
export function closeForm(db: Db, user: SessionUser, input: FormCloseInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const form = updateVersioned(tx, evaluationForms, { id: input.formId, version: input.version }, { closesAt: now.toISOString() }, {
      actorId: user.id,
      entity: 'form',
      action: 'close',
      label: (f) => f.titleTh,
      fields: ['closesAt'],
    });
    return { id: form.id, closesAt: form.closesAt, version: form.version };
  });
}

function loadForm(db: DbOrTx, where: { id?: number; publicId?: string }) {
  const form = db
    .select({
      id: evaluationForms.id,
      roundId: evaluationForms.roundId,
      publicId: evaluationForms.publicId,
      titleTh: evaluationForms.titleTh,
      consentTh: evaluationForms.consentTh,
      opensAt: evaluationForms.opensAt,
      closesAt: evaluationForms.closesAt,
      version: evaluationForms.version,
    })
    .from(evaluationForms)
    .where(where.id !== undefined ? eq(evaluationForms.id, where.id) : eq(evaluationForms.publicId, where.publicId ?? ''))
    .get();
  if (!form) throw notFound('form', where.id ?? where.publicId ?? '', where.id !== undefined ? 'formId' : 'publicId');
  return form;
}

const questionsOf = (db: DbOrTx, formId: number) =>
  db
    .select({ id: formQuestions.id, sortNo: formQuestions.sortNo, kind: formQuestions.kind, source: formQuestions.source, textTh: formQuestions.textTh, textEn: formQuestions.textEn })
    .from(formQuestions)
    .where(eq(formQuestions.formId, formId))
    .orderBy(asc(formQuestions.sortNo))
    .all();

function tracksOf(db: DbOrTx, roundId: number) {
  const tracks = db
    .select({ id: roundTracks.id, titleTh: roundTracks.titleTh, titleEn: roundTracks.titleEn })
    .from(roundTracks)
    .where(eq(roundTracks.roundId, roundId))
    .orderBy(asc(roundTracks.sortNo))
    .all();
  const audiences = tracks.length
    ? db
        .select({ id: trackAudiences.id, trackId: trackAudiences.trackId, nameTh: trackAudiences.nameTh, nameEn: trackAudiences.nameEn, actual: trackAudiences.actual })
        .from(trackAudiences)
        .where(inArray(trackAudiences.trackId, tracks.map((t) => t.id)))
        .orderBy(asc(trackAudiences.sortNo))
        .all()
    : [];
  return tracks.map((t) => ({ ...t, audiences: audiences.filter((a) => a.trackId === t.id).map(({ trackId: _t, ...a }) => a) }));
}

function roundTitle(db: DbOrTx, roundId: number) {
  return db
    .select({ roundNo: projectRounds.roundNo, projectTh: projects.nameTh, activityTh: projectActivities.nameTh, isDemo: projects.isDemo })
    .from(projectRounds)
    .innerJoin(projectActivities, eq(projectActivities.id, projectRounds.activityId))
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .where(eq(projectRounds.id, roundId))
    .get()!;
}

/** What a participant's phone shows: the form, its state, and a fresh device token. No account. */
export function getPublicForm(db: Db, input: PublicFormInput, now = new Date()) {
  const form = loadForm(db, { publicId: input.publicId });
  const state = formState(form, now);
  return {
    publicId: form.publicId,
    titleTh: form.titleTh,
    consentTh: form.consentTh,
    opensAt: form.opensAt,
    closesAt: form.closesAt,
    state,
    round: roundTitle(db, form.roundId),
    tracks: state === 'open' ? tracksOf(db, form.roundId).map((t) => ({ ...t, audiences: t.audiences.map(({ actual: _a, ...a }) => a) })) : [],
    questions: state === 'open' ? questionsOf(db, form.id).map(({ source: _s, ...q }) => q) : [],
    token: state === 'open' ? issueDeviceToken(form.publicId) : null,
  };
}

/**
 * One anonymous response. Refused — and nothing stored — when the form is not open, the token is
 * not this server's for this form, the device has answered, the track or sub-group is not the
 * round's, or an answer does not fit its question.
 */
export function submitResponse(db: Db, ip: string, input: FormSubmitInput, now = new Date()) {
  checkFormRate(input.publicId, ip, now.getTime());
  return writeTransaction(db, (tx) => {
    const form = loadForm(tx, { publicId: input.publicId });
    const state = formState(form, now);
    if (state === 'not_open') throw refused('form_not_open', { opensAt: form.opensAt });
    if (state === 'closed') throw refused('form_closed', { closesAt: form.closesAt });
    const tokenHash = verifiedTokenHash(form.publicId, input.token);
    if (!tokenHash) throw invalidField('token', 'invalid_token');
    const seen = tx.select({ id: formResponses.id }).from(formResponses).where(and(eq(formResponses.formId, form.id), eq(formResponses.tokenHash, tokenHash))).get();
    if (seen) throw refused('already_answered');

    const tracks = tracksOf(tx, form.roundId);
    const track = input.trackId === null ? null : tracks.find((t) => t.id === input.trackId);
    if (track === undefined) throw invalidField('trackId', 'not_in_round', { entity: 'track', key: input.trackId ?? '' });
    if (input.audienceId !== null) {
      const within = (track ? [track] : tracks).some((t) => t.audiences.some((a) => a.id === input.audienceId));
      if (!within) throw invalidField('audienceId', 'not_in_round', { entity: 'track', key: input.audienceId });
    }
    const questions = questionsOf(tx, form.id);
    const byId = new Map(input.answers.map((a) => [a.questionId, a]));
    for (const a of input.answers) {
      const q = questions.find((x) => x.id === a.questionId);
      if (!q) throw invalidField('answers', 'answer_invalid', { key: a.questionId });
      if (q.kind === 'likert' && a.text !== null) throw invalidField('answers', 'answer_invalid', { key: q.sortNo });
      if (q.kind === 'text' && a.score !== null) throw invalidField('answers', 'answer_invalid', { key: q.sortNo });
    }
    // Every Likert question is answered; comments are optional.
    for (const q of questions) if (q.kind === 'likert' && byId.get(q.id)?.score == null) throw invalidField('answers', 'answer_invalid', { key: q.sortNo });

    const response = tx
      .insert(formResponses)
      .values({ formId: form.id, trackId: input.trackId, audienceId: input.audienceId, tokenHash, submittedAt: now.toISOString() })
      .returning({ id: formResponses.id })
      .get();
    const answers = input.answers.filter((a) => a.score !== null || (a.text !== null && a.text !== ''));
    if (answers.length) tx.insert(formAnswers).values(answers.map((a) => ({ responseId: response.id, questionId: a.questionId, score: a.score, text: a.text || null }))).run();
    return { received: true as const };
  });
}

/** The public link (from PUBLIC_URL where set, else the request's origin) and its QR code as SVG. */
export async function getFormLink(db: Db, origin: string, input: FormIdInput) {
  const form = loadForm(db, { id: input.formId });
  const base = (process.env.PUBLIC_URL || origin).replace(/\/+$/, '');
  const url = `${base}/f/${form.publicId}`;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { url, svg };
}

type Slice = { n: number; mean: number | null; distribution: number[] };

function summarise(scores: number[]): Slice {
  const distribution = [1, 2, 3, 4, 5].map((v) => scores.filter((s) => s === v).length);
  return { n: scores.length, mean: scores.length ? Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100 : null, distribution };
}

/** A breakdown is shown only from MIN_RESPONSES_FOR_BREAKDOWN responses: fewer could identify people. */
const guarded = (responses: number, slice: () => Slice) => (responses >= MIN_RESPONSES_FOR_BREAKDOWN ? { hidden: false as const, ...slice() } : { hidden: true as const, n: responses });

/** Results of one form: responses vs attendance, per question mean and distribution, per track and sub-group, comments. */
export function getFormResults(db: Db, input: FormIdInput, now = new Date()) {
  const form = loadForm(db, { id: input.formId });
  const questions = questionsOf(db, form.id);
  const tracks = tracksOf(db, form.roundId);
  const responses = db
    .select({ id: formResponses.id, trackId: formResponses.trackId, audienceId: formResponses.audienceId })
    .from(formResponses)
    .where(eq(formResponses.formId, form.id))
    .all();
  const answers = responses.length
    ? db
        .select({ responseId: formAnswers.responseId, questionId: formAnswers.questionId, score: formAnswers.score, text: formAnswers.text })
        .from(formAnswers)
        .innerJoin(formResponses, eq(formResponses.id, formAnswers.responseId))
        .where(eq(formResponses.formId, form.id))
        .all()
    : [];
  const responseOf = new Map(responses.map((r) => [r.id, r]));
  const scoresFor = (questionId: number, keep: (r: { trackId: number | null; audienceId: number | null }) => boolean) =>
    answers.filter((a) => a.questionId === questionId && a.score !== null && keep(responseOf.get(a.responseId)!)).map((a) => a.score!);
  const attendance = tracks.flatMap((t) => t.audiences).some((a) => a.actual !== null)
    ? tracks.flatMap((t) => t.audiences).reduce((s, a) => s + (a.actual ?? 0), 0)
    : null;
  const total = responses.length;
  return {
    form: { ...form, state: formState(form, now), round: roundTitle(db, form.roundId) },
    responses: total,
    attendance,
    minForBreakdown: MIN_RESPONSES_FOR_BREAKDOWN,
    questions: questions
      .filter((q) => q.kind === 'likert')
      .map((q) => ({
        id: q.id,
        sortNo: q.sortNo,
        source: q.source,
        textTh: q.textTh,
        textEn: q.textEn,
        all: summarise(scoresFor(q.id, () => true)),
        byTrack: tracks.map((t) => {
          const n = responses.filter((r) => r.trackId === t.id).length;
          return { trackId: t.id, ...guarded(total < MIN_RESPONSES_FOR_BREAKDOWN ? 0 : n, () => summarise(scoresFor(q.id, (r) => r.trackId === t.id))), n };
        }),
        byAudience: tracks.flatMap((t) =>
          t.audiences.map((a) => {
            const n = responses.filter((r) => r.audienceId === a.id).length;
            return { audienceId: a.id, trackId: t.id, ...guarded(total < MIN_RESPONSES_FOR_BREAKDOWN ? 0 : n, () => summarise(scoresFor(q.id, (r) => r.audienceId === a.id))), n };
          }),
        ),
      })),
    tracks: tracks.map((t) => ({
      id: t.id,
      titleTh: t.titleTh,
      titleEn: t.titleEn,
      responses: responses.filter((r) => r.trackId === t.id).length,
      attendance: t.audiences.some((a) => a.actual !== null) ? t.audiences.reduce((s, a) => s + (a.actual ?? 0), 0) : null,
      audiences: t.audiences.map((a) => ({ ...a, responses: responses.filter((r) => r.audienceId === a.id).length })),
    })),
    comments: questions
      .filter((q) => q.kind === 'text')
      .map((q) => ({
        id: q.id,
        textTh: q.textTh,
        textEn: q.textEn,
        // Comments are shown once there are enough responses not to single anyone out.
        answers: total >= MIN_RESPONSES_FOR_BREAKDOWN ? answers.filter((a) => a.questionId === q.id && a.text).map((a) => a.text!) : [],
      })),
  };
}

/** Rounds compared: per round, its forms' responses and mean per objective / outcome / satisfaction item. */
export function compareRoundResults(db: Db, input: ProjectIdInput) {
  const rows = db
    .select({
      roundId: projectRounds.id,
      roundNo: projectRounds.roundNo,
      source: formQuestions.source,
      n: sql<number>`count(${formAnswers.score})`,
      mean: sql<number | null>`round(avg(${formAnswers.score}), 2)`,
    })
    .from(formAnswers)
    .innerJoin(formQuestions, eq(formQuestions.id, formAnswers.questionId))
    .innerJoin(evaluationForms, eq(evaluationForms.id, formQuestions.formId))
    .innerJoin(projectRounds, eq(projectRounds.id, evaluationForms.roundId))
    .innerJoin(projectActivities, eq(projectActivities.id, projectRounds.activityId))
    .where(and(eq(projectActivities.projectId, input.projectId), eq(formQuestions.kind, 'likert')))
    .groupBy(projectRounds.id, formQuestions.source)
    .orderBy(asc(projectRounds.roundNo))
    .all();
  const responses = db
    .select({ roundId: evaluationForms.roundId, n: sql<number>`count(*)` })
    .from(formResponses)
    .innerJoin(evaluationForms, eq(evaluationForms.id, formResponses.formId))
    .groupBy(evaluationForms.roundId)
    .all();
  const rounds = [...new Map(rows.map((r) => [r.roundId, r.roundNo])).entries()].map(([roundId, roundNo]) => {
    const n = responses.find((x) => x.roundId === roundId)?.n ?? 0;
    return {
      roundId,
      roundNo,
      responses: n,
      hidden: n < MIN_RESPONSES_FOR_BREAKDOWN,
      means: n < MIN_RESPONSES_FOR_BREAKDOWN ? {} : Object.fromEntries(rows.filter((r) => r.roundId === roundId).map((r) => [r.source, r.mean])),
    };
  });
  return { sources: [...new Set(rows.map((r) => r.source))], rounds };
}

/** Every response as rows (one column per question) for CSV/XLSX: anonymous, no token. */
export function responsesTable(db: Db, formId: number, lang: 'th' | 'en') {
  const form = loadForm(db, { id: formId });
  const questions = questionsOf(db, form.id);
  const tracks = tracksOf(db, form.roundId);
  const trackName = new Map(tracks.map((t) => [t.id, lang === 'th' ? t.titleTh : t.titleEn || t.titleTh]));
  const audienceName = new Map(tracks.flatMap((t) => t.audiences.map((a) => [a.id, lang === 'th' ? a.nameTh : a.nameEn || a.nameTh] as const)));
  const responses = db.select().from(formResponses).where(eq(formResponses.formId, form.id)).orderBy(asc(formResponses.id)).all();
  const answers = db
    .select({ responseId: formAnswers.responseId, questionId: formAnswers.questionId, score: formAnswers.score, text: formAnswers.text })
    .from(formAnswers)
    .innerJoin(formResponses, eq(formResponses.id, formAnswers.responseId))
    .where(eq(formResponses.formId, form.id))
    .all();
  const headers = [
    lang === 'th' ? 'ลำดับ' : 'no',
    lang === 'th' ? 'เวลาที่ส่ง' : 'submitted at',
    lang === 'th' ? 'หลักสูตร' : 'track',
    lang === 'th' ? 'กลุ่มเป้าหมาย' : 'sub-group',
    ...questions.map((q) => `${q.sortNo}. ${lang === 'th' ? q.textTh : q.textEn}`),
  ];
  const rows = responses.map((r, i) => [
    i + 1,
    r.submittedAt,
    r.trackId === null ? null : (trackName.get(r.trackId) ?? null),
    r.audienceId === null ? null : (audienceName.get(r.audienceId) ?? null),
    ...questions.map((q) => {
      const a = answers.find((x) => x.responseId === r.id && x.questionId === q.id);
      return a ? (a.score ?? a.text) : null;
    }),
  ]);
  return { headers, rows, publicId: form.publicId };
}
