// "What changed since the last meeting": a pure comparison of two frozen packs (or the live
// preview against the last frozen one). Only what both snapshots hold is compared, so a pack
// frozen years ago still compares the same way.
import type { ActionStatus } from '../../shared/domain';
import { isOpenAction } from '../../shared/domain';
import type { Status } from '../../shared/status';

/** The parts of a pack snapshot the comparison reads (a structural subset of PackSnapshot). */
export type ComparablePack = {
  strategies: ReadonlyArray<{
    indicators: ReadonlyArray<{
      code: string;
      nameTh: string;
      nameEn: string;
      status: { status: Status };
      trend: ReadonlyArray<{ year: number; value: number; provisional?: boolean }>;
      targets: ReadonlyArray<{ year: number; value: number }>;
    }>;
  }>;
  goalIndicators: ComparablePack['strategies'][number]['indicators'];
  actions: ReadonlyArray<{ id: number; textTh: string; textEn: string; status: ActionStatus }>;
};

export type PackChanges = {
  statusChanges: Array<{ code: string; nameTh: string; nameEn: string; from: Status; to: Status }>;
  newValues: Array<{ code: string; nameTh: string; nameEn: string; year: number; value: number; previous: number | null; provisional: boolean }>;
  targetChanges: Array<{ code: string; nameTh: string; nameEn: string; year: number; from: number | null; to: number | null }>;
  actionsClosed: Array<{ id: number; textTh: string; textEn: string; status: ActionStatus }>;
  /** Indicators with a graded status before and after (completeness of the picture). */
  graded: { before: number; after: number; total: number };
};

const GRADED: ReadonlySet<Status> = new Set(['achieved', 'on_track', 'needs_attention', 'off_track']);

const indicatorsOf = (pack: ComparablePack) => [...pack.goalIndicators, ...pack.strategies.flatMap((s) => s.indicators)];

/** Differences from `previous` to `current`; with no previous pack, nothing has "changed". */
export function comparePacks(previous: ComparablePack | null, current: ComparablePack): PackChanges {
  const now = indicatorsOf(current);
  const graded = { before: 0, after: now.filter((i) => GRADED.has(i.status.status)).length, total: now.length };
  if (!previous) return { statusChanges: [], newValues: [], targetChanges: [], actionsClosed: [], graded: { ...graded, before: graded.after } };

  const before = new Map(indicatorsOf(previous).map((i) => [i.code, i]));
  graded.before = [...before.values()].filter((i) => GRADED.has(i.status.status)).length;
  const result: PackChanges = { statusChanges: [], newValues: [], targetChanges: [], actionsClosed: [], graded };

  for (const ind of now) {
    const prev = before.get(ind.code);
    if (!prev) continue; // an indicator added to the plan since: its values are not "new" against nothing
    const names = { code: ind.code, nameTh: ind.nameTh, nameEn: ind.nameEn };
    if (prev.status.status !== ind.status.status) result.statusChanges.push({ ...names, from: prev.status.status, to: ind.status.status });

    const prevValues = new Map(prev.trend.map((p) => [p.year, p.value]));
    for (const point of ind.trend) {
      const old = prevValues.get(point.year);
      if (old === undefined || old !== point.value) {
        result.newValues.push({ ...names, year: point.year, value: point.value, previous: old ?? null, provisional: point.provisional ?? false });
      }
    }

    const prevTargets = new Map(prev.targets.map((t) => [t.year, t.value]));
    const nowTargets = new Map(ind.targets.map((t) => [t.year, t.value]));
    for (const year of [...new Set([...prevTargets.keys(), ...nowTargets.keys()])].sort((a, b) => a - b)) {
      const from = prevTargets.get(year) ?? null;
      const to = nowTargets.get(year) ?? null;
      if (from !== to) result.targetChanges.push({ ...names, year, from, to });
    }
  }

  const nowActions = new Map(current.actions.map((a) => [a.id, a]));
  for (const action of previous.actions) {
    const later = nowActions.get(action.id);
    if (isOpenAction(action.status) && later && !isOpenAction(later.status)) {
      result.actionsClosed.push({ id: later.id, textTh: later.textTh, textEn: later.textEn, status: later.status });
    }
  }
  return result;
}
