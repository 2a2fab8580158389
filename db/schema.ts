// All tables. One migration history under db/migrations (drizzle-kit generate).
// Years are Buddhist Era integers (2565 = FY 2022). See docs/decisions/0002-years.md.
import { sql } from 'drizzle-orm';
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  ACTION_STATUSES,
  AGENCY_TYPES,
  ITA_IMPORT_MODES,
  COMMENTARY_STATES,
  LEVELS,
  QUESTION_KINDS,
  QUICK_WIN_REVIEW_STATES,
  QUICK_WIN_STATUSES,
  READINESS,
  REGIONS,
  LANGUAGES,
  MAIL_KINDS,
  ACCOUNT_TOKEN_PURPOSES,
  OUTBOX_STATES,
  ROLES,
  ROUND_STATUSES,
  SUBMISSION_STATUSES,
  UNITS,
} from '../shared/domain';

const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

// ── Plan structure ────────────────────────────────────────────────────────────

/** แผน/ยุทธศาสตร์: one row per plan so the next plan (2571–…) can be added. */
export const plans = sqliteTable('plan', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  visionTh: text('vision_th').notNull(),
  visionEn: text('vision_en').notNull(),
  missionTh: text('mission_th').notNull(),
  missionEn: text('mission_en').notNull(),
  goalTh: text('goal_th').notNull(),
  goalEn: text('goal_en').notNull(),
  challengeTh: text('challenge_th').notNull(),
  challengeEn: text('challenge_en').notNull(),
  ownerTh: text('owner_th').notNull(),
  ownerEn: text('owner_en').notNull(),
  sourceUrl: text('source_url'),
  ...timestamps,
});

/** ยุทธศาสตร์ที่ ๑–๕ */
export const strategies = sqliteTable(
  'strategy',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    no: integer('no').notNull(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('strategy_plan_no').on(t.planId, t.no)],
);

/** กลยุทธ์ / แนวทาง under a strategy. */
export const measures = sqliteTable(
  'measure',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id),
    code: text('code').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('measure_strategy_code').on(t.strategyId, t.code)],
);

/** ตัวชี้วัด: under the plan's goal (strategyId null), a strategy, or a measure. */
export const indicators = sqliteTable(
  'indicator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    strategyId: integer('strategy_id').references(() => strategies.id),
    measureId: integer('measure_id').references(() => measures.id),
    code: text('code').notNull().unique(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    direction: text('direction', { enum: ['higher', 'lower'] }).notNull(),
    scope: text('scope', { enum: ['national', 'agency'] }).notNull(),
    /** How per-agency values roll up to one national figure. */
    aggregation: text('aggregation', { enum: ['mean', 'share_at_least', 'sum'] }),
    aggregationThreshold: real('aggregation_threshold'),
    /** 'fiscal' = Thai fiscal year; 'edition' = an international index's calendar-year edition. */
    yearKind: text('year_kind', { enum: ['fiscal', 'edition'] }).notNull().default('fiscal'),
    sourceOrgTh: text('source_org_th').notNull(),
    sourceOrgEn: text('source_org_en').notNull(),
    sourceUrl: text('source_url'),
    definitionTh: text('definition_th').notNull().default(''),
    definitionEn: text('definition_en').notNull().default(''),
    methodTh: text('method_th').notNull().default(''),
    methodEn: text('method_en').notNull().default(''),
    decimals: integer('decimals').notNull().default(0),
    minValue: real('min_value'),
    maxValue: real('max_value'),
    /**
     * Months after the data year ends (30 Sep for a fiscal year, 31 Dec for an edition) by
     * which the figure is normally released; drives the "overdue" flag.
     */
    releaseLagMonths: integer('release_lag_months'),
    baselineYear: integer('baseline_year'),
    baselineValue: real('baseline_value'),
    /** First year comparable with later ones (e.g. CPI method changed in 2012 = 2555). */
    comparableFromYear: integer('comparable_from_year'),
    statusMethod: text('status_method', { enum: ['trajectory', 'growth'] })
      .notNull()
      .default('trajectory'),
    /**
     * Per-agency indicators: the share of assigned agencies whose values must be approved before
     * the derived national figure is published; below it the figure is provisional.
     */
    publicationThreshold: real('publication_threshold').notNull().default(0.8),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('indicator_strategy').on(t.strategyId), index('indicator_measure').on(t.measureId)],
);

