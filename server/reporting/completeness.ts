import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type {
  CompletenessGroupBy,
  CompletenessHeadlineInput,
  CompletenessMatrixInput,
  CompletenessSummaryInput,
} from '../../shared/schemas/reporting';
import { todayInThailand } from '../lib/time';
import { currentPeriodYear, getPeriod, listPeriods, periodState } from './periods';

/**
 * Every (agency, indicator) pair an active agency must report, and how far it got this
 * year: reported = submitted or approved; approved = published; missing = neither (a
 * draft or a returned value is still missing); overdue = missing after the deadline.
 * One SQL statement, aggregated in SQLite (fine at ~8,300 agencies).
 */
function pairsCte(year: number): SQL {
  return sql`
    with expected as (
      select distinct ag.id as agency_id, s.indicator_id
      from assignment s
      join agency ag on ag.active = 1 and (s.agency_id = ag.id or (s.agency_id is null and ag.is_demo = 0
        and (s.agency_type is null or s.agency_type = ag.type)
        and (s.agency_level is null or s.agency_level = ag.level)))
    ),
    pair as (
      select e.agency_id, e.indicator_id,
        coalesce(max(vs.status = 'approved'), 0) as approved,
        coalesce(max(vs.status in ('submitted', 'approved')), 0) as reported,
        (select v2.status from value_submission v2
          where v2.agency_id = e.agency_id and v2.indicator_id = e.indicator_id and v2.year = ${year}
          order by v2.id desc limit 1) as last_status
      from expected e
      left join value_submission vs
        on vs.agency_id = e.agency_id and vs.indicator_id = e.indicator_id and vs.year = ${year}
      group by e.agency_id, e.indicator_id
    )`;
}

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

function resolvePeriod(db: Db, year: number | undefined, now: Date) {
  const y = year ?? currentPeriodYear(db, now);
  if (y === null) return null;
  const p = getPeriod(db, y);
  const today = todayInThailand(now);
  return { year: y, period: p ? { ...p, state: periodState(p, today) } : null, pastDeadline: p ? today > p.deadline : false };
}

type Counts = { expected: number; reported: number; approved: number };
const withRates = (c: Counts, pastDeadline: boolean) => ({
  ...c,
  missing: c.expected - c.reported,
  overdue: pastDeadline ? c.expected - c.reported : 0,
  reportedPct: pct(c.reported, c.expected),
  approvedPct: pct(c.approved, c.expected),
});

const groupKey: Record<CompletenessGroupBy, SQL> = {
  level: sql`ag.level`,
  type: sql`ag.type`,
  province: sql`coalesce(ag.province_code, '')`,
};

/** Counts and percentages per level, type or province, with national totals. */
export function completenessSummary(db: Db, input: CompletenessSummaryInput, now = new Date()) {
  const p = resolvePeriod(db, input.year, now);
  if (!p) return null;
  const rows = db.all<Counts & { key: string; nameTh: string | null; nameEn: string | null; agencies: number }>(sql`
    ${pairsCte(p.year)}
    select ${groupKey[input.groupBy]} as key,
      max(pr.name_th) as nameTh, max(pr.name_en) as nameEn,
      count(*) as expected, sum(pair.reported) as reported, sum(pair.approved) as approved,
      count(distinct pair.agency_id) as agencies
    from pair
    join agency ag on ag.id = pair.agency_id
    left join province pr on pr.code = ag.province_code
    group by key
    order by key`);
  const totals = rows.reduce<Counts>(
    (t, r) => ({ expected: t.expected + r.expected, reported: t.reported + r.reported, approved: t.approved + r.approved }),
    { expected: 0, reported: 0, approved: 0 },
  );
  return {
    year: p.year,
    period: p.period,
    groupBy: input.groupBy,
    totals: withRates(totals, p.pastDeadline),
    groups: rows.map((r) => ({
      key: r.key,
      // Province names only mean something when grouping by province.
      nameTh: input.groupBy === 'province' ? r.nameTh : null,
      nameEn: input.groupBy === 'province' ? r.nameEn : null,
      agencies: r.agencies,
      ...withRates(r, p.pastDeadline),
    })),
  };
}

