// How an audit row reads to a person: the action and each changed field in words, ids as names,
// statuses and vocabularies in the user's language, dates in their calendar. Unknown actions and
// fields fall back to their code, so a new one is never hidden.
import {
  AGENCY_TYPE_LABELS,
  LEVEL_LABELS,
  QUICK_WIN_STATUS_LABELS,
  ROLE_LABELS,
  SUBMISSION_STATUS_LABELS,
  UNIT_LABELS,
  type Bilingual,
} from '../../shared/domain';
import { AUDIT_ID_FIELDS } from '../../shared/schemas/audit';
import type { Calendar } from '../../shared/years';
import type { Lang } from '../i18n';
import { formatDate, formatNumber } from './format';
import { formatIndicatorValue } from './indicator-format';
import { labelIn } from './label';

/** What each action means. Sign-in actions (auth.*) are written by the accounts domain. */
export const AUDIT_ACTIONS: Record<string, Bilingual> = {
  create: { th: 'สร้าง', en: 'Created' },
  update: { th: 'แก้ไข', en: 'Updated' },
  delete: { th: 'ลบ', en: 'Deleted' },
  create_draft: { th: 'บันทึกร่าง', en: 'Saved a draft' },
  update_draft: { th: 'แก้ไขร่าง', en: 'Edited the draft' },
  submit: { th: 'ส่งให้ตรวจ', en: 'Submitted for review' },
  approve: { th: 'อนุมัติ', en: 'Approved' },
  return: { th: 'ส่งกลับแก้ไข', en: 'Returned for correction' },
  publish: { th: 'เผยแพร่', en: 'Published' },
  republish: { th: 'เผยแพร่ค่าแก้ไข', en: 'Republished (correction)' },
  unpublish: { th: 'ถอนการเผยแพร่', en: 'Withdrawn from publication' },
  restore: { th: 'คืนค่าเดิม', en: 'Restored' },
  bulk_approve: { th: 'อนุมัติแบบชุด', en: 'Approved in bulk' },
  undo: { th: 'ยกเลิกทั้งชุด', en: 'Undone as a batch' },
  undo_approve: { th: 'ยกเลิกการอนุมัติ', en: 'Approval undone' },
  progress: { th: 'เผยแพร่ความคืบหน้า', en: 'Progress published' },
  revise: { th: 'ปรับค่าเป้าหมาย', en: 'Target revised' },
  end: { th: 'สิ้นสุด', en: 'Ended' },
  lock: { th: 'ล็อกรอบ', en: 'Period locked' },
  unlock: { th: 'ปลดล็อกรอบ', en: 'Period unlocked' },
  import: { th: 'นำเข้า (แทนที่ทั้งปี)', en: 'Imported (replacing the year)' },
  import_merge: { th: 'นำเข้า (เพิ่มและแก้ไข)', en: 'Imported (add and update)' },
  publish_provisional: { th: 'เผยแพร่ค่าเบื้องต้น', en: 'Provisional figure published' },
  withdraw_provisional: { th: 'ถอนค่าเบื้องต้น', en: 'Provisional figure withdrawn' },
  confirm: { th: 'ยืนยัน', en: 'Confirmed' },
  close: { th: 'ปิด', en: 'Closed' },
  resend: { th: 'ส่งซ้ำ', en: 'Resent' },
  freeze: { th: 'ตรึงเอกสาร', en: 'Frozen' },
  reissue: { th: 'ออกเอกสารใหม่', en: 'Reissued' },
  password_reset: { th: 'ตั้งรหัสผ่านใหม่', en: 'Password reset' },
  restore_backup: { th: 'กู้คืนจากไฟล์สำรอง (ทุกคนต้องเข้าสู่ระบบใหม่)', en: 'Restored from a backup (everyone signs in again)' },
  password_change: { th: 'เปลี่ยนรหัสผ่าน', en: 'Password changed' },
  'auth.sign_in': { th: 'เข้าสู่ระบบ', en: 'Signed in' },
  'auth.sign_in_failed': { th: 'เข้าสู่ระบบไม่สำเร็จ', en: 'Failed sign-in' },
  'auth.throttled': { th: 'ถูกระงับการเข้าสู่ระบบชั่วคราว (พยายามผิดหลายครั้ง)', en: 'Sign-in throttled (too many failures)' },
  'auth.sign_out': { th: 'ออกจากระบบ', en: 'Signed out' },
  'auth.password_change': { th: 'เปลี่ยนรหัสผ่าน', en: 'Password changed' },
  'auth.password_reset': { th: 'ตั้งรหัสผ่านใหม่', en: 'Password reset' },
  'auth.sessions_revoked': { th: 'ยกเลิกการเข้าสู่ระบบทุกอุปกรณ์', en: 'All sessions revoked' },
  'auth.password_reset_requested': { th: 'ขอลิงก์ตั้งรหัสผ่านใหม่', en: 'Password reset requested' },
  'auth.invitation_sent': { th: 'ส่งคำเชิญทางอีเมล', en: 'Invitation sent' },
  'auth.invitation_accepted': { th: 'ตอบรับคำเชิญและตั้งรหัสผ่าน', en: 'Invitation accepted' },
  'auth.invitation_import': { th: 'นำเข้ารายชื่อเพื่อเชิญ', en: 'Invitations imported' },
  'auth.email_change_requested': { th: 'ขอเปลี่ยนอีเมล', en: 'E-mail change requested' },
  'auth.email_confirmed': { th: 'ยืนยันอีเมลใหม่', en: 'New e-mail confirmed' },
};