/** ค่าเป้าหมาย: one per indicator per year; revisions kept in targetRevisions. */
export const targets = sqliteTable(
  'target',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    value: real('value').notNull(),
    originalValue: real('original_value').notNull(),
    sourceTh: text('source_th'),
    sourceUrl: text('source_url'),
    /**
     * The secretariat carried an earlier year's official target forward: no source states it for
     * this year, so it is shown as "not an official figure" until a sourced one is entered.
     */
    carriedForward: integer('carried_forward', { mode: 'boolean' }).notNull().default(false),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('target_indicator_year').on(t.indicatorId, t.year)],
);

export const targetRevisions = sqliteTable(
  'target_revision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id),
    previousValue: real('previous_value').notNull(),
    newValue: real('new_value').notNull(),
    reason: text('reason').notNull(),
    revisedOn: text('revised_on').notNull(),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('target_revision_target').on(t.targetId)],
);

/**
 * Published (approved) values — the only values the public sees and status uses.
 * Drafts and submissions live in valueSubmissions until approved.
 */
export const indicatorValues = sqliteTable(
  'indicator_value',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    /** null for a national value. */
    agencyId: integer('agency_id').references(() => agencies.id),
    /** agency_id, or 0 for national: lets one unique index cover both (NULLs are distinct in SQLite). */
    agencyKey: integer('agency_key').generatedAlwaysAs(sql`coalesce(agency_id, 0)`, { mode: 'virtual' }),
    value: real('value').notNull(),
    /** For rank indicators: the number of countries ranked that edition. */
    rankOutOf: integer('rank_out_of'),
    sourceTh: text('source_th'),
    sourceUrl: text('source_url'),
    /** Date the figure was released (ISO date), where known. */
    publishedOn: text('published_on'),
    /**
     * A second link beside the primary source (e.g. the Thai report of a Transparency International
     * edition); the primary source stays first in sourceUrl.
     */
    secondarySourceTh: text('secondary_source_th'),
    secondarySourceUrl: text('secondary_source_url'),
    note: text('note'),
    evidenceUrl: text('evidence_url'),
    submissionId: integer('submission_id'),
    enteredBy: integer('entered_by').references(() => users.id),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: text('approved_at'),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('indicator_value_key').on(t.indicatorId, t.year, t.agencyKey),
    index('indicator_value_agency').on(t.agencyId),
  ],
);

/**
 * A derived figure below its publication threshold that the secretariat published anyway, with
 * a reason (withdrawing it deletes the row; both are audited).
 */
export const provisionalPublications = sqliteTable(
  'provisional_publication',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    reason: text('reason').notNull(),
    publishedBy: integer('published_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('provisional_publication_key').on(t.indicatorId, t.year)],
);

/** Reporting lifecycle: draft → submitted → approved | returned (with comment). */
export const valueSubmissions = sqliteTable(
  'value_submission',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    year: integer('year').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id),
    agencyKey: integer('agency_key').generatedAlwaysAs(sql`coalesce(agency_id, 0)`, { mode: 'virtual' }),
    value: real('value').notNull(),
    note: text('note'),
    evidenceUrl: text('evidence_url'),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull(),
    reviewComment: text('review_comment'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    submittedAt: text('submitted_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // At most one open (not yet approved) submission per indicator/year/agency.
    uniqueIndex('value_submission_open')
      .on(t.indicatorId, t.year, t.agencyKey)
      .where(sql`status <> 'approved'`),
    index('value_submission_status').on(t.status, t.year),
    index('value_submission_agency').on(t.agencyId, t.year),
  ],
);

// ── Quick Wins and activities ─────────────────────────────────────────────────

export const quickWins = sqliteTable(
  'quick_win',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id),
    code: text('code').notNull().unique(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionTh: text('description_th').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    leadAgencyId: integer('lead_agency_id').references(() => agencies.id),
    startDate: text('start_date'),
    endDate: text('end_date'),
    status: text('status', { enum: QUICK_WIN_STATUSES }).notNull(),
    progress: integer('progress').notNull().default(0),
    evidenceUrl: text('evidence_url'),
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('quick_win_strategy').on(t.strategyId)],
);

