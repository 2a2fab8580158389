// Every procedure of the router × the six identities. The procedures come from appRouter itself:
// a procedure without an entry in EXPECTED (or an entry for one that no longer exists) fails
// the suite. An allowed identity's call succeeds (each entry's input is chosen so that it can);
// a refused one fails with `unauthenticated` (signed out) or a forbidden code, and writes nothing.
// Who is allowed follows the named procedures of server/trpc.ts (shared/domain.ts ROLE_SETS),
// narrowed where a service checks the agency (refusedWith).
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { assignments, indicatorValues, mailOutbox, projectActivities, quickWins, reportingPeriods, users } from '../../db/schema';
import { issueDeviceToken } from '../../server/activities/device-token';
import { createForm } from '../../server/activities/forms';
import { planRound } from '../../server/activities/rounds';
import { hashPassword } from '../../server/accounts/passwords';
import { inviteUser, requestEmailChange, requestPasswordReset } from '../../server/accounts/links';
import { enqueueMail } from '../../server/notifications/outbox';
import { signUnsubscribe, unsubscribeKey } from '../../server/notifications/unsubscribe';
import { publishProvisional } from '../../server/plan/provisional';
import { saveAction, saveCommentary, saveMeeting } from '../../server/meetings/meetings';
import { freezePack } from '../../server/meetings/pack';
import { saveValue } from '../../server/reporting/submissions';
import { approveMany } from '../../server/reporting/review';
import { addQuickWinProgress } from '../../server/quick-wins/updates';
import { appRouter } from '../../server/router';
import { ROLE_SETS, type Role, type RoleSet } from '../../shared/domain';
import type { ErrorCode } from '../../shared/errors';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { outcomeOf } from '../helpers/errors';
import { commitItaImport } from '../helpers/ita';
import { setupReporting, type Identities } from '../helpers/reporting';

type Who = keyof Identities;
type Caller = ReturnType<typeof callerFor>;
type World = Awaited<ReturnType<typeof prepareWorld>>;

const WHO: readonly Who[] = ['anonymous', 'reporterA', 'reporterB', 'analyst', 'committee', 'admin'];
const ROLE: Record<Exclude<Who, 'anonymous'>, Role> = { reporterA: 'reporter', reporterB: 'reporter', analyst: 'analyst', committee: 'committee', admin: 'admin' };
const PASSWORD = 'matrix password 123';

/** The codes that mean "not you": authentication and authorisation, never data. */
const AUTH_CODES: readonly ErrorCode[] = ['unauthenticated', 'forbidden_role', 'own_agency_only', 'not_assigned', 'not_lead_agency', 'reporters_only'];

const EVERYONE = WHO;
const SIGNED_IN = WHO.filter((w) => w !== 'anonymous');
/** The identities a named procedure of server/trpc.ts lets in (shared/domain.ts ROLE_SETS). */
const roleSet = (set: RoleSet) => SIGNED_IN.filter((w) => (ROLE_SETS[set] as readonly Role[]).includes(ROLE[w as keyof typeof ROLE]));
const without = (list: readonly Who[], ...out: Who[]) => list.filter((w) => !out.includes(w));

