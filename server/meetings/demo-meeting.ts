// The demo meeting a newcomer sees at once (issue 14): one past meeting, titled as a demo in
// both languages, with ready commentary, two actions (one overdue, one done) and a frozen,
// public pack — made through the real services, so it is what the secretariat would make.
// Idempotent: nothing happens when a demo meeting exists or the demo admin account does not.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { meetings, users } from '../../db/schema';
import { saveAction, saveCommentary, saveMeeting } from './meetings';
import { freezePack } from './pack';

export const DEMO_MEETING = {
  numberTh: 'ครั้งที่ 1/2569 (การประชุมสาธิต)',
  numberEn: 'No. 1/2026 (demo meeting)',
  meetingDate: '2026-03-26',
} as const;

export async function seedDemoMeeting(db: Db, log: (message: string) => void = console.log): Promise<void> {
  if (db.select({ id: meetings.id }).from(meetings).where(eq(meetings.isDemo, true)).get()) return;
  const admin = db.select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, agencyId: users.agencyId }).from(users).where(eq(users.username, 'admin')).get();
  if (!admin || admin.role !== 'admin') return log('no demo admin account: demo meeting not seeded');

  const m = saveMeeting(db, admin, {
    ...DEMO_MEETING,
    agenda: ['(สาธิต) รับทราบผลการดำเนินงานตามยุทธศาสตร์', '(สาธิต) ติดตามมติและเรื่องที่ต้องดำเนินการ'],
    isPublic: true,
  }, { isDemo: true });

  const demo = 'ข้อความสาธิตเพื่อแสดงตำแหน่งของความเห็นในเอกสาร ไม่ใช่ความเห็นของฝ่ายเลขานุการจริง';
  saveCommentary(db, admin, { meetingId: m.id, subjectType: 'strategy', subjectKey: '1', bodyTh: `${demo}: สรุปความคืบหน้าของยุทธศาสตร์ เหตุที่เป็นเช่นนั้น และข้อเสนอต่อที่ประชุม`, bodyEn: 'Demo text showing where commentary sits in the pack; not real commentary.', state: 'ready', version: null });
  saveCommentary(db, admin, { meetingId: m.id, subjectType: 'indicator', subjectKey: 'CPI-SCORE', bodyTh: `${demo}: ความเห็นต่อแนวโน้มของตัวชี้วัดเทียบกับค่าเป้าหมาย`, bodyEn: 'Demo text on the indicator against its target; not real commentary.', state: 'ready', version: null });

  saveAction(db, admin, { meetingId: m.id, kind: 'action', textTh: '(สาธิต) จัดทำแนวทางการรายงานผลตัวชี้วัดของยุทธศาสตร์ที่ 3 เสนอในการประชุมครั้งถัดไป', textEn: '(Demo) Draft reporting guidance for strategy 3 indicators for the next meeting', dueDate: '2026-06-30', status: 'open' });
  saveAction(db, admin, { meetingId: m.id, kind: 'decision', textTh: '(สาธิต) ที่ประชุมรับทราบผลการดำเนินงานและมอบฝ่ายเลขานุการติดตามต่อ', textEn: '(Demo) The meeting noted the progress and asked the secretariat to follow up', status: 'done' });

  const r = await freezePack(db, admin, { meetingId: m.id });
  log(`seeded the demo meeting with a frozen pack${r.hasPdf ? ' and its PDF' : ` (no PDF: ${r.pdfError})`}`);
}