/** ส่วนกลาง / ส่วนภูมิภาค / ส่วนท้องถิ่น — a Quick Win may apply to several levels. */
export const quickWinLevels = sqliteTable(
  'quick_win_level',
  {
    quickWinId: integer('quick_win_id')
      .notNull()
      .references(() => quickWins.id, { onDelete: 'cascade' }),
    level: text('level', { enum: LEVELS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.quickWinId, t.level] })],
);

export const quickWinMilestones = sqliteTable('quick_win_milestone', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  quickWinId: integer('quick_win_id')
    .notNull()
    .references(() => quickWins.id, { onDelete: 'cascade' }),
  titleTh: text('title_th').notNull(),
  titleEn: text('title_en').notNull(),
  dueDate: text('due_date'),
  doneDate: text('done_date'),
});

/** Progress notes, newest last; written by the lead agency's reporter or the secretariat. */
export const quickWinUpdates = sqliteTable(
  'quick_win_update',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    quickWinId: integer('quick_win_id')
      .notNull()
      .references(() => quickWins.id, { onDelete: 'cascade' }),
    status: text('status', { enum: QUICK_WIN_STATUSES }).notNull(),
    progress: integer('progress').notNull(),
    note: text('note').notNull(),
    evidenceUrl: text('evidence_url'),
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamps.createdAt,
    /**
     * Progress is public only once the secretariat approves it, like a value: a reporter's update
     * waits as 'submitted' (or comes back 'returned'); earlier updates were published as given.
     */
    reviewStatus: text('review_status', { enum: QUICK_WIN_REVIEW_STATES }).notNull().default('approved'),
    reviewComment: text('review_comment'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('quick_win_update_qw').on(t.quickWinId), index('quick_win_update_review').on(t.reviewStatus)],
);

/** One bulk approval of submitted values: undone as one step while nothing republished them since. */
export const reviewBatches = sqliteTable('review_batch', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  count: integer('count').notNull(),
  undoneAt: text('undone_at'),
  undoneBy: integer('undone_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Each value of a bulk approval, with the published row as it was before (null: there was none). */
export const reviewBatchItems = sqliteTable(
  'review_batch_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => reviewBatches.id),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => valueSubmissions.id),
    valueId: integer('value_id').notNull(),
    /** The published row's version right after the approval: undo refuses when it has moved on. */
    valueVersion: integer('value_version').notNull(),
    previous: text('previous', { mode: 'json' }).$type<Record<string, unknown> | null>(),
  },
  (t) => [index('review_batch_item_batch').on(t.batchId)],
);

// ── Projects and their activities (docs/decisions/0013-activities.md) ─────────

/** โครงการ: a project with its rationale, objectives and expected outcomes (lists, verbatim). */
export const projects = sqliteTable('project', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nameTh: text('name_th').notNull().unique(),
  nameEn: text('name_en').notNull().default(''),
  /** หลักการและเหตุผล, one paragraph per entry. */
  rationaleTh: text('rationale_th', { mode: 'json' }).$type<string[]>().notNull(),
  /** วัตถุประสงค์ */
  objectivesTh: text('objectives_th', { mode: 'json' }).$type<string[]>().notNull(),
  /** ผลสัมฤทธิ์ของงานที่คาดหวัง */
  outcomesTh: text('outcomes_th', { mode: 'json' }).$type<string[]>().notNull(),
  /** How provinces are chosen (the seed: medium–low ITA and readiness to be developed). */
  selectionTh: text('selection_th').notNull().default(''),
  /** การติดตามประเมินผล */
  evaluationTh: text('evaluation_th').notNull().default(''),
  ownerTh: text('owner_th').notNull().default(''),
  /** Optional: the seed names none (the 2562 project predates the plan). */
  strategyId: integer('strategy_id').references(() => strategies.id),
  plannedRounds: integer('planned_rounds'),
  sourceNote: text('source_note'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** กิจกรรม under a project; it runs in rounds. */
export const projectActivities = sqliteTable('project_activity', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  projectId: integer('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull().default(''),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** ครั้งที่: a round by province group. Analysts may draft; the secretariat confirms. */
export const projectRounds = sqliteTable(
  'project_round',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => projectActivities.id, { onDelete: 'cascade' }),
    roundNo: integer('round_no').notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('draft'),
    /** The province group(s) as the source names them. */
    groupsTh: text('groups_th').notNull().default(''),
    startDate: text('start_date'),
    endDate: text('end_date'),
    /** The dates as the source writes them (Thai numerals, weekdays). */
    datesTh: text('dates_th'),
    venue: text('venue'),
    /** The joint session of both tracks and its length in days (the seed: ½ day). */
    jointSessionTh: text('joint_session_th'),
    jointSessionDays: real('joint_session_days'),
    /** Fiscal year (พ.ศ.) whose ITA was used to choose the provinces. */
    basisYear: integer('basis_year'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('project_round_activity_no').on(t.activityId, t.roundNo)],
);

export const roundProvinces = sqliteTable(
  'round_province',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => projectRounds.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.provinceCode] })],
);