/** How each recorded field is named. */
export const AUDIT_FIELDS: Record<string, Bilingual> = {
  value: { th: 'ค่า', en: 'Value' },
  // An import's counts.
  rows: { th: 'จำนวนแถว', en: 'Rows' },
  added: { th: 'เพิ่ม', en: 'Added' },
  updated: { th: 'แก้ไข', en: 'Changed' },
  changed: { th: 'เปลี่ยน', en: 'Changed' },
  unchanged: { th: 'ไม่เปลี่ยน', en: 'Unchanged' },
  removed: { th: 'นำออก', en: 'Removed' },
  deactivated: { th: 'ปิดการใช้งาน', en: 'Deactivated' },
  note: { th: 'หมายเหตุ', en: 'Note' },
  evidenceUrl: { th: 'ลิงก์หลักฐาน', en: 'Evidence link' },
  status: { th: 'สถานะ', en: 'Status' },
  reviewStatus: { th: 'สถานะการตรวจ', en: 'Review state' },
  reviewComment: { th: 'ความเห็นผู้ตรวจ', en: 'Reviewer’s comment' },
  progress: { th: 'ความคืบหน้า (%)', en: 'Progress (%)' },
  sourceTh: { th: 'แหล่งที่มา', en: 'Source' },
  sourceUrl: { th: 'ลิงก์แหล่งที่มา', en: 'Source link' },
  submissionId: { th: 'รายการที่ส่ง', en: 'Submission' },
  code: { th: 'รหัส', en: 'Code' },
  nameTh: { th: 'ชื่อ (ไทย)', en: 'Name (Thai)' },
  nameEn: { th: 'ชื่อ (อังกฤษ)', en: 'Name (English)' },
  titleTh: { th: 'ชื่อ (ไทย)', en: 'Title (Thai)' },
  titleEn: { th: 'ชื่อ (อังกฤษ)', en: 'Title (English)' },
  level: { th: 'ระดับ', en: 'Level' },
  type: { th: 'ประเภท', en: 'Type' },
  active: { th: 'ใช้งาน', en: 'Active' },
  role: { th: 'บทบาท', en: 'Role' },
  username: { th: 'ชื่อผู้ใช้', en: 'Username' },
  displayName: { th: 'ชื่อที่แสดง', en: 'Display name' },
  email: { th: 'อีเมล', en: 'E-mail' },
  year: { th: 'ปี', en: 'Year' },
  opensOn: { th: 'วันเปิด', en: 'Opens on' },
  deadline: { th: 'กำหนดส่ง', en: 'Deadline' },
  locked: { th: 'ล็อก', en: 'Locked' },
  fromYear: { th: 'ตั้งแต่ปี', en: 'From year' },
  toYear: { th: 'ถึงปี', en: 'To year' },
  agencyId: { th: 'หน่วยงาน', en: 'Agency' },
  leadAgencyId: { th: 'หน่วยงานเจ้าภาพ', en: 'Lead agency' },
  parentId: { th: 'หน่วยงานต้นสังกัด', en: 'Parent agency' },
  indicatorId: { th: 'ตัวชี้วัด', en: 'Indicator' },
  userId: { th: 'ผู้ใช้', en: 'User' },
  createdBy: { th: 'ผู้สร้าง', en: 'Created by' },
  enteredBy: { th: 'ผู้บันทึก', en: 'Entered by' },
  approvedBy: { th: 'ผู้อนุมัติ', en: 'Approved by' },
  reviewedBy: { th: 'ผู้ตรวจ', en: 'Reviewed by' },
  undoneBy: { th: 'ผู้ยกเลิก', en: 'Undone by' },
  undoneAt: { th: 'เวลาที่ยกเลิก', en: 'Undone at' },
  count: { th: 'จำนวน', en: 'Count' },
  unit: { th: 'หน่วย', en: 'Unit' },
  startDate: { th: 'วันเริ่ม', en: 'Start date' },
  endDate: { th: 'วันสิ้นสุด', en: 'End date' },
  rowCount: { th: 'จำนวนแถว', en: 'Rows' },
  reason: { th: 'เหตุผล', en: 'Reason' },
  sessions: { th: 'การเข้าสู่ระบบที่ใช้อยู่', en: 'Open sessions' },
  meetingId: { th: 'การประชุม', en: 'Meeting' },
  meetingDate: { th: 'วันประชุม', en: 'Meeting date' },
  numberTh: { th: 'ครั้งที่', en: 'Number (Thai)' },
  numberEn: { th: 'ครั้งที่ (อังกฤษ)', en: 'Number' },
  agenda: { th: 'วาระ', en: 'Agenda' },
  kind: { th: 'ชนิด', en: 'Kind' },
  textTh: { th: 'ข้อความ (ไทย)', en: 'Text (Thai)' },
  textEn: { th: 'ข้อความ (อังกฤษ)', en: 'Text (English)' },
  bodyTh: { th: 'ข้อความ (ไทย)', en: 'Text (Thai)' },
  bodyEn: { th: 'ข้อความ (อังกฤษ)', en: 'Text (English)' },
  dueDate: { th: 'กำหนดเสร็จ', en: 'Due date' },
  closedOn: { th: 'วันที่ปิด', en: 'Closed on' },
  state: { th: 'สถานะ', en: 'State' },
  subjectType: { th: 'เรื่องของ', en: 'Subject type' },
  subjectKey: { th: 'เรื่อง', en: 'Subject' },
  packVersion: { th: 'ฉบับของเอกสาร', en: 'Pack version' },
  planId: { th: 'แผน', en: 'Plan' },
  isPublic: { th: 'เปิดเผยต่อสาธารณะ', en: 'Public' },
  isDemo: { th: 'ข้อมูลสาธิต', en: 'Demo data' },
  isExample: { th: 'ตัวอย่าง', en: 'Example' },
  publishedOn: { th: 'วันที่เผยแพร่', en: 'Published on' },
  approvedAt: { th: 'เวลาที่อนุมัติ', en: 'Approved at' },
  reviewedAt: { th: 'เวลาที่ตรวจ', en: 'Reviewed at' },
  submittedAt: { th: 'เวลาที่ส่ง', en: 'Submitted at' },
  levels: { th: 'ระดับ', en: 'Levels' },
  username_hash: { th: 'ชื่อผู้ใช้ (แฮช)', en: 'Username (hashed)' },
};

