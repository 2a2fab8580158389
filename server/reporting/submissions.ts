import { and, asc, count, desc, eq, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, auditLog, indicators, indicatorValues, users, valueSubmissions } from '../../db/schema';
import type { ReportingMineInput, ReportingSaveInput, SubmissionListInput, ValueHistoryInput } from '../../shared/schemas/reporting';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { valueEntrySchema } from '../../shared/value-rules';
import type { SessionUser } from '../lib/session-user';
import { conflict, forbidden, invalidInput, notFound, refused } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, updateVersioned } from '../lib/versioned-write';
import { assignedIndicatorIds, isAssigned } from './assignments';
import { todayInThailand } from '../lib/time';
import { assertPeriodOpen, currentPeriodYear, getPeriod, periodState } from './periods';

export const submissionColumns = {
  id: valueSubmissions.id,
  indicatorId: valueSubmissions.indicatorId,
  year: valueSubmissions.year,
  agencyId: valueSubmissions.agencyId,
  value: valueSubmissions.value,
  note: valueSubmissions.note,
  evidenceUrl: valueSubmissions.evidenceUrl,
  status: valueSubmissions.status,
  reviewComment: valueSubmissions.reviewComment,
  submittedAt: valueSubmissions.submittedAt,
  reviewedAt: valueSubmissions.reviewedAt,
  version: valueSubmissions.version,
  updatedAt: valueSubmissions.updatedAt,
};

/** The values an indicator's form needs to validate and label a value. */
export const indicatorRuleColumns = {
  id: indicators.id,
  code: indicators.code,
  nameTh: indicators.nameTh,
  nameEn: indicators.nameEn,
  unit: indicators.unit,
  scope: indicators.scope,
  decimals: indicators.decimals,
  minValue: indicators.minValue,
  maxValue: indicators.maxValue,
  isExample: indicators.isExample,
  /** Shown in the form: what exactly is counted. */
  definitionTh: indicators.definitionTh,
  definitionEn: indicators.definitionEn,
};

/** The fields of a submission its audit rows record. */
export const SUBMISSION_AUDIT_FIELDS = ['value', 'note', 'evidenceUrl', 'status', 'reviewComment'] as const;

/** How the audit trail names a value: "ITA-PASS 2568 · P41" (no agency for a national figure). */
export const submissionLabel = (indicatorCode: string, year: number, agencyCode: string | null | undefined) =>
  `${indicatorCode} ${year}${agencyCode ? ` · ${agencyCode}` : ''}`;

/** Reporters act only for their own agency; the agency never comes from the request. */
function reporterAgencyId(user: SessionUser): number {
  if (user.role !== 'reporter' || user.agencyId === null) throw forbidden('reporters_only');
  return user.agencyId;
}

/** The open (not yet approved) submission of an agency's value, if any. */
function openSubmission(db: DbOrTx, indicatorId: number, year: number, agencyId: number) {
  return db
    .select(submissionColumns)
    .from(valueSubmissions)
    .where(
      and(
        eq(valueSubmissions.indicatorId, indicatorId),
        eq(valueSubmissions.year, year),
        eq(valueSubmissions.agencyId, agencyId),
        ne(valueSubmissions.status, 'approved'),
      ),
    )
    .get();
}

/** This period's assigned indicators for the reporter's agency, each with its state. */
export function myReporting(db: Db, user: SessionUser, input: ReportingMineInput, now = new Date()) {
  const agencyId = reporterAgencyId(user);
  const agency = db
    .select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
    .from(agencies)
    .where(eq(agencies.id, agencyId))
    .get()!;
  const year = input.year ?? currentPeriodYear(db, now);
  if (year === null) return { agency, period: null, year: null, items: [] };
  const periodRow = getPeriod(db, year);
  const period = periodRow ? { ...periodRow, state: periodState(periodRow, todayInThailand(now)) } : null;
  const ids = assignedIndicatorIds(db, agencyId);
  if (ids.length === 0) return { agency, period, year, items: [] };

  const rules = db.select(indicatorRuleColumns).from(indicators).where(inArray(indicators.id, ids)).all();
  const subs = db
    .select(submissionColumns)
    .from(valueSubmissions)
    .where(and(eq(valueSubmissions.agencyId, agencyId), inArray(valueSubmissions.indicatorId, ids), inArray(valueSubmissions.year, [year, year - 1])))
    .orderBy(desc(valueSubmissions.id))
    .all();
  const items = ids.map((id) => {
    const indicator = rules.find((r) => r.id === id)!;
    const mine = subs.filter((s) => s.indicatorId === id && s.year === year);
    const open = mine.find((s) => s.status !== 'approved') ?? null;
    const approved = mine.find((s) => s.status === 'approved') ?? null;
    const previous = subs.find((s) => s.indicatorId === id && s.year === year - 1 && s.status === 'approved') ?? null;
    return {
      indicator,
      state: open?.status ?? (approved ? ('approved' as const) : ('not_started' as const)),
      open,
      approved,
      previous: previous ? { year: previous.year, value: previous.value } : null,
    };
  });
  return { agency, period, year, items };
}

/**
 * Save a value as a draft, or save and submit it. A returned value becomes a draft again;
 * a submitted value waits for review; an approved value is locked, so saving starts a new
 * submission (a correction) that is reviewed again.
 */
