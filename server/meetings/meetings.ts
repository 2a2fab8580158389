// Meetings of the committee, the secretariat's commentary and the decisions and actions
// (issue 14). Reads for insiders; writes by the secretariat, versioned and audited. What the
// public may see is only a frozen pack of a meeting marked public (server/meetings/pack.ts).
import { and, asc, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, meetingActions, meetingCommentary, meetingPacks, meetings, users } from '../../db/schema';
import { isOpenAction, type ActionStatus } from '../../shared/domain';
import { ActionSaveInput, CommentarySaveInput, MeetingSaveInput } from '../../shared/schemas/meeting';
import { conflict, duplicate, invalidField, notFound } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction } from '../lib/transaction';
import { insertAudited, updateVersioned } from '../lib/versioned-write';
import { todayInThailand } from '../lib/time';
import { getPlan } from '../plan/plan';

export const meetingColumns = {
  id: meetings.id,
  planId: meetings.planId,
  numberTh: meetings.numberTh,
  numberEn: meetings.numberEn,
  meetingDate: meetings.meetingDate,
  agenda: meetings.agenda,
  isPublic: meetings.isPublic,
  isDemo: meetings.isDemo,
  version: meetings.version,
};

export type MeetingRow = { id: number; planId: number; numberTh: string; numberEn: string; meetingDate: string; agenda: string[]; isPublic: boolean; isDemo: boolean; version: number };

export function loadMeeting(db: Db, meetingId: number): MeetingRow {
  const row = db.select(meetingColumns).from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!row) throw notFound('meeting', meetingId, 'meetingId');
  return row;
}

/** The meeting held before this one (same plan, earlier date; same date: lower id), if any. */
export function previousMeeting(db: Db, meeting: Pick<MeetingRow, 'id' | 'planId' | 'meetingDate'>): MeetingRow | null {
  return (
    db
      .select(meetingColumns)
      .from(meetings)
      .where(
        and(
          eq(meetings.planId, meeting.planId),
          or(lt(meetings.meetingDate, meeting.meetingDate), and(eq(meetings.meetingDate, meeting.meetingDate), lt(meetings.id, meeting.id))),
        ),
      )
      .orderBy(desc(meetings.meetingDate), desc(meetings.id))
      .get() ?? null
  );
}

const packSummaryColumns = {
  id: meetingPacks.id,
  meetingId: meetingPacks.meetingId,
  packVersion: meetingPacks.packVersion,
  reason: meetingPacks.reason,
  frozenAt: meetingPacks.frozenAt,
  frozenByName: users.displayName,
  draftsLeftOut: meetingPacks.draftsLeftOut,
  pdfError: meetingPacks.pdfError,
};

/** The issues of a meeting's pack, oldest first (without the snapshot and the PDF bytes). */
export function listPacks(db: Db, meetingIds: number[]) {
  if (!meetingIds.length) return [];
  // The PDF's presence without reading its bytes.
  const withPdf = new Set(
    db.$client
      .prepare(`select id from meeting_pack where pdf is not null and meeting_id in (${meetingIds.map(() => '?').join(',')})`)
      .all(...meetingIds)
      .map((r) => (r as { id: number }).id),
  );
  return db
    .select(packSummaryColumns)
    .from(meetingPacks)
    .leftJoin(users, eq(users.id, meetingPacks.frozenBy))
    .where(inArray(meetingPacks.meetingId, meetingIds))
    .orderBy(asc(meetingPacks.meetingId), asc(meetingPacks.packVersion))
    .all()
    .map((p) => ({ ...p, hasPdf: withPdf.has(p.id) }));
}

/**
 * Meetings, newest first. Insiders see every meeting; everyone else only meetings marked public
 * that have a frozen pack — and of those only the number, date and the packs' issue dates.
 */
export function listMeetings(db: Db, user: SessionUser | null) {
  const insider = user !== null && user.role !== 'reporter';
  const rows = db.select(meetingColumns).from(meetings).orderBy(desc(meetings.meetingDate), desc(meetings.id)).all();
  const packs = listPacks(db, rows.map((r) => r.id));
  return rows
    .map((m) => {
      const own = packs.filter((p) => p.meetingId === m.id);
      return {
        id: m.id,
        numberTh: m.numberTh,
        numberEn: m.numberEn,
        meetingDate: m.meetingDate,
        isPublic: m.isPublic,
        isDemo: m.isDemo,
        packs: own.map((p) => ({ packVersion: p.packVersion, frozenAt: p.frozenAt, reason: p.reason, hasPdf: p.hasPdf })),
      };
    })
    .filter((m) => insider || (m.isPublic && m.packs.length > 0));
}

