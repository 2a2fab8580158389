import { describe, expect, it } from 'vitest';
import { quickWinState, type QuickWinFacts } from '../../shared/quick-wins';

const qw = (facts: Partial<QuickWinFacts>): QuickWinFacts => ({ status: 'in_progress', progress: 50, startDate: '2025-01-01', endDate: '2025-09-30', ...facts });
const TODAY = '2026-12-02';

describe('quickWinState: the state people read, from the stored status and the calendar', () => {
  it.each([
    ['ended 30 Sep 2568 at 65 %, still "in progress"', qw({ progress: 65 }), 'delayed', 'past_end'],
    ['ended below 100 % and already reported delayed', qw({ status: 'delayed', progress: 65 }), 'delayed', null],
    ['ended at 100 % but not marked completed', qw({ progress: 100 }), 'in_progress', null],
    ['completed stays completed', qw({ status: 'completed', progress: 100 }), 'completed', null],
    ['cancelled stays cancelled, whatever the dates', qw({ status: 'cancelled', progress: 10 }), 'cancelled', null],
    ['not started after its start date', qw({ status: 'not_started', progress: 0, endDate: '2027-09-30' }), 'not_started_late', 'not_started_by_start'],
    ['not started, start date still ahead', qw({ status: 'not_started', progress: 0, startDate: '2027-01-01', endDate: '2027-09-30' }), 'not_started', null],
    ['not started and past its end: delayed wins', qw({ status: 'not_started', progress: 0 }), 'delayed', 'past_end'],
    ['in progress, end date ahead', qw({ endDate: '2027-09-30' }), 'in_progress', null],
    ['no dates at all', qw({ startDate: null, endDate: null }), 'in_progress', null],
    ['ends today: not yet delayed', qw({ endDate: TODAY }), 'in_progress', null],
  ] as const)('%s → %s', (_name, facts, state, reason) => {
    expect(quickWinState(facts, TODAY)).toEqual({ state, reason });
  });
});
