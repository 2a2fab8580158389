import { describe, expect, it } from 'vitest';
import { comparePacks, type ComparablePack } from '../../server/meetings/pack-changes';
import type { ActionStatus } from '../../shared/domain';
import type { Status } from '../../shared/status';

type IndSpec = { code: string; status: Status; trend?: Array<[number, number]>; targets?: Array<[number, number]> };

const pack = (inds: IndSpec[], actions: Array<[number, ActionStatus]> = []): ComparablePack => ({
  goalIndicators: [],
  strategies: [
    {
      indicators: inds.map((i) => ({
        code: i.code,
        nameTh: `ตัวชี้วัด ${i.code}`,
        nameEn: i.code,
        status: { status: i.status },
        trend: (i.trend ?? []).map(([year, value]) => ({ year, value })),
        targets: (i.targets ?? []).map(([year, value]) => ({ year, value })),
      })),
    },
  ],
  actions: actions.map(([id, status]) => ({ id, textTh: `เรื่อง ${id}`, textEn: '', status })),
});

describe('comparePacks (what changed since the last meeting)', () => {
  const cases: Array<{ name: string; prev: ComparablePack | null; curr: ComparablePack; expect: Partial<Record<keyof ReturnType<typeof comparePacks>, unknown>> }> = [
    {
      name: 'no previous pack: nothing changed, completeness as it stands',
      prev: null,
      curr: pack([{ code: 'A', status: 'on_track' }, { code: 'B', status: 'no_data' }]),
      expect: { statusChanges: [], newValues: [], targetChanges: [], actionsClosed: [], graded: { before: 1, after: 1, total: 2 } },
    },
    {
      name: 'a status change is listed once, an unchanged status not at all',
      prev: pack([{ code: 'A', status: 'on_track' }, { code: 'B', status: 'off_track' }]),
      curr: pack([{ code: 'A', status: 'off_track' }, { code: 'B', status: 'off_track' }]),
      expect: { statusChanges: [{ code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', from: 'on_track', to: 'off_track' }] },
    },
    {
      name: 'a new year and a revised value are new values; an unchanged one is not',
      prev: pack([{ code: 'A', status: 'on_track', trend: [[2566, 1], [2567, 2]] }]),
      curr: pack([{ code: 'A', status: 'on_track', trend: [[2566, 1], [2567, 2.5], [2568, 3]] }]),
      expect: {
        newValues: [
          { code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', year: 2567, value: 2.5, previous: 2, provisional: false },
          { code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', year: 2568, value: 3, previous: null, provisional: false },
        ],
      },
    },
    {
      name: 'targets set, revised and removed, by year',
      prev: pack([{ code: 'A', status: 'on_track', targets: [[2568, 50], [2570, 57]] }]),
      curr: pack([{ code: 'A', status: 'on_track', targets: [[2569, 52], [2570, 60]] }]),
      expect: {
        targetChanges: [
          { code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', year: 2568, from: 50, to: null },
          { code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', year: 2569, from: null, to: 52 },
          { code: 'A', nameTh: 'ตัวชี้วัด A', nameEn: 'A', year: 2570, from: 57, to: 60 },
        ],
      },
    },
    {
      name: 'an indicator new to the plan brings no "changes"',
      prev: pack([]),
      curr: pack([{ code: 'N', status: 'on_track', trend: [[2568, 1]], targets: [[2570, 2]] }]),
      expect: { statusChanges: [], newValues: [], targetChanges: [], graded: { before: 0, after: 1, total: 1 } },
    },
    {
      name: 'actions open before and done or cancelled now are closed; still open or already closed are not',
      prev: pack([], [[1, 'open'], [2, 'in_progress'], [3, 'open'], [4, 'done']]),
      curr: pack([], [[1, 'done'], [2, 'cancelled'], [3, 'in_progress'], [4, 'done']]),
      expect: {
        actionsClosed: [
          { id: 1, textTh: 'เรื่อง 1', textEn: '', status: 'done' },
          { id: 2, textTh: 'เรื่อง 2', textEn: '', status: 'cancelled' },
        ],
      },
    },
  ];

  it.each(cases)('$name', ({ prev, curr, expect: want }) => {
    expect(comparePacks(prev, curr)).toMatchObject(want);
  });
});
