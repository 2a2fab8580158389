// Frozen packs: "Freeze" stores the pack's snapshot (snapshot.ts) as an immutable row with its
// PDF, rendered from that snapshot at that moment; a re-issue is a new version with a reason.
// Who may read them: insiders always, everyone else only a meeting marked public.
import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { meetingPacks } from '../../db/schema';
import type { FreezeInput, PackInput } from '../../shared/schemas/meeting';
import { conflict, invalidField, notFound } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeAudit } from '../lib/audit';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { loadMeeting, type MeetingRow } from './meetings';
import { renderPackPdf } from './pack-pdf';
import { buildPackSnapshot, type StoredPack } from './snapshot';

/**
 * Freezes the pack: the snapshot as of now, rendered to PDF from that snapshot, stored together
 * in one append-only row. The first issue needs no reason; a re-issue does. Without Chromium the
 * snapshot is stored and pdfError says why there is no PDF.
 */
export async function freezePack(db: Db, user: SessionUser, input: FreezeInput, render: typeof renderPackPdf = renderPackPdf) {
  const meeting = loadMeeting(db, input.meetingId);
  const last = db.select({ v: max(meetingPacks.packVersion) }).from(meetingPacks).where(eq(meetingPacks.meetingId, meeting.id)).get()?.v ?? 0;
  if (last > 0 && !input.reason) throw invalidField('reason', 'reason_required');
  const packVersion = last + 1;
  const frozenAt = new Date().toISOString();
  const snapshot = buildPackSnapshot(db, meeting, { packVersion, frozenAt, frozenByName: user.displayName, reason: input.reason ?? null });
  const pdf = await render(snapshot);
  return writeTransaction(db, (tx) => {
    // Another freeze of the same meeting landed while this one rendered.
    const now = tx.select({ v: max(meetingPacks.packVersion) }).from(meetingPacks).where(eq(meetingPacks.meetingId, meeting.id)).get()?.v ?? 0;
    if (now !== last) throw conflict('meeting_pack', meeting.numberTh);
    const row = tx
      .insert(meetingPacks)
      .values({
        meetingId: meeting.id,
        packVersion,
        reason: input.reason ?? null,
        snapshot,
        frozenAt,
        frozenBy: user.id,
        draftsLeftOut: snapshot.draftsLeftOut,
        pdf: pdf.ok ? pdf.pdf : null,
        pdfError: pdf.ok ? null : pdf.error,
      })
      .returning({ id: meetingPacks.id })
      .get();
    writeAuditFreeze(tx, user, meeting, packVersion, input.reason ?? null, snapshot.draftsLeftOut);
    return { id: row.id, packVersion, frozenAt, hasPdf: pdf.ok, pdfError: pdf.ok ? null : pdf.error, draftsLeftOut: snapshot.draftsLeftOut };
  });
}

function writeAuditFreeze(tx: DbOrTx, user: SessionUser, meeting: MeetingRow, packVersion: number, reason: string | null, draftsLeftOut: number) {
  writeAudit(tx, {
    actorId: user.id,
    action: packVersion === 1 ? 'freeze' : 'reissue',
    entity: 'meeting_pack',
    entityId: meeting.id,
    label: `${meeting.numberTh} v${packVersion}`,
    changes: [{ field: 'packVersion', before: packVersion - 1 || null, after: packVersion }, ...(draftsLeftOut ? [{ field: 'draftsLeftOut', before: null, after: draftsLeftOut }] : [])],
    reason,
  });
}

/** May this user read the frozen packs of this meeting? Insiders always; others only when it is public. */
export function canReadPacks(user: SessionUser | null, meeting: Pick<MeetingRow, 'isPublic'>): boolean {
  return (user !== null && user.role !== 'reporter') || meeting.isPublic;
}

/** A frozen pack's snapshot. A meeting the caller may not read is "not found" (its existence is not disclosed). */
export function getFrozenPack(db: Db, user: SessionUser | null, input: PackInput) {
  const meeting = db.$client.prepare('select id, is_public as isPublic from meeting where id = ?').get(input.meetingId) as { id: number; isPublic: number } | undefined;
  if (!meeting || !canReadPacks(user, { isPublic: Boolean(meeting.isPublic) })) throw notFound('meeting', input.meetingId, 'meetingId');
  const row = db
    .select({ snapshot: meetingPacks.snapshot, packVersion: meetingPacks.packVersion, frozenAt: meetingPacks.frozenAt, pdfError: meetingPacks.pdfError, id: meetingPacks.id })
    .from(meetingPacks)
    .where(and(eq(meetingPacks.meetingId, meeting.id), input.packVersion ? eq(meetingPacks.packVersion, input.packVersion) : undefined))
    .orderBy(desc(meetingPacks.packVersion))
    .get();
  if (!row) throw notFound('meeting_pack', `${input.meetingId}/${input.packVersion ?? 'latest'}`, 'packVersion');
  return { packVersion: row.packVersion, frozenAt: row.frozenAt, pdfError: row.pdfError, snapshot: row.snapshot as StoredPack, id: row.id };
}

/** The stored PDF of a frozen pack (same access rule), or null when none could be made. */
export function getPackPdf(db: Db, user: SessionUser | null, input: PackInput): { pdf: Buffer | null; snapshot: StoredPack; packVersion: number } {
  const pack = getFrozenPack(db, user, input);
  const row = db.select({ pdf: meetingPacks.pdf }).from(meetingPacks).where(eq(meetingPacks.id, pack.id)).get();
  return { pdf: row?.pdf ?? null, snapshot: pack.snapshot, packVersion: pack.packVersion };
}