/** One of a round's seminars (หลักสูตร), with its length and "about" head count; edited with its round (the round's version). */
export const roundTracks = sqliteTable('round_track', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id')
    .notNull()
    .references(() => projectRounds.id, { onDelete: 'cascade' }),
  sortNo: integer('sort_no').notNull(),
  titleTh: text('title_th').notNull(),
  titleEn: text('title_en').notNull().default(''),
  durationDays: real('duration_days').notNull(),
  /** "จำนวนครั้งละประมาณ ๖๐ คน": an approximate plan, never a sum of sub-groups. */
  plannedAbout: integer('planned_about'),
});

/** กลุ่มเป้าหมาย within a track: planned (when the source gives one) and actual attendance. */
export const trackAudiences = sqliteTable('track_audience', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  trackId: integer('track_id')
    .notNull()
    .references(() => roundTracks.id, { onDelete: 'cascade' }),
  sortNo: integer('sort_no').notNull(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull().default(''),
  planned: integer('planned'),
  actual: integer('actual'),
});

/** Who runs the round (OCSC executives, speakers, staff): not participants. */
export const roundStaff = sqliteTable('round_staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id')
    .notNull()
    .references(() => projectRounds.id, { onDelete: 'cascade' }),
  descriptionTh: text('description_th').notNull(),
  plannedAbout: integer('planned_about'),
  actual: integer('actual'),
});

/** Observation notes (การสังเกตการณ์) per round. */
export const roundObservations = sqliteTable('round_observation', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id')
    .notNull()
    .references(() => projectRounds.id, { onDelete: 'cascade' }),
  noteTh: text('note_th').notNull(),
  authorId: integer('author_id').references(() => users.id),
  createdAt: timestamps.createdAt,
});

/** Reusable question sets (satisfaction, open comments) a form is built from. */
export const questionSets = sqliteTable('question_set', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  version: integer('version').notNull().default(1),
});

export const questionSetItems = sqliteTable('question_set_item', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  setId: integer('set_id')
    .notNull()
    .references(() => questionSets.id, { onDelete: 'cascade' }),
  sortNo: integer('sort_no').notNull(),
  kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
  textTh: text('text_th').notNull(),
  textEn: text('text_en').notNull(),
});

/** แบบประเมินผล of a round: answered through a public link, open for a period. */
export const evaluationForms = sqliteTable(
  'evaluation_form',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => projectRounds.id, { onDelete: 'cascade' }),
    /** The unguessable part of the public link /f/:publicId. */
    publicId: text('public_id').notNull().unique(),
    titleTh: text('title_th').notNull(),
    consentTh: text('consent_th').notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('evaluation_form_round').on(t.roundId)],
);