/** Commentary of a meeting; `readyOnly` for what a pack shows. */
export function listCommentary(db: Db, meetingId: number, readyOnly = false) {
  return db
    .select({
      id: meetingCommentary.id,
      subjectType: meetingCommentary.subjectType,
      subjectKey: meetingCommentary.subjectKey,
      bodyTh: meetingCommentary.bodyTh,
      bodyEn: meetingCommentary.bodyEn,
      state: meetingCommentary.state,
      version: meetingCommentary.version,
      updatedAt: meetingCommentary.updatedAt,
    })
    .from(meetingCommentary)
    .where(and(eq(meetingCommentary.meetingId, meetingId), readyOnly ? eq(meetingCommentary.state, 'ready') : undefined))
    .orderBy(asc(meetingCommentary.subjectType), asc(meetingCommentary.subjectKey))
    .all();
}

const actionColumns = {
  id: meetingActions.id,
  meetingId: meetingActions.meetingId,
  meetingNumberTh: meetings.numberTh,
  meetingNumberEn: meetings.numberEn,
  meetingDate: meetings.meetingDate,
  kind: meetingActions.kind,
  textTh: meetingActions.textTh,
  textEn: meetingActions.textEn,
  ownerAgencyCode: agencies.code,
  ownerAgencyNameTh: agencies.nameTh,
  ownerAgencyNameEn: agencies.nameEn,
  dueDate: meetingActions.dueDate,
  status: meetingActions.status,
  closedOn: meetingActions.closedOn,
  version: meetingActions.version,
};

/**
 * The decisions and actions a meeting's pack lists: its own, every earlier meeting's still open
 * (carried forward), and earlier ones closed since the previous meeting (so the pack can say they
 * were closed). Overdue: open with a due date before the meeting's date.
 */
export function actionsForMeeting(db: Db, meeting: MeetingRow) {
  const previous = previousMeeting(db, meeting);
  const rows = db
    .select(actionColumns)
    .from(meetingActions)
    .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
    .leftJoin(agencies, eq(agencies.id, meetingActions.ownerAgencyId))
    .where(
      and(
        eq(meetings.planId, meeting.planId),
        or(lt(meetings.meetingDate, meeting.meetingDate), and(eq(meetings.meetingDate, meeting.meetingDate), lt(meetings.id, meeting.id)), eq(meetings.id, meeting.id)),
      ),
    )
    .orderBy(asc(meetings.meetingDate), asc(meetingActions.id))
    .all();
  return rows
    .filter((a) => {
      if (a.meetingId === meeting.id || isOpenAction(a.status)) return true;
      return previous !== null && a.closedOn !== null && a.closedOn >= previous.meetingDate;
    })
    .map((a) => ({
      ...a,
      carried: a.meetingId !== meeting.id,
      overdue: isOpenAction(a.status) && a.dueDate !== null && a.dueDate < meeting.meetingDate,
    }));
}

/** One meeting for the secretariat's page: its commentary (drafts too), actions and pack issues. */
export function getMeeting(db: Db, meetingId: number) {
  const meeting = loadMeeting(db, meetingId);
  const plan = db.$client.prepare('select code from plan where id = ?').get(meeting.planId) as { code: string };
  return {
    meeting: { ...meeting, planCode: plan.code },
    commentary: listCommentary(db, meetingId),
    actions: actionsForMeeting(db, meeting),
    packs: listPacks(db, [meetingId]),
  };
}

const meetingLabel = (m: { numberTh: string }) => m.numberTh;

/** `options.isDemo` is for the demo seed only (not an input of the form). */
export function saveMeeting(db: Db, user: SessionUser, raw: MeetingSaveInput, options: { isDemo?: boolean } = {}) {
  const input = MeetingSaveInput.parse(raw);
  return writeTransaction(db, (tx) => {
    const values = { numberTh: input.numberTh, numberEn: input.numberEn, meetingDate: input.meetingDate, agenda: input.agenda, isPublic: input.isPublic };
    const spec = { actorId: user.id, entity: 'meeting' as const, label: meetingLabel };
    if (input.id === undefined) {
      const planId = getPlan(db, input.planCode).id;
      const taken = tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.planId, planId), eq(meetings.numberTh, input.numberTh))).get();
      if (taken) throw duplicate('meeting', input.numberTh, 'numberTh');
      const row = insertAudited(tx, meetings, { ...values, planId, isDemo: options.isDemo ?? false }, spec);
      return { id: row.id, version: row.version };
    }
    if (input.version === undefined) throw invalidField('version', 'version_required');
    const row = updateVersioned(tx, meetings, { id: input.id, version: input.version }, values, spec);
    return { id: row.id, version: row.version };
  });
}

