// The committee's digest before a meeting (issue 12): derived from the state on the morning run,
// within MEETING_DIGEST_DAYS of each meeting — the meeting, the link to its pack (the frozen issue
// once there is one, else the live preview on /report) and what the pack counts: indicators off
// track, decisions and actions still open or overdue. An in-app notice for every committee member;
// the e-mail only to those who turned it on (an opt-in kind). One per meeting date and person.
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { meetingPacks, meetings, users } from '../../db/schema';
import { isOpenAction } from '../../shared/domain';
import { daysBetween, MEETING_DIGEST_DAYS } from '../../shared/notifications';
import { todayInThailand } from '../lib/time';
import { writeTransaction } from '../lib/transaction';
import { meetingColumns } from '../meetings/meetings';
import { buildPackSnapshot, type StoredPack } from '../meetings/snapshot';
import { notify } from './notify';

type PackCounts = Pick<StoredPack, 'status' | 'actions'>;

export function queueMeetingDigests(db: Db, now: Date): { noticed: number; mailed: number } {
  const total = { noticed: 0, mailed: 0 };
  const today = todayInThailand(now);
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + MEETING_DIGEST_DAYS * 86_400_000).toISOString().slice(0, 10);
  const soon = db.select(meetingColumns).from(meetings).where(and(gte(meetings.meetingDate, today), lte(meetings.meetingDate, until))).orderBy(asc(meetings.meetingDate), asc(meetings.id)).all();
  if (soon.length === 0) return total;
  const members = db.select({ id: users.id }).from(users).where(and(eq(users.role, 'committee'), eq(users.active, true))).all().map((u) => u.id);
  if (members.length === 0) return total;
  for (const meeting of soon) {
    // What the committee will read: the latest frozen issue, else the pack as it stands now.
    const frozen = db.select({ packVersion: meetingPacks.packVersion, snapshot: meetingPacks.snapshot }).from(meetingPacks).where(eq(meetingPacks.meetingId, meeting.id)).orderBy(desc(meetingPacks.packVersion)).get();
    const pack: PackCounts = frozen ? (frozen.snapshot as StoredPack) : buildPackSnapshot(db, meeting, { packVersion: null, frozenAt: null, frozenByName: null, reason: null });
    const open = pack.actions.filter((a) => isOpenAction(a.status));
    const payload = {
      kind: 'meeting_digest' as const,
      meetingId: meeting.id,
      numberTh: meeting.numberTh,
      numberEn: meeting.numberEn,
      meetingDate: meeting.meetingDate,
      daysBefore: daysBetween(today, meeting.meetingDate),
      packVersion: frozen?.packVersion ?? null,
      offTrack: pack.status.plan.counts.off_track,
      withStatus: pack.status.plan.withStatus,
      openActions: open.length,
      overdueActions: open.filter((a) => a.overdue).length,
    };
    const r = writeTransaction(db, (tx) => notify(tx, { key: `meeting_digest:m${meeting.id}:${meeting.meetingDate}`, people: members, payload }, now));
    total.noticed += r.noticed;
    total.mailed += r.mailed;
  }
  return total;
}