/** The form's questions, copied from the project and the question sets when it was built. */
export const formQuestions = sqliteTable('form_question', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  formId: integer('form_id')
    .notNull()
    .references(() => evaluationForms.id, { onDelete: 'cascade' }),
  sortNo: integer('sort_no').notNull(),
  kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
  /** objective / outcome (with its number) or a question set's code. */
  source: text('source').notNull(),
  textTh: text('text_th').notNull(),
  textEn: text('text_en').notNull(),
});

/** One anonymous response: no account, no address; the device token is kept only as a hash. */
export const formResponses = sqliteTable(
  'form_response',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    formId: integer('form_id')
      .notNull()
      .references(() => evaluationForms.id, { onDelete: 'cascade' }),
    trackId: integer('track_id').references(() => roundTracks.id),
    audienceId: integer('audience_id').references(() => trackAudiences.id),
    tokenHash: text('token_hash').notNull(),
    submittedAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('form_response_token').on(t.formId, t.tokenHash)],
);

export const formAnswers = sqliteTable(
  'form_answer',
  {
    responseId: integer('response_id')
      .notNull()
      .references(() => formResponses.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => formQuestions.id, { onDelete: 'cascade' }),
    score: integer('score'),
    text: text('text'),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/** ความพร้อมที่จะรับการพัฒนา: the secretariat's readiness mark per province, with a note. */
export const provinceReadiness = sqliteTable('province_readiness', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  provinceCode: text('province_code')
    .notNull()
    .unique()
    .references(() => provinces.code),
  readiness: text('readiness', { enum: READINESS }).notNull(),
  note: text('note').notNull().default(''),
  setBy: integer('set_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

// ── Geography and agencies ────────────────────────────────────────────────────

/** กลุ่มจังหวัด (ก.น.จ. announcement, Royal Gazette 17 Nov 2560). */
export const provinceGroups = sqliteTable('province_group', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nameTh: text('name_th').notNull().unique(),
  nameEn: text('name_en').notNull(),
});

/** The 77 provinces (76 + Bangkok), keyed by the DOPA / ISO 3166-2:TH two-digit code. */
export const provinces = sqliteTable(
  'province',
  {
    code: text('code').primaryKey(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    region: text('region', { enum: REGIONS }).notNull(),
    groupId: integer('group_id').references(() => provinceGroups.id),
    groupConfidence: text('group_confidence'),
  },
  (t) => [index('province_group_idx').on(t.groupId)],
);

export const agencies = sqliteTable(
  'agency',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull().default(''),
    level: text('level', { enum: LEVELS }).notNull(),
    type: text('type', { enum: AGENCY_TYPES }).notNull(),
    parentId: integer('parent_id'),
    provinceCode: text('province_code').references(() => provinces.code),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Generated demo agency (not a real registry entry). */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('agency_province').on(t.provinceCode),
    index('agency_type').on(t.type),
    index('agency_level').on(t.level),
  ],
);

// ── Accounts and reporting ────────────────────────────────────────────────────

export const users = sqliteTable('user', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** Required for reporters: the one agency they report for. */
  agencyId: integer('agency_id').references(() => agencies.id),
  /** Where notices and reminders go (unique, lower-cased); null: the account gets no e-mail. */
  email: text('email').unique(),
  /** The language of the e-mails the account receives. */
  language: text('language', { enum: LANGUAGES }).notNull().default('th'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = sqliteTable(
  'session',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('session_user').on(t.userId)],
);

export const loginAttempts = sqliteTable(
  'login_attempt',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('login_attempt_user').on(t.username, t.at), index('login_attempt_ip').on(t.ip, t.at)],
);

/** One per fiscal year: when agencies may enter values, and until when. */
export const reportingPeriods = sqliteTable('reporting_period', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  opensOn: text('opens_on').notNull(),
  deadline: text('deadline').notNull(),
  locked: integer('locked', { mode: 'boolean' }).notNull().default(false),
  /** Days before the deadline a reminder goes (ส่งเตือนก่อนกำหนด), largest first; the smallest is the last reminder, which nobody can turn off. */
  reminderDays: text('reminder_days', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[14,7,1]'`),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Which agencies report which indicator: one agency, or every agency of a type and/or level. */
export const assignments = sqliteTable(
  'assignment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    agencyId: integer('agency_id').references(() => agencies.id),
    agencyType: text('agency_type'),
    agencyLevel: text('agency_level', { enum: LEVELS }),
    /**
     * The fiscal years (พ.ศ.) the assignment is in effect: from, and up to (null: open-ended).
     * A past year's "n of N" counts the assignments of that year, so changing next year's never
     * moves it. Rows from before year-aware assignments start at the plan's first year.
     */
    fromYear: integer('from_year').notNull().default(2565),
    toYear: integer('to_year'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('assignment_indicator').on(t.indicatorId), index('assignment_agency').on(t.agencyId)],
);

/** Append-only: written in the same transaction as the change it records. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    action: text('action').notNull(),
    /** An entity type of shared/domain.ts ENTITIES. */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** How a person names the record at the time (an id alone means nothing years later). */
    entityLabel: text('entity_label').notNull().default(''),
    /** The changed fields: [{ field, before, after }] (server/lib/audit.ts). */
    changes: text('changes', { mode: 'json' }).$type<Array<{ field: string; before: unknown; after: unknown }>>().notNull().default(sql`'[]'`),
    reason: text('reason'),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId), index('audit_at').on(t.at)],
);

// ── ITA (NACC Integrity and Transparency Assessment) ──────────────────────────

export const itaImports = sqliteTable('ita_import', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull(),
  fileName: text('file_name').notNull(),
  fileHash: text('file_hash').notNull(),
  rowCount: integer('row_count').notNull(),
  added: integer('added').notNull(),
  changed: integer('changed').notNull(),
  removed: integer('removed').notNull(),
  userId: integer('user_id').references(() => users.id),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  /** replace: the file became the year; merge: the file's rows added or updated; restore: a previous version brought back; baseline: the rows a year held before its first kept version. */
  mode: text('mode', { enum: ITA_IMPORT_MODES }).notNull().default('replace'),
  /** For a restore: the version it brought back. */
  restoredFromId: integer('restored_from_id'),
  /**
   * The ITA rule set the grades were computed with (shared/ita.ts ITA_RULE_SETS); null for
   * imports of years whose rules are known (the year decides).
   */
  ruleSet: text('rule_set'),
  createdAt: timestamps.createdAt,
});

/**
 * Every kept version of a year: the whole year's rows as they stood after that import, so a
 * previous version can be viewed and restored (docs/decisions/0011-safe-imports.md).
 */
export const itaImportRows = sqliteTable(
  'ita_import_row',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => itaImports.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    total: real('total').notNull(),
    iit: real('iit'),
    eit: real('eit'),
    oit: real('oit'),
    i1: real('i1'),
    i2: real('i2'),
    i3: real('i3'),
    i4: real('i4'),
    i5: real('i5'),
    i6: real('i6'),
    i7: real('i7'),
    i8: real('i8'),
    i9: real('i9'),
    i10: real('i10'),
    grade: text('grade').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    /** A published result's source, kept with the version so that restoring it keeps the attribution (ita_result). */
    sourceUrl: text('source_url'),
    sourceIsSecondary: integer('source_is_secondary', { mode: 'boolean' }).notNull().default(false),
    sourceNote: text('source_note'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.agencyId] })],
);