/** Vocabularies a field's value is a word of. */
const VOCABULARIES: Record<string, ReadonlyArray<Record<string, Bilingual>>> = {
  status: [SUBMISSION_STATUS_LABELS, QUICK_WIN_STATUS_LABELS],
  reviewStatus: [SUBMISSION_STATUS_LABELS],
  level: [LEVEL_LABELS],
  levels: [LEVEL_LABELS],
  type: [AGENCY_TYPE_LABELS],
  role: [ROLE_LABELS],
  unit: [UNIT_LABELS],
};

type Named = { id: number; code: string; nameTh: string; nameEn: string | null };
export type AuditNames = { agencies: Named[]; indicators: Named[]; users: Array<{ id: number; username: string; displayName: string }> };
/** `yesNo`: the row's `value` is a yes/no indicator's, read as มี / ไม่มี rather than 1 / 0. */
export type AuditContext = { lang: Lang; cal: Calendar; names: AuditNames; yesNo?: boolean };
export type AuditChange = { field: string; before?: unknown; after?: unknown };

const YES = { th: 'ใช่', en: 'yes' };
const NO = { th: 'ไม่ใช่', en: 'no' };

export const actionText = (action: string, lang: Lang) => (AUDIT_ACTIONS[action] ? labelIn(lang, AUDIT_ACTIONS[action]) : action);
export const fieldText = (field: string, lang: Lang) => (AUDIT_FIELDS[field] ? labelIn(lang, AUDIT_FIELDS[field]) : field);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function nameOf(field: string, id: number, ctx: AuditContext): string | null {
  const has = (kind: keyof typeof AUDIT_ID_FIELDS) => (AUDIT_ID_FIELDS[kind] as readonly string[]).includes(field);
  if (has('agency')) {
    const a = ctx.names.agencies.find((n) => n.id === id);
    return a ? `${a.code} ${labelIn(ctx.lang, a.nameTh, a.nameEn)}` : null;
  }
  if (has('indicator')) {
    const i = ctx.names.indicators.find((n) => n.id === id);
    return i ? `${i.code} ${labelIn(ctx.lang, i.nameTh, i.nameEn)}` : null;
  }
  if (has('user')) {
    const u = ctx.names.users.find((n) => n.id === id);
    return u ? `${u.displayName} (${u.username})` : null;
  }
  return null;
}