/** The agencies × indicators pairs themselves, filtered and paged (the chase list). */
export function completenessMatrix(db: Db, input: CompletenessMatrixInput, now = new Date()) {
  const p = resolvePeriod(db, input.year, now);
  if (!p) return { year: null, period: null, rows: [], total: 0 };
  const filters: SQL[] = [sql`1 = 1`];
  if (input.level) filters.push(sql`ag.level = ${input.level}`);
  if (input.type) filters.push(sql`ag.type = ${input.type}`);
  if (input.provinceCode) filters.push(sql`ag.province_code = ${input.provinceCode}`);
  if (input.state === 'approved') filters.push(sql`pair.approved = 1`);
  if (input.state === 'reported') filters.push(sql`pair.reported = 1`);
  if (input.state === 'missing') filters.push(sql`pair.reported = 0`);
  if (input.state === 'overdue') filters.push(p.pastDeadline ? sql`pair.reported = 0` : sql`0 = 1`);
  const where = sql.join(filters, sql` and `);
  const rows = db.all<{
    agencyId: number; agencyCode: string; agencyNameTh: string; agencyNameEn: string; level: string; type: string; provinceCode: string | null;
    indicatorId: number; indicatorCode: string; indicatorNameTh: string; indicatorNameEn: string; reported: number; approved: number; lastStatus: string | null;
  }>(sql`
    ${pairsCte(p.year)}
    select ag.id as agencyId, ag.code as agencyCode, ag.name_th as agencyNameTh, ag.name_en as agencyNameEn,
      ag.level as level, ag.type as type, ag.province_code as provinceCode,
      i.id as indicatorId, i.code as indicatorCode, i.name_th as indicatorNameTh, i.name_en as indicatorNameEn,
      pair.reported as reported, pair.approved as approved, pair.last_status as lastStatus
    from pair
    join agency ag on ag.id = pair.agency_id
    join indicator i on i.id = pair.indicator_id
    where ${where}
    order by ag.code, i.sort_order, i.code
    limit ${input.limit} offset ${input.offset}`);
  const total =
    db.get<{ n: number }>(sql`
      ${pairsCte(p.year)}
      select count(*) as n from pair join agency ag on ag.id = pair.agency_id where ${where}`)?.n ?? 0;
  return {
    year: p.year,
    period: p.period,
    total,
    rows: rows.map((r) => ({
      ...r,
      reported: r.reported === 1,
      approved: r.approved === 1,
      overdue: r.reported === 0 && p.pastDeadline,
    })),
  };
}

/** One line for the overview: how complete is this period's reporting? */
export function completenessHeadline(db: Db, input: CompletenessHeadlineInput, now = new Date()) {
  const summary = completenessSummary(db, { year: input.year, groupBy: 'level' }, now);
  if (!summary) return null;
  return { year: summary.year, deadline: summary.period?.deadline ?? null, state: summary.period?.state ?? null, ...summary.totals };
}

/**
 * Agencies that have not reported after a deadline (issue 14, the committee pack's summary): the
 * latest period whose deadline has passed, the agencies with at least one assigned indicator
 * still unreported (n) of the agencies assigned any (N), and the first `limit` of them by name.
 * `examplesOnly`: every unreported indicator is an example (badged in the pack, never presented
 * as a real agency's failure).
 */
export function overdueAgencies(db: Db, input: { limit: number }, now = new Date()) {
  const today = todayInThailand(now);
  const period = listPeriods(db, now).find((x) => x.deadline < today);
  if (!period) return null;
  const rows = db.all<{ code: string; nameTh: string; nameEn: string; isDemo: number; missing: number; examples: number }>(sql`
    ${pairsCte(period.year)}
    select ag.code as code, ag.name_th as nameTh, ag.name_en as nameEn, ag.is_demo as isDemo,
      sum(pair.reported = 0) as missing, sum(pair.reported = 0 and i.is_example = 1) as examples
    from pair
    join agency ag on ag.id = pair.agency_id
    join indicator i on i.id = pair.indicator_id
    group by ag.id`);
  // By Thai name as a Thai reader orders them (SQLite's byte order puts leading vowels last).
  const thai = new Intl.Collator('th');
  const overdue = rows.filter((r) => r.missing > 0).sort((x, y) => thai.compare(x.nameTh, y.nameTh) || x.code.localeCompare(y.code));
  return {
    year: period.year,
    deadline: period.deadline,
    locked: period.locked,
    assigned: rows.length,
    overdue: overdue.length,
    examplesOnly: overdue.length > 0 && overdue.every((r) => r.examples === r.missing),
    first: overdue.slice(0, input.limit).map((r) => ({ code: r.code, nameTh: r.nameTh, nameEn: r.nameEn, isDemo: r.isDemo === 1, missing: r.missing })),
  };
}