export const itaResults = sqliteTable(
  'ita_result',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    total: real('total').notNull(),
    iit: real('iit'),
    eit: real('eit'),
    oit: real('oit'),
    i1: real('i1'),
    i2: real('i2'),
    i3: real('i3'),
    i4: real('i4'),
    i5: real('i5'),
    i6: real('i6'),
    i7: real('i7'),
    i8: real('i8'),
    i9: real('i9'),
    i10: real('i10'),
    grade: text('grade').notNull(),
    importId: integer('import_id').references(() => itaImports.id),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    /**
     * A result published for a named agency and entered from its source (db/seed/ita-published-data.ts):
     * total and grade as published, never recomputed. Null for imported and demo rows.
     */
    sourceUrl: text('source_url'),
    /** The source is a news report of the NACC's announcement, not the NACC itself. */
    sourceIsSecondary: integer('source_is_secondary', { mode: 'boolean' }).notNull().default(false),
    sourceNote: text('source_note'),
  },
  (t) => [
    uniqueIndex('ita_result_agency_year').on(t.agencyId, t.year),
    index('ita_result_year_total').on(t.year, t.total),
    // Covering indexes: national, grade, histogram and year-to-year aggregates read one year from
    // the first, in agency order; breakdowns and agency-profile peers look rows up by agency in
    // the second. Neither needs the table row (docs/decisions/0005-ita-import-and-demo.md).
    index('ita_result_year_agency').on(t.year, t.agencyId, t.total, t.isDemo, t.grade),
    index('ita_result_agency_cover').on(t.agencyId, t.year, t.total, t.iit, t.eit, t.oit, t.isDemo),
    // The grade distribution counts by year and grade from this one in order, without sorting
    // 33,000 rows (11 → 3 ms; its read model is recomputed after every ITA write).
    index('ita_result_year_grade').on(t.year, t.grade, t.isDemo),
  ],
);