/** One recorded value in words. */
export function valueText(field: string, value: unknown, ctx: AuditContext): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return labelIn(ctx.lang, value ? YES : NO);
  if (typeof value === 'number') {
    if (field === 'value' && ctx.yesNo) return formatIndicatorValue(value, { unit: 'boolean', decimals: 0 }, ctx.lang);
    const named = Number.isInteger(value) ? nameOf(field, value, ctx) : null;
    if (named) return named;
    // Years are not amounts: no thousands separator.
    if (field === 'year' || field.endsWith('Year')) return String(value);
    const decimals = Number.isInteger(value) ? 0 : Math.min(4, String(value).split('.')[1]?.length ?? 0);
    return formatNumber(value, ctx.lang, decimals);
  }
  if (typeof value === 'string') {
    for (const vocabulary of VOCABULARIES[field] ?? []) if (vocabulary[value]) return labelIn(ctx.lang, vocabulary[value]);
    if (isoDate.test(value)) return formatDate(value, ctx.lang, ctx.cal);
    if (isoTime.test(value)) return `${formatDate(value, ctx.lang, ctx.cal)} ${value.slice(11, 16)}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(field, v, ctx)).join(', ');
  return JSON.stringify(value);
}

/** "สถานะ: ร่าง → ส่งแล้ว รอตรวจ" */
export const changeText = (c: AuditChange, ctx: AuditContext) => `${fieldText(c.field, ctx.lang)}: ${valueText(c.field, c.before, ctx)} → ${valueText(c.field, c.after, ctx)}`;