export function saveValue(db: Db, user: SessionUser, input: ReportingSaveInput, now = new Date()) {
  const agencyId = reporterAgencyId(user);
  return writeTransaction(db, (tx) => {
    const indicator = tx.select(indicatorRuleColumns).from(indicators).where(eq(indicators.id, input.indicatorId)).get();
    if (!indicator) throw notFound('indicator', input.indicatorId, 'indicatorId');
    if (!isAssigned(tx, agencyId, indicator.id)) throw forbidden('not_assigned', { key: indicator.code }, 'indicatorId');
    // The same rule the form used (shared/value-rules.ts); the error names the field.
    const entry = valueEntrySchema(indicator).safeParse({ value: input.value, note: input.note, evidenceUrl: input.evidenceUrl });
    if (!entry.success) throw invalidInput(fieldErrorsFromZod(entry.error));

    const open = openSubmission(tx, indicator.id, input.year, agencyId);
    assertPeriodOpen(tx, input.year, { correction: open?.status === 'returned' }, now);
    const agencyCode = tx.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, agencyId)).get()?.code;
    const label = () => submissionLabel(indicator.code, input.year, agencyCode);
    if ((open?.version ?? null) !== input.version) throw conflict('submission', label());
    if (open?.status === 'submitted') throw refused('already_submitted', { key: indicator.code, year: input.year });
    const iso = now.toISOString();
    const status = input.intent === 'submit' ? ('submitted' as const) : ('draft' as const);
    const fields = {
      value: entry.data.value,
      note: entry.data.note || null,
      evidenceUrl: entry.data.evidenceUrl || null,
      status,
      submittedAt: status === 'submitted' ? iso : null,
    };
    const audit = {
      actorId: user.id,
      entity: 'submission' as const,
      action: status === 'submitted' ? 'submit' : open ? 'update_draft' : 'create_draft',
      label,
      fields: SUBMISSION_AUDIT_FIELDS,
    };
    const id = open
      ? updateVersioned(tx, valueSubmissions, open, fields, audit, now).id
      : insertAudited(tx, valueSubmissions, { ...fields, indicatorId: indicator.id, year: input.year, agencyId, createdBy: user.id }, audit).id;
    return tx.select(submissionColumns).from(valueSubmissions).where(eq(valueSubmissions.id, id)).get()!;
  });
}

/** Reporters see only their own agency's values; insiders (admin, committee, analyst) see any. */
function scopeAgency(user: SessionUser, requested: number | undefined): number | undefined {
  if (user.role !== 'reporter') return requested;
  if (requested !== undefined && requested !== user.agencyId) throw forbidden('own_agency_only', undefined, 'agencyId');
  return user.agencyId ?? -1;
}

export function listSubmissions(db: Db, user: SessionUser, input: SubmissionListInput) {
  const agencyId = scopeAgency(user, input.agencyId);
  const conditions: SQL[] = [];
  if (agencyId !== undefined) conditions.push(eq(valueSubmissions.agencyId, agencyId));
  if (input.year) conditions.push(eq(valueSubmissions.year, input.year));
  if (input.status) conditions.push(eq(valueSubmissions.status, input.status));
  if (input.indicatorId) conditions.push(eq(valueSubmissions.indicatorId, input.indicatorId));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = db
    .select({ ...submissionColumns, indicatorCode: indicators.code, indicatorNameTh: indicators.nameTh, indicatorNameEn: indicators.nameEn, agencyCode: agencies.code, agencyNameTh: agencies.nameTh, agencyNameEn: agencies.nameEn })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .where(where)
    .orderBy(desc(valueSubmissions.updatedAt), desc(valueSubmissions.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = db.select({ n: count() }).from(valueSubmissions).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** One value's own history: every submission, review and publication, oldest first. */
export function valueHistory(db: Db, user: SessionUser, input: ValueHistoryInput) {
  scopeAgency(user, input.agencyId);
  const indicator = db.select({ id: indicators.id, scope: indicators.scope }).from(indicators).where(eq(indicators.id, input.indicatorId)).get();
  if (!indicator) throw notFound('indicator', input.indicatorId, 'indicatorId');
  const submissions = db
    .select(submissionColumns)
    .from(valueSubmissions)
    .where(and(eq(valueSubmissions.indicatorId, input.indicatorId), eq(valueSubmissions.year, input.year), eq(valueSubmissions.agencyId, input.agencyId)))
    .orderBy(asc(valueSubmissions.id))
    .all();
  // The published row: per agency for agency-scope indicators, the national row otherwise.
  const published = db
    .select({ id: indicatorValues.id, value: indicatorValues.value, approvedAt: indicatorValues.approvedAt, submissionId: indicatorValues.submissionId })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, input.indicatorId),
        eq(indicatorValues.year, input.year),
        indicator.scope === 'agency' ? eq(indicatorValues.agencyId, input.agencyId) : isNull(indicatorValues.agencyId),
      ),
    )
    .get();
  const entityFilters: SQL[] = [];
  if (submissions.length) {
    entityFilters.push(and(eq(auditLog.entity, 'submission'), inArray(auditLog.entityId, submissions.map((s) => String(s.id))))!);
  }
  // The national row may carry other agencies' or seeded history: show only entries from these submissions.
  if (published && submissions.some((s) => s.id === published.submissionId)) {
    entityFilters.push(and(eq(auditLog.entity, 'value'), eq(auditLog.entityId, String(published.id)))!);
  }
  const events = entityFilters.length
    ? db
        .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, changes: auditLog.changes, userDisplayName: users.displayName })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(or(...entityFilters))
        .orderBy(asc(auditLog.id))
        .all()
    : [];
  return { submissions, published: published ?? null, events };
}
