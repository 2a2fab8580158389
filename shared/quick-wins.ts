// A Quick Win's state as people should read it today: the stored status corrected by the
// calendar (decision 0003). A Quick Win past its end date below 100 % is delayed whatever was
// last reported; one not started by its start date is "not started — late".
import type { QuickWinStatus } from './domain';

export const QUICK_WIN_STATES = ['not_started', 'not_started_late', 'in_progress', 'delayed', 'completed', 'cancelled'] as const;
export type QuickWinState = (typeof QUICK_WIN_STATES)[number];

export type QuickWinFacts = { status: QuickWinStatus; progress: number; startDate: string | null; endDate: string | null };

/** The computed state, and why it differs from the stored status (null when it does not). */
export function quickWinState(qw: QuickWinFacts, today: string): { state: QuickWinState; reason: 'past_end' | 'not_started_by_start' | null } {
  if (qw.status === 'completed' || qw.status === 'cancelled') return { state: qw.status, reason: null };
  if (qw.endDate !== null && today > qw.endDate && qw.progress < 100) {
    return { state: 'delayed', reason: qw.status === 'delayed' ? null : 'past_end' };
  }
  if (qw.status === 'not_started' && qw.startDate !== null && today > qw.startDate) return { state: 'not_started_late', reason: 'not_started_by_start' };
  return { state: qw.status, reason: null };
}