// ── E-mail ───────────────────────────────────────────────────────────────────

/**
 * Every e-mail goes through here first, written in the same transaction as the change that
 * causes it (docs/decisions/0012-email-outbox.md). `dedupeKey` names what the message is about
 * (a reminder for one deadline, agency and person; a returned submission at one version), so the
 * same notice is never queued twice. The sender claims rows with a lease and records the outcome.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dedupeKey: text('dedupe_key').notNull().unique(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    /** The template's data as JSON (shared/schemas/notifications.ts MailPayload). */
    payload: text('payload').notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** While `sending`: who holds the message and until when (a crashed sender's lease expires). */
    leaseOwner: text('lease_owner'),
    leaseUntil: text('lease_until'),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    /** Deterministic, so a message resent after a crash carries the same Message-ID. */
    messageId: text('message_id').notNull(),
    ...timestamps,
  },
  (t) => [index('mail_outbox_due').on(t.state, t.nextAttemptAt), index('mail_outbox_user').on(t.userId)],
);

/** A set of kinds of e-mail per person: one row turns one kind off (opt-outs) or on (opt-ins). */
const mailKindChoices = (name: string) =>
  sqliteTable(
    name,
    {
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      kind: text('kind', { enum: MAIL_KINDS }).notNull(),
      createdAt: timestamps.createdAt,
    },
    (t) => [primaryKey({ columns: [t.userId, t.kind] })],
  );

/** The kinds of e-mail a person chose not to receive (absent: they receive it). */
export const mailOptOuts = mailKindChoices('mail_opt_out');

/**
 * Kinds of e-mail that are off until the person turns them on (shared/notifications.ts
 * OPT_IN_MAIL_KINDS, e.g. the committee's digest before a meeting): a row here turns one on.
 */
export const mailOptIns = mailKindChoices('mail_opt_in');

/**
 * In-app notices (the header's list): one per person and event, recorded for everyone the event
 * concerns — with or without an address, whatever e-mail they turned off — beside the outbox row
 * when there is one (server/notifications/notify.ts). `path` is the exact page, as in the e-mail.
 */
