// Domain vocabularies shared by client and server. Labels live here (not in client i18n)
// because server downloads (CSV/XLSX) print them too. No zod here: pages that only need the
// lists and labels stay small; the matching zod schemas are in shared/schemas/domain.ts.

export const LEVELS = ['central', 'regional', 'local'] as const;
/** ส่วนกลาง / ส่วนภูมิภาค / ส่วนท้องถิ่น */
export type Level = (typeof LEVELS)[number];

export const AGENCY_TYPES = [
  'ministry',
  'department',
  'province',
  'state_enterprise',
  'public_organization',
  'independent_organ',
  'judicial_admin',
  'university',
  'pao',
  'municipality',
  'sao',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const UNITS = ['score', 'percent', 'rank', 'count', 'boolean', 'index'] as const;
export type Unit = (typeof UNITS)[number];

export type Direction = 'higher' | 'lower';

export type Scope = 'national' | 'agency';

export const REGIONS = ['north', 'central', 'northeast', 'west', 'east', 'south'] as const;
export type Region = (typeof REGIONS)[number];

export const QUICK_WIN_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'] as const;
export type QuickWinStatus = (typeof QUICK_WIN_STATUSES)[number];

/** A round planned by an analyst stays a draft until the secretariat confirms it. */
export const ROUND_STATUSES = ['draft', 'confirmed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** likert: 1–5 (น้อยที่สุด … มากที่สุด); text: an open comment. */
export const QUESTION_KINDS = ['likert', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** ความพร้อมที่จะรับการพัฒนา, as the secretariat judges it. */
export const READINESS = ['ready', 'not_ready'] as const;
export type Readiness = (typeof READINESS)[number];

export const ROLES = ['admin', 'committee', 'analyst', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may do what: one list per permission. The server's named procedures (server/trpc.ts)
 * and the client's menus and gates read these, so the two cannot drift apart.
 */
export const ROLE_SETS = {
  /** The secretariat (สำนักงาน ก.พ.): keeps the plan, accounts and periods; reviews and publishes. */
  admin: ['admin'],
  /** May read unpublished data: submissions, the review queue, completeness. */
  insiders: ['admin', 'committee', 'analyst'],
  /** May read the audit trail. */
  auditReaders: ['admin', 'committee'],
  /** Agency reporters: act for their own agency only. */
  reporters: ['reporter'],
  /** May record Quick Win progress (a reporter only for a Quick Win its agency leads). */
  quickWinLeads: ['reporter', 'admin'],
  /** May draft activity rounds (the secretariat confirms them): docs/decisions/0013-activities.md. */
  planners: ['admin', 'analyst'],
} as const satisfies Record<string, readonly Role[]>;
export type RoleSet = keyof typeof ROLE_SETS;

/** True when the role is in the set (a signed-out visitor has no role). */
export const hasRole = (role: Role | null | undefined, set: RoleSet): boolean =>
  role != null && (ROLE_SETS[set] as readonly Role[]).includes(role);

/** How an ITA import version came about (docs/decisions/0011-safe-imports.md). */
export const ITA_IMPORT_MODES = ['replace', 'merge', 'restore', 'baseline'] as const;
export type ItaImportMode = (typeof ITA_IMPORT_MODES)[number];
/** The languages of the interface and of e-mails (Thai first). */
export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The e-mails the product sends (each person may turn each off, see shared/notifications.ts):
 * ประกาศเปิดรอบ, เตือนก่อนกำหนด, แจ้งเลยกำหนด, แจ้งส่งคืน, แจ้งอนุมัติ, สรุปประจำวันของฝ่ายเลขานุการ, ทดสอบ,
 * สรุปก่อนการประชุมของคณะกรรมการ (off until the member turns it on),
 * and the account links nobody can turn off: คำเชิญ, ตั้งรหัสผ่านใหม่, ยืนยันอีเมลใหม่.
 */
export const MAIL_KINDS = ['period_opened', 'reminder', 'overdue', 'returned', 'approved', 'digest', 'meeting_digest', 'test', 'invitation', 'password_reset', 'email_confirm'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What a single-use account link does: set the first password, set a new one, confirm a new address. */
export const ACCOUNT_TOKEN_PURPOSES = ['invitation', 'password_reset', 'email_change'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** An outbox message: queued → sending → sent, or failed after the last attempt. */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
/** A Quick Win progress update's review: waiting, sent back with a comment, or published. */
export const QUICK_WIN_REVIEW_STATES = ['submitted', 'returned', 'approved'] as const;
export type QuickWinReviewState = (typeof QUICK_WIN_REVIEW_STATES)[number];
/** The review queue flags a value that moves more than this share from last year's (0.2 = 20 %). */
export const REVIEW_FLAG_SHARE = 0.2;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export type Bilingual = { th: string; en: string };

export const LEVEL_LABELS: Record<Level, Bilingual> = {
  central: { th: 'ส่วนกลาง', en: 'Central' },
  regional: { th: 'ส่วนภูมิภาค', en: 'Regional' },
  local: { th: 'ส่วนท้องถิ่น', en: 'Local' },
};

export const AGENCY_TYPE_LABELS: Record<AgencyType, Bilingual> = {
  ministry: { th: 'กระทรวง', en: 'Ministry' },
  department: { th: 'ส่วนราชการระดับกรม', en: 'Department-level agency' },
  province: { th: 'จังหวัด', en: 'Province' },
  state_enterprise: { th: 'รัฐวิสาหกิจ', en: 'State enterprise' },
  public_organization: { th: 'องค์การมหาชน', en: 'Public organisation' },
  independent_organ: { th: 'องค์กรอิสระ', en: 'Independent organ' },
  judicial_admin: {
    th: 'หน่วยธุรการขององค์กรศาล องค์กรอัยการ และหน่วยงานในสังกัดรัฐสภา',
    en: 'Court, prosecutor and parliament administrative units',
  },
  university: { th: 'สถาบันอุดมศึกษา', en: 'Higher-education institution' },
  pao: { th: 'องค์การบริหารส่วนจังหวัด (อบจ.)', en: 'Provincial administrative organisation' },
  municipality: { th: 'เทศบาล', en: 'Municipality' },
  sao: { th: 'องค์การบริหารส่วนตำบล (อบต.)', en: 'Subdistrict administrative organisation' },
  other: { th: 'หน่วยงานอื่นของรัฐ', en: 'Other state agency' },
};

export const UNIT_LABELS: Record<Unit, Bilingual> = {
  score: { th: 'คะแนน', en: 'score' },
  percent: { th: 'ร้อยละ', en: '%' },
  rank: { th: 'อันดับ', en: 'rank' },
  count: { th: 'จำนวน', en: 'count' },
  boolean: { th: 'มี/ไม่มี', en: 'yes/no' },
  index: { th: 'ค่าดัชนี', en: 'index' },
};

export const REGION_LABELS: Record<Region, Bilingual> = {
  north: { th: 'ภาคเหนือ', en: 'North' },
  central: { th: 'ภาคกลาง', en: 'Central' },
  northeast: { th: 'ภาคตะวันออกเฉียงเหนือ', en: 'Northeast' },
  west: { th: 'ภาคตะวันตก', en: 'West' },
  east: { th: 'ภาคตะวันออก', en: 'East' },
  south: { th: 'ภาคใต้', en: 'South' },
};

/** Stored statuses and the computed "not started — late" (shared/quick-wins.ts). */
export const QUICK_WIN_STATUS_LABELS: Record<QuickWinStatus | 'not_started_late', Bilingual> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  not_started_late: { th: 'ยังไม่เริ่ม — เลยกำหนดเริ่ม', en: 'Not started — late' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  completed: { th: 'แล้วเสร็จ', en: 'Completed' },
  delayed: { th: 'ล่าช้า', en: 'Delayed' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

export const ROLE_LABELS: Record<Role, Bilingual> = {
  admin: { th: 'ผู้ดูแลระบบ (สำนักงาน ก.พ.)', en: 'Administrator (OCSC secretariat)' },
  committee: { th: 'กรรมการ ก.ม.จ.', en: 'Committee member' },
  analyst: { th: 'นักวิเคราะห์', en: 'Analyst' },
  reporter: { th: 'ผู้รายงานของหน่วยงาน', en: 'Agency reporter' },
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus | 'not_started', Bilingual> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted: { th: 'ส่งแล้ว รอตรวจ', en: 'Submitted' },
  returned: { th: 'ส่งกลับแก้ไข', en: 'Returned' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
};

/**
 * Levels whose agencies stand for a province in province figures (ITA by province, targeting,
 * seminar rounds): provincial and local ones. A central agency's HQ address says little.
 */
export const PROVINCE_LEVELS: readonly Level[] = ['regional', 'local'];

/**
 * The records the product names in errors and in the audit trail (entity types). The client
 * words each one (`entity.<name>` messages); the audit row stores the name, an id and a label.
 */
export const ENTITIES = [
  'plan',
  'strategy',
  'measure',
  'indicator',
  'target',
  'value',
  'publication',
  'submission',
  'quick_win',
  'quick_win_update',
  'activity',
  'round',
  'project',
  'form',
  'form_response',
  'observation',
  'readiness',
  'track',
  'agency',
  'province',
  'user',
  'session',
  'period',
  'assignment',
  'ita_import',
  'agency_import',
  'mail',
  'meeting',
  'meeting_commentary',
  'meeting_action',
  'meeting_pack',
  'review_batch',
] as const;
export type Entity = (typeof ENTITIES)[number];

/** Commentary of a meeting: the secretariat's draft, then ready for the pack (only ready text is frozen). */
export const COMMENTARY_STATES = ['draft', 'ready'] as const;
export type CommentaryState = (typeof COMMENTARY_STATES)[number];

/** A meeting's decision or action, kept by the secretariat; open and in-progress ones carry forward. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const isOpenAction = (s: ActionStatus): boolean => s === 'open' || s === 'in_progress';

export const ACTION_STATUS_LABELS: Record<ActionStatus, Bilingual> = {
  open: { th: 'ยังไม่ดำเนินการ', en: 'Open' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'ดำเนินการแล้ว', en: 'Done' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

export const COMMENTARY_STATE_LABELS: Record<CommentaryState, Bilingual> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  ready: { th: 'พร้อมเสนอ', en: 'Ready' },
};