export function saveCommentary(db: Db, user: SessionUser, raw: CommentarySaveInput) {
  const input = CommentarySaveInput.parse(raw);
  const meeting = loadMeeting(db, input.meetingId);
  return writeTransaction(db, (tx) => {
    const spec = { actorId: user.id, entity: 'meeting_commentary' as const, label: () => `${meeting.numberTh} ${input.subjectType} ${input.subjectKey}` };
    const existing = tx
      .select({ id: meetingCommentary.id })
      .from(meetingCommentary)
      .where(and(eq(meetingCommentary.meetingId, meeting.id), eq(meetingCommentary.subjectType, input.subjectType), eq(meetingCommentary.subjectKey, input.subjectKey)))
      .get();
    const values = { bodyTh: input.bodyTh, bodyEn: input.bodyEn, state: input.state };
    if (!existing) {
      // Someone else's new commentary on this subject appeared after the editor loaded: a conflict, not a duplicate row.
      if (input.version !== null) throw conflict('meeting_commentary', `${input.subjectType} ${input.subjectKey}`);
      const row = insertAudited(tx, meetingCommentary, { ...values, meetingId: meeting.id, subjectType: input.subjectType, subjectKey: input.subjectKey }, spec);
      return { id: row.id, version: row.version, state: row.state };
    }
    if (input.version === null) throw invalidField('version', 'version_required');
    const row = updateVersioned(tx, meetingCommentary, { id: existing.id, version: input.version }, values, spec);
    return { id: row.id, version: row.version, state: row.state };
  });
}

const today = () => new Date().toISOString().slice(0, 10);

export function saveAction(db: Db, user: SessionUser, raw: ActionSaveInput) {
  const input = ActionSaveInput.parse(raw);
  const meeting = loadMeeting(db, input.meetingId);
  return writeTransaction(db, (tx) => {
    let ownerAgencyId: number | null = null;
    if (input.ownerAgencyCode) {
      const agency = tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, input.ownerAgencyCode)).get();
      if (!agency) throw invalidField('ownerAgencyCode', 'unknown_reference', { entity: 'agency', key: input.ownerAgencyCode });
      ownerAgencyId = agency.id;
    }
    const closed = (s: ActionStatus) => !isOpenAction(s);
    const spec = { actorId: user.id, entity: 'meeting_action' as const, label: (a: { textTh: string }) => `${meeting.numberTh}: ${a.textTh.slice(0, 60)}` };
    const values = { kind: input.kind, textTh: input.textTh, textEn: input.textEn, ownerAgencyId, dueDate: input.dueDate, status: input.status };
    if (input.id === undefined) {
      const row = insertAudited(tx, meetingActions, { ...values, meetingId: meeting.id, closedOn: closed(input.status) ? today() : null }, spec);
      return { id: row.id, version: row.version };
    }
    if (input.version === undefined) throw invalidField('version', 'version_required');
    const current = tx.select({ status: meetingActions.status, closedOn: meetingActions.closedOn, meetingId: meetingActions.meetingId }).from(meetingActions).where(eq(meetingActions.id, input.id)).get();
    if (!current) throw notFound('meeting_action', input.id, 'id');
    // An action stays with the meeting that asked for it; later packs carry it.
    if (current.meetingId !== meeting.id) throw invalidField('meetingId', 'unknown_reference', { entity: 'meeting', key: String(input.meetingId) });
    const closedOn = closed(input.status) ? (closed(current.status) ? current.closedOn : today()) : null;
    const row = updateVersioned(tx, meetingActions, { id: input.id, version: input.version }, { ...values, closedOn }, spec);
    return { id: row.id, version: row.version };
  });
}

/** Stands for a meeting not yet entered: it sorts after every meeting of its date (see previousMeeting). */
export const UNSCHEDULED_MEETING_ID = Number.MAX_SAFE_INTEGER;

/**
 * The meeting whose pack is being prepared (/report shows its live draft): the first meeting
 * without a frozen pack dated today or later; else the latest one without a pack held since the
 * last frozen meeting (its pack not yet frozen); else a meeting not yet scheduled, dated today,
 * that follows every meeting entered — so open actions and "what changed" still read right.
 */
export function nextMeeting(db: Db, now = new Date()): MeetingRow & { scheduled: boolean } {
  const today = todayInThailand(now);
  const plan = getPlan(db);
  const rows = db.select(meetingColumns).from(meetings).where(eq(meetings.planId, plan.id)).orderBy(asc(meetings.meetingDate), asc(meetings.id)).all();
  const frozen = new Set(listPacks(db, rows.map((r) => r.id)).map((p) => p.meetingId));
  const lastFrozen = rows.filter((r) => frozen.has(r.id)).at(-1)?.meetingDate ?? '';
  const unfrozen = rows.filter((r) => !frozen.has(r.id));
  const next = unfrozen.find((r) => r.meetingDate >= today) ?? unfrozen.filter((r) => r.meetingDate >= lastFrozen).at(-1);
  if (next) return { ...next, scheduled: true };
  return {
    id: UNSCHEDULED_MEETING_ID,
    planId: plan.id,
    numberTh: 'ครั้งถัดไป (ยังไม่กำหนดวัน)',
    numberEn: 'the next meeting (not yet scheduled)',
    meetingDate: today,
    agenda: [],
    isPublic: false,
    isDemo: false,
    version: 0,
    scheduled: false,
  };
}

/** What /report says about the pack it previews (the document itself is /report/preview.html). */
export function nextMeetingSummary(db: Db, now = new Date()) {
  const m = nextMeeting(db, now);
  return { meetingId: m.scheduled ? m.id : null, numberTh: m.numberTh, numberEn: m.numberEn, meetingDate: m.meetingDate, scheduled: m.scheduled, isDemo: m.isDemo };
}