async function prepareWorld(db: Db) {
  const world = setupReporting(db);
  // Real hashes, so that sign-in and password changes run their whole path.
  db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).run();
  // A submitted value of agency A (OCSC) for the review procedures.
  const submitted = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S3-EX-01']!, year: 2569, value: 10, version: null, intent: 'submit' });
  // Provisional figures (1 of 77 agencies): 2567 to publish early, 2569 already published, to withdraw.
  const s3 = world.ind['S3-EX-01']!;
  db.insert(indicatorValues).values([{ indicatorId: s3, year: 2567, agencyId: world.agencyIds.P41, value: 5 }, { indicatorId: s3, year: 2569, agencyId: world.agencyIds.P41, value: 7 }]).run();
  const publication = publishProvisional(db, world.ids.admin, { indicatorCode: 'S3-EX-01', year: 2569, reason: 'for the matrix' });
  // Two kept versions of ITA 2567, the first to restore.
  const itaFile = (total: number) => ({ year: 2567, fileName: 'ita.csv', contentBase64: csvBase64(['agency_code,total,iit,eit,oit', `OCSC,${total},90,90,90`]) });
  const itaVersion = (await commitItaImport(db, world.ids.admin, itaFile(80))).importId;
  await commitItaImport(db, world.ids.admin, itaFile(81));
  // A Quick Win progress update of agency A waiting for review (QW-EX-02, led by the OCSC), and a
  // second submitted value to approve in bulk (then undo).
  const qw2 = row(db.select({ id: quickWins.id, version: quickWins.version }).from(quickWins).where(eq(quickWins.code, 'QW-EX-02')).get(), 'QW-EX-02');
  const pendingProgress = addQuickWinProgress(db, world.ids.reporterA, { quickWinId: qw2.id, version: qw2.version, status: 'in_progress', progress: 20, note: 'เริ่มแล้ว' });
  const forBulk = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S1-EX-01']!, year: 2569, value: 90, version: null, intent: 'submit' });
  const batchSub = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S1-EX-02']!, year: 2569, value: 1, version: null, intent: 'submit' });
  const batch = approveMany(db, world.ids.admin, { items: [{ id: batchSub.id, version: batchSub.version }], confirmCount: 1 }).batch;
  // A waiting e-mail (for the Outbox procedures) and a signed unsubscribe link of agency A's reporter.
  enqueueMail(db, { dedupeKey: 'matrix', recipient: { id: world.ids.reporterA.id, email: 'a@matrix.test', language: 'th' }, payload: { kind: 'test' } }, new Date());
  const mailId = row(db.select({ id: mailOutbox.id }).from(mailOutbox).get(), 'outbox message').id;
  // Account links: an invited analyst (with a reset link too) and agency A's reporter's new address waiting.
  const invited = inviteUser(db, world.ids.admin, { displayName: 'Invited', email: 'invited@matrix.test', role: 'analyst', agencyId: null, language: 'th' });
  requestPasswordReset({ db, ip: '10.0.0.1' }, { email: 'invited@matrix.test' });
  requestEmailChange(db, world.ids.reporterA, { email: 'a.new@matrix.test' });
  const linkToken = (kind: 'invitation' | 'password_reset' | 'email_confirm') =>
    (JSON.parse(row(db.select({ payload: mailOutbox.payload }).from(mailOutbox).where(eq(mailOutbox.kind, kind)).get(), kind).payload) as { token: string }).token;
  const links = { invitedId: invited.id, invitation: linkToken('invitation'), reset: linkToken('password_reset'), emailConfirm: linkToken('email_confirm') };
  // A public meeting with a frozen pack (no browser here: the matrix is about who, not the PDF).
  const meeting = saveMeeting(db, world.ids.admin, { numberTh: 'ครั้งที่ 1/2569', meetingDate: '2026-01-15', isPublic: true });
  const commentary = saveCommentary(db, world.ids.admin, { meetingId: meeting.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'ความเห็น', state: 'draft', version: null });
  const action = saveAction(db, world.ids.admin, { meetingId: meeting.id, kind: 'action', textTh: 'ติดตาม', dueDate: '2026-03-01' });
  await freezePack(db, world.ids.admin, { meetingId: meeting.id }, async () => ({ ok: false, error: 'no_chromium' }));
  return {
    meeting,
    commentary,
    action,
    ...world,
    mailId,
    links,
    unsubscribeToken: signUnsubscribe(unsubscribeKey(db), world.ids.reporterA.id, 'reminder'),
    publication,
    itaVersion,
    submitted: { id: submitted.id, version: submitted.version },
    forBulk: { id: forBulk.id, version: forBulk.version },
    batch: { id: batch.id, version: batch.version },
    pendingProgress: { id: pendingProgress.updateId, version: 1 },
    // QW-EX-01 is led by agency A (OCSC).
    quickWin: row(db.select({ id: quickWins.id, version: quickWins.version }).from(quickWins).where(eq(quickWins.code, 'QW-EX-01')).get(), 'QW-EX-01'),
    committeeVersion: row(db.select({ version: users.version }).from(users).where(eq(users.id, world.ids.committee.id)).get(), 'committee').version,
    period: row(db.select({ id: reportingPeriods.id, version: reportingPeriods.version }).from(reportingPeriods).where(eq(reportingPeriods.year, 2569)).get(), '2569 period'),
    assignment: row(
      db
        .select({ id: assignments.id, version: assignments.version })
        .from(assignments)
        .where(and(eq(assignments.indicatorId, world.ind['S1-EX-02']!), eq(assignments.agencyId, world.agencyIds.OCSC)))
        .get(),
      'S1-EX-02 assignment',
    ),
    ...activityWorld(db, world.ids.admin),
  };
}