export const notifications = sqliteTable(
  'notification',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MAIL_KINDS }).notNull(),
    /** The template's data as JSON, as in the outbox (server/notifications/templates.ts MailPayload). */
    payload: text('payload').notNull(),
    path: text('path').notNull(),
    /** The outbox's key for the same event and person: a notice is never recorded twice. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
  },
  (t) => [index('notification_user').on(t.userId, t.id)],
);

/** Server secrets generated on first use (the key that signs unsubscribe links). */
export const appSecrets = sqliteTable('app_secret', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
// ── Committee meetings and frozen packs (issue 14) ────────────────────────────

/** A meeting of the committee (ก.ม.จ.): its number as the committee writes it, its date, its agenda. */
export const meetings = sqliteTable(
  'meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    /** As written, e.g. "ครั้งที่ 2/2569" (a name, not a number: never reformatted). */
    numberTh: text('number_th').notNull(),
    numberEn: text('number_en').notNull().default(''),
    /** ISO date (C.E.); shown in the reader's calendar. */
    meetingDate: text('meeting_date').notNull(),
    agenda: text('agenda', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** The secretariat's choice: frozen packs of this meeting are open to everyone. Drafts never are. */
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
    /** A demo meeting (the seed's): its heading says so. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('meeting_plan_number').on(t.planId, t.numberTh)],
);

/** The secretariat's commentary for one meeting on one strategy ("strategy", "3") or indicator ("indicator", "CPI-SCORE"). */
export const meetingCommentary = sqliteTable(
  'meeting_commentary',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type', { enum: ['strategy', 'indicator'] }).notNull(),
    subjectKey: text('subject_key').notNull(),
    bodyTh: text('body_th').notNull(),
    bodyEn: text('body_en').notNull().default(''),
    state: text('state', { enum: COMMENTARY_STATES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('meeting_commentary_subject').on(t.meetingId, t.subjectType, t.subjectKey)],
);

/** A decision or action asked for at a meeting; open ones are carried into every later pack. */
export const meetingActions = sqliteTable(
  'meeting_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['decision', 'action'] }).notNull(),
    textTh: text('text_th').notNull(),
    textEn: text('text_en').notNull().default(''),
    ownerAgencyId: integer('owner_agency_id').references(() => agencies.id),
    /** ISO date; null for a decision without a deadline. */
    dueDate: text('due_date'),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    /** ISO date the status became done or cancelled. */
    closedOn: text('closed_on'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('meeting_action_meeting').on(t.meetingId)],
);

/**
 * A frozen pack: an immutable snapshot of everything the pack showed, who froze it and when, and
 * its PDF rendered at that moment. Append-only: a re-issue is a new row (next packVersion, a reason).
 */
export const meetingPacks = sqliteTable(
  'meeting_pack',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    packVersion: integer('pack_version').notNull(),
    /** Why a pack was re-issued (null for the first issue). */
    reason: text('reason'),
    snapshot: text('snapshot', { mode: 'json' }).$type<unknown>().notNull(),
    frozenAt: text('frozen_at').notNull(),
    frozenBy: integer('frozen_by').references(() => users.id),
    /** Draft commentary left out at freezing (the warning the secretariat saw). */
    draftsLeftOut: integer('drafts_left_out').notNull().default(0),
    pdf: blob('pdf', { mode: 'buffer' }),
    /** Why no PDF could be made (no Chromium, a render failure); null when there is one. */
    pdfError: text('pdf_error'),
  },
  (t) => [uniqueIndex('meeting_pack_version').on(t.meetingId, t.packVersion)],
);

// ── Data versions (issue 13) ──────────────────────────────────────────────────

/**
 * One counter per data domain, bumped by triggers on every write to that domain's tables
 * (db/data-versions.ts installs them). Public answers carry an ETag made from the versions they
 * read, so every process on the file agrees when an answer is stale.
 */
export const dataVersions = sqliteTable('data_version', {
  domain: text('domain').primaryKey(),
  version: integer('version').notNull().default(0),
});

// ── Account links (issue 12): invitations, password resets, e-mail confirmations ─

/**
 * A single-use, expiring link sent by e-mail. Only the token's SHA-256 is kept (the link itself
 * lives in the outbox until it is delivered). A newer link of the same purpose expires the older ones.
 */
export const accountTokens = sqliteTable(
  'account_token',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose', { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The address the link was sent to (for an e-mail change: the new address it confirms). */
    email: text('email').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('account_token_user').on(t.userId, t.purpose, t.createdAt)],
);