/** A drafted round (to confirm, edit, delete) and an open form on it with a device token. */
function activityWorld(db: Db, admin: Parameters<typeof planRound>[1]) {
  const activityId = row(db.select({ id: projectActivities.id }).from(projectActivities).orderBy(projectActivities.id).get(), 'activity').id;
  const draft = planRound(db, admin, { activityId, provinceCodes: ['71', '70'], basisYear: 2568, groupsTh: '' });
  const form = createForm(db, admin, { roundId: draft.id, titleTh: 'แบบประเมิน', consentTh: 'ยินยอม', opensOn: '2020-01-01', closesOn: '2099-12-31', objectives: true, outcomes: false, sets: [] });
  return { activityId, draft: { id: draft.id, version: draft.version }, form: { ...form, token: issueDeviceToken(form.publicId) } };
}

function row<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the matrix world has no ${what}`);
  return value;
}

type Entry = {
  /** Who gets past authorisation; with these inputs their call succeeds. */
  allowed: readonly Who[];
  call: (c: Caller, w: World) => Promise<unknown>;
  /** A signed-in identity refused by the service rather than by the role set, and its code. */
  refusedWith?: Partial<Record<Who, ErrorCode>>;
};

const csvBase64 = (lines: string[]) => Buffer.from(lines.join('\n') + '\n').toString('base64');
const indicatorInput = {
  code: 'S2-NEW-01',
  strategyNo: 2,
  measureCode: '2.1',
  nameTh: 'ตัวชี้วัดใหม่',
  unit: 'percent',
  direction: 'higher',
  scope: 'national',
  sourceOrgTh: 'สำนักงาน ก.พ.',
} as const;

const EXPECTED: Record<string, Entry> = {
  'plan.overview': { allowed: EVERYONE, call: (c) => c.plan.overview() },
  'strategy.byNo': { allowed: EVERYONE, call: (c) => c.strategy.byNo({ no: 1 }) },
  'indicator.list': { allowed: EVERYONE, call: (c) => c.indicator.list() },
  'indicator.agencyValues': { allowed: EVERYONE, call: (c) => c.indicator.agencyValues({ code: 'S3-EX-01' }) },
  'indicator.byCode': { allowed: EVERYONE, call: (c) => c.indicator.byCode({ code: 'CPI-SCORE' }) },

  'planAdmin.upsertMeasure': { allowed: roleSet('admin'), call: (c) => c.planAdmin.upsertMeasure({ strategyNo: 3, code: '3.9', nameTh: 'กลยุทธ์ใหม่' }) },
  'planAdmin.upsertIndicator': { allowed: roleSet('admin'), call: (c) => c.planAdmin.upsertIndicator(indicatorInput) },
  'planAdmin.setTarget': { allowed: roleSet('admin'), call: (c) => c.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2570, value: 95 }) },
  'planAdmin.upsertQuickWin': {
    allowed: roleSet('admin'),
    call: (c) => c.planAdmin.upsertQuickWin({ code: 'QW-NEW-01', strategyNo: 4, levels: ['local'], titleTh: 'Quick Win ใหม่', status: 'not_started', progress: 0 }),
  },
  'planAdmin.targets': { allowed: roleSet('admin'), call: (c) => c.planAdmin.targets({ indicatorCode: 'CPI-SCORE' }) },
  'planAdmin.publishProvisional': { allowed: roleSet('admin'), call: (c) => c.planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: 2567, reason: 'early look' }) },
  'planAdmin.withdrawProvisional': { allowed: roleSet('admin'), call: (c, w) => c.planAdmin.withdrawProvisional({ ...w.publication, reason: 'withdrawn' }) },

  'quickWin.list': { allowed: EVERYONE, call: (c) => c.quickWin.list() },
  'quickWinUpdate.list': { allowed: EVERYONE, call: (c, w) => c.quickWinUpdate.list({ quickWinId: w.quickWin.id }) },
  'quickWinUpdate.mine': { allowed: roleSet('quickWinLeads'), call: (c) => c.quickWinUpdate.mine() },
  'quickWinUpdate.add': {
    // A reporter only for a Quick Win its agency leads: B's reporter is turned away by the service.
    allowed: without(roleSet('quickWinLeads'), 'reporterB'),
    refusedWith: { reporterB: 'not_lead_agency' },
    call: (c, w) => c.quickWinUpdate.add({ quickWinId: w.quickWin.id, version: w.quickWin.version, status: 'in_progress', progress: 40, note: 'ความคืบหน้า' }),
  },

  'compare.years': { allowed: EVERYONE, call: (c) => c.compare.years({}) },
  'indices.summary': { allowed: EVERYONE, call: (c) => c.indices.summary() },
  'report.committee': { allowed: EVERYONE, call: (c) => c.report.committee() },
  'province.list': { allowed: EVERYONE, call: (c) => c.province.list() },
  'province.groups': { allowed: EVERYONE, call: (c) => c.province.groups() },

  'agency.list': { allowed: EVERYONE, call: (c) => c.agency.list() },
  'agency.create': {
    allowed: roleSet('admin'),
    call: (c) => c.agency.create({ code: 'NEW-1', nameTh: 'ใหม่', nameEn: '', level: 'central', type: 'department', parentId: null, provinceCode: null }),
  },
  'agency.update': {
    allowed: roleSet('admin'),
    call: (c, w) =>
      c.agency.update({ id: w.agencyIds.NACC, version: 1, code: 'NACC', nameTh: 'สำนักงาน ป.ป.ช.', nameEn: 'NACC', level: 'central', type: 'independent_organ', parentId: null, provinceCode: '12', active: true }),
  },
  'agency.setActive': { allowed: roleSet('admin'), call: (c, w) => c.agency.setActive({ id: w.agencyIds.NACC, version: 1, active: false }) },
  'agency.import': {
    allowed: roleSet('admin'),
    call: async (c) => {
      const file = { fileName: 'a.csv', format: 'csv' as const, contentBase64: csvBase64(['code,name_th,level,type', 'IMP-1,นำเข้า,central,department']) };
      const dry = await c.agency.import({ ...file, dryRun: true });
      return c.agency.import({ ...file, dryRun: false, basis: dry.basis });
    },
  },

  'ita.years': { allowed: EVERYONE, call: (c) => c.ita.years() },
  'ita.national': { allowed: EVERYONE, call: (c) => c.ita.national() },
  'ita.grades': { allowed: EVERYONE, call: (c) => c.ita.grades() },
  'ita.histogram': { allowed: EVERYONE, call: (c) => c.ita.histogram() },
  'ita.breakdown': { allowed: EVERYONE, call: (c) => c.ita.breakdown({ by: 'province' }) },
  'ita.indicators': { allowed: EVERYONE, call: (c) => c.ita.indicators() },
  'ita.movers': { allowed: EVERYONE, call: (c) => c.ita.movers({ from: 2567, to: 2568 }) },
  'ita.agencies': { allowed: EVERYONE, call: (c) => c.ita.agencies() },
  'ita.agency': { allowed: EVERYONE, call: (c) => c.ita.agency({ code: 'OCSC' }) },
  'ita.province': { allowed: EVERYONE, call: (c) => c.ita.province({ code: '71' }) },
  'ita.targeting': { allowed: EVERYONE, call: (c) => c.ita.targeting() },

  'activity.list': { allowed: EVERYONE, call: (c) => c.activity.list() },
  'activity.project': { allowed: EVERYONE, call: (c) => c.activity.project({ projectId: 1 }) },
  'activity.round': { allowed: EVERYONE, call: (c) => c.activity.round({ roundId: 1 }) },
  'activity.roundSave': {
    allowed: roleSet('planners'),
    call: (c, w) => c.activity.roundSave({ activityId: w.activityId, roundNo: 99, startDate: '2024-06-20', endDate: '2024-06-21', provinceCodes: ['71'] }),
  },
  'activity.roundPlan': { allowed: roleSet('planners'), call: (c, w) => c.activity.roundPlan({ activityId: w.activityId, provinceCodes: ['41'] }) },
  'activity.roundConfirm': { allowed: roleSet('admin'), call: (c, w) => c.activity.roundConfirm({ roundId: w.draft.id, version: w.draft.version }) },
  'activity.roundDelete': { allowed: roleSet('planners'), call: (c, w) => c.activity.roundDelete({ roundId: w.draft.id, version: w.draft.version }) },
  'activity.observationAdd': { allowed: roleSet('admin'), call: (c) => c.activity.observationAdd({ roundId: 1, noteTh: 'ผู้เข้าร่วมตั้งใจ' }) },
  'activity.readinessSet': { allowed: roleSet('admin'), call: (c) => c.activity.readinessSet({ provinceCode: '71', readiness: 'ready', note: 'พร้อม' }) },
  'activity.questionSets': { allowed: roleSet('insiders'), call: (c) => c.activity.questionSets() },
  'activity.formCreate': {
    allowed: roleSet('admin'),
    call: (c) => c.activity.formCreate({ roundId: 1, titleTh: 'แบบประเมิน', consentTh: 'ยินยอม', opensOn: '2026-01-01', closesOn: '2026-01-02', sets: ['satisfaction'] }),
  },
  'activity.formClose': { allowed: roleSet('admin'), call: (c, w) => c.activity.formClose({ formId: w.form.id, version: 1 }) },
  'activity.formLink': { allowed: roleSet('admin'), call: (c, w) => c.activity.formLink({ formId: w.form.id }) },
  'activity.formResults': { allowed: roleSet('insiders'), call: (c, w) => c.activity.formResults({ formId: w.form.id }) },
  'activity.compareRounds': { allowed: roleSet('insiders'), call: (c) => c.activity.compareRounds({ projectId: 1 }) },
  'activity.publicForm': { allowed: EVERYONE, call: (c, w) => c.activity.publicForm({ publicId: w.form.publicId }) },
  'activity.submit': {
    allowed: EVERYONE,
    call: async (c, w) => {
      const form = await c.activity.publicForm({ publicId: w.form.publicId });
      return c.activity.submit({ publicId: w.form.publicId, token: w.form.token, consent: true, answers: form.questions.map((q) => ({ questionId: q.id, score: 4 })) });
    },
  },
  'ita.import': {
    allowed: roleSet('admin'),
    call: async (c) => {
      const input = { year: 2568, fileName: 'ita.csv', contentBase64: csvBase64(['agency_code,total,iit,eit,oit', 'OCSC,90,90,90,90']) };
      const dry = await c.ita.import(input);
      return c.ita.import({ ...input, dryRun: false, basis: dry.basis, confirmYear: 2568 });
    },
  },
  'ita.restore': {
    allowed: roleSet('admin'),
    call: async (c, w) => {
      const dry = await c.ita.version({ importId: w.itaVersion });
      return c.ita.restore({ importId: w.itaVersion, basis: dry.basis, confirmYear: 2567 });
    },
  },
  'ita.version': { allowed: roleSet('admin'), call: (c, w) => c.ita.version({ importId: w.itaVersion }) },
  'ita.imports': { allowed: roleSet('admin'), call: (c) => c.ita.imports({}) },

  'auth.me': { allowed: EVERYONE, call: (c) => c.auth.me() },
  'auth.login': { allowed: EVERYONE, call: (c, w) => c.auth.login({ username: w.ids.analyst.username, password: PASSWORD }) },
  'auth.logout': { allowed: EVERYONE, call: (c) => c.auth.logout() },
  'auth.changePassword': { allowed: SIGNED_IN, call: (c) => c.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'another long password' }) },
  'auth.invitation': { allowed: EVERYONE, call: (c, w) => c.auth.invitation({ token: w.links.invitation }) },
  'auth.acceptInvitation': { allowed: EVERYONE, call: (c, w) => c.auth.acceptInvitation({ token: w.links.invitation, password: 'another long password' }) },
  'auth.requestPasswordReset': { allowed: EVERYONE, call: (c) => c.auth.requestPasswordReset({ email: 'invited@matrix.test' }) },
  'auth.resetPassword': { allowed: EVERYONE, call: (c, w) => c.auth.resetPassword({ token: w.links.reset, password: 'another long password' }) },
  'auth.requestEmailChange': { allowed: SIGNED_IN, call: (c) => c.auth.requestEmailChange({ email: 'new@matrix.test' }) },
  'auth.confirmEmail': { allowed: EVERYONE, call: (c, w) => c.auth.confirmEmail({ token: w.links.emailConfirm }) },

  'user.list': { allowed: roleSet('admin'), call: (c) => c.user.list() },
  'user.create': {
    allowed: roleSet('admin'),
    call: (c) => c.user.create({ username: 'newbie', displayName: 'n', role: 'analyst', agencyId: null, password: 'long enough password' }),
  },
  'user.update': {
    allowed: roleSet('admin'),
    call: (c, w) => c.user.update({ id: w.ids.committee.id, version: w.committeeVersion, displayName: 'renamed', role: 'committee', agencyId: null, active: true }),
  },
  'user.resetPassword': { allowed: roleSet('admin'), call: (c, w) => c.user.resetPassword({ id: w.ids.analyst.id, password: 'brand new password' }) },
  'user.invite': { allowed: roleSet('admin'), call: (c) => c.user.invite({ displayName: 'New', email: 'new@matrix.test', role: 'analyst', agencyId: null, language: 'th' }) },
  'user.reinvite': { allowed: roleSet('admin'), call: (c, w) => c.user.reinvite({ id: w.links.invitedId }) },
  'user.importInvitations': {
    allowed: roleSet('admin'),
    call: (c) => c.user.importInvitations({ fileName: 'contacts.csv', format: 'csv', contentBase64: csvBase64(['agency_code,name,email,role', ',Analyst,an@matrix.test,analyst']), dryRun: false, language: 'th' }),
  },
  'user.unreachableAgencies': { allowed: roleSet('admin'), call: (c) => c.user.unreachableAgencies() },

  'period.list': { allowed: SIGNED_IN, call: (c) => c.period.list() },
  'period.create': { allowed: roleSet('admin'), call: (c) => c.period.create({ year: 2571, opensOn: '2028-10-01', deadline: '2028-12-31', locked: false }) },
  'period.update': {
    allowed: roleSet('admin'),
    call: (c, w) => c.period.update({ id: w.period.id, version: w.period.version, opensOn: '2026-01-01', deadline: '2030-01-01', locked: false }),
  },

  'assignment.list': { allowed: roleSet('insiders'), call: (c) => c.assignment.list() },
  'assignment.create': {
    allowed: roleSet('admin'),
    call: (c, w) => c.assignment.create({ indicatorId: w.ind['S1-EX-02']!, agencyId: null, agencyType: null, agencyLevel: 'local' }),
  },
  'assignment.delete': { allowed: roleSet('admin'), call: (c, w) => c.assignment.delete({ id: w.assignment.id, version: w.assignment.version }) },

  'reporting.mine': { allowed: roleSet('reporters'), call: (c) => c.reporting.mine() },
  'reporting.save': {
    // S1-EX-02 is assigned to agency A only: the agency comes from the session, so B cannot write it.
    allowed: without(roleSet('reporters'), 'reporterB'),
    refusedWith: { reporterB: 'not_assigned' },
    call: (c, w) => c.reporting.save({ indicatorId: w.ind['S1-EX-02']!, year: 2569, value: 1, version: null, intent: 'draft' }),
  },
  'reporting.submissions': {
    // Agency A's data: its reporter and the insiders, never agency B's reporter.
    allowed: without(SIGNED_IN, 'reporterB'),
    refusedWith: { reporterB: 'own_agency_only' },
    call: (c, w) => c.reporting.submissions({ agencyId: w.agencyIds.OCSC, limit: 50, offset: 0 }),
  },
  'reporting.history': {
    allowed: without(SIGNED_IN, 'reporterB'),
    refusedWith: { reporterB: 'own_agency_only' },
    call: (c, w) => c.reporting.history({ indicatorId: w.ind['S3-EX-01']!, year: 2569, agencyId: w.agencyIds.OCSC }),
  },

  'review.queue': { allowed: roleSet('insiders'), call: (c) => c.review.queue() },
  'review.approve': { allowed: roleSet('admin'), call: (c, w) => c.review.approve(w.submitted) },
  'review.return': { allowed: roleSet('admin'), call: (c, w) => c.review.return({ ...w.submitted, comment: 'แก้ไข' }) },
  'review.approveMany': { allowed: roleSet('admin'), call: (c, w) => c.review.approveMany({ items: [w.forBulk], confirmCount: 1 }) },
  'review.facets': { allowed: roleSet('insiders'), call: (c) => c.review.facets() },
  'review.batches': { allowed: roleSet('insiders'), call: (c) => c.review.batches() },
  'review.undoBatch': { allowed: roleSet('admin'), call: (c, w) => c.review.undoBatch({ ...w.batch, reason: 'ย้อน' }) },
  'review.quickWins': { allowed: roleSet('insiders'), call: (c) => c.review.quickWins() },
  'review.approveQuickWin': { allowed: roleSet('admin'), call: (c, w) => c.review.approveQuickWin(w.pendingProgress) },
  'review.returnQuickWin': { allowed: roleSet('admin'), call: (c, w) => c.review.returnQuickWin({ ...w.pendingProgress, comment: 'ขอหลักฐาน' }) },

  'completeness.summary': { allowed: roleSet('insiders'), call: (c) => c.completeness.summary({ groupBy: 'province' }) },
  'completeness.matrix': { allowed: roleSet('insiders'), call: (c) => c.completeness.matrix() },
  'completeness.headline': { allowed: roleSet('insiders'), call: (c) => c.completeness.headline() },

  'meeting.list': { allowed: EVERYONE, call: (c) => c.meeting.list() },
  'meeting.get': { allowed: roleSet('insiders'), call: (c, w) => c.meeting.get({ meetingId: w.meeting.id }) },
  'meeting.preview': { allowed: roleSet('insiders'), call: (c, w) => c.meeting.preview({ meetingId: w.meeting.id }) },
  // A frozen pack of a meeting marked public: everyone (a private one is "not found" for the public).
  'meeting.pack': { allowed: EVERYONE, call: (c, w) => c.meeting.pack({ meetingId: w.meeting.id }) },
  'meeting.save': { allowed: roleSet('admin'), call: (c) => c.meeting.save({ numberTh: 'ครั้งที่ 2/2569', meetingDate: '2026-06-15' }) },
  'meeting.saveCommentary': {
    allowed: roleSet('admin'),
    call: (c, w) => c.meeting.saveCommentary({ meetingId: w.meeting.id, subjectType: 'strategy', subjectKey: '1', bodyTh: 'แก้ไข', state: 'ready', version: w.commentary.version }),
  },
  'meeting.saveAction': {
    allowed: roleSet('admin'),
    call: (c, w) => c.meeting.saveAction({ id: w.action.id, version: w.action.version, meetingId: w.meeting.id, kind: 'action', textTh: 'ติดตาม', status: 'done' }),
  },
  'meeting.freeze': { allowed: roleSet('admin'), call: (c, w) => c.meeting.freeze({ meetingId: w.meeting.id, reason: 're-issue' }) },
  'meeting.next': { allowed: roleSet('insiders'), call: (c) => c.meeting.next() },

  'audit.list': { allowed: roleSet('auditReaders'), call: (c) => c.audit.list() },
  'audit.facets': { allowed: roleSet('auditReaders'), call: (c) => c.audit.facets() },

  'notification.outbox': { allowed: roleSet('admin'), call: (c) => c.notification.outbox() },
  'notification.outboxSummary': { allowed: roleSet('admin'), call: (c) => c.notification.outboxSummary() },
  'notification.message': { allowed: roleSet('admin'), call: (c, w) => c.notification.message({ id: w.mailId }) },
  'notification.resend': { allowed: roleSet('admin'), call: (c, w) => c.notification.resend({ id: w.mailId }) },
  'notification.preferences': { allowed: SIGNED_IN, call: (c) => c.notification.preferences() },
  'notification.setPreferences': { allowed: SIGNED_IN, call: (c) => c.notification.setPreferences({ version: 1, language: 'en', optOut: [] }) },
  'notification.mine': { allowed: SIGNED_IN, call: (c) => c.notification.mine() },
  'notification.markRead': { allowed: SIGNED_IN, call: (c) => c.notification.markRead({ all: true }) },
  'notification.unsubscribe': { allowed: EVERYONE, call: (c, w) => c.notification.unsubscribe({ token: w.unsubscribeToken }) },
};

const PROCEDURES = Object.keys(appRouter._def.procedures).sort();
// meeting.freeze renders a PDF with Chromium when it finds one; the matrix checks who may call, so
// it freezes without a browser (the snapshot is stored and the missing PDF recorded).
process.env.CHROME_PATH = '/nonexistent/chromium';
const fresh = freshDbPerTest(prepareWorld);

describe('permissions matrix', () => {
  it('has one entry for every procedure of the router, and none for a procedure that is gone', () => {
    expect(PROCEDURES.length).toBeGreaterThan(60);
    expect(Object.keys(EXPECTED).sort()).toEqual(PROCEDURES);
  });

  it('names a service-level refusal only for identities the role set lets in, with a forbidden code', () => {
    for (const [name, entry] of Object.entries(EXPECTED)) {
      for (const [who, code] of Object.entries(entry.refusedWith ?? {})) {
        expect(entry.allowed, `${name} ${who}`).not.toContain(who);
        expect(AUTH_CODES, `${name} ${who}`).toContain(code);
      }
    }
  });

  const cases = PROCEDURES.flatMap((name) => WHO.map((who) => [name, who] as const));

  it.each(cases)('%s as %s', async (name, who) => {
    const entry = EXPECTED[name];
    if (!entry) throw new Error(`${name} has no entry in the permissions matrix: say who may call it`);
    const { db, world } = fresh;
    const before = tableCounts(db);
    const outcome = await outcomeOf(entry.call(callerFor(db, world.ids[who]), world));
    if (entry.allowed.includes(who)) {
      expect(AUTH_CODES, `${name} as ${who} should get in`).not.toContain(outcome);
      expect(outcome, `${name} as ${who}`).toBe('ok');
    } else {
      expect(outcome).toBe(who === 'anonymous' ? 'unauthenticated' : (entry.refusedWith?.[who] ?? 'forbidden_role'));
      expect(tableCounts(db)).toEqual(before);
    }
  });
});
