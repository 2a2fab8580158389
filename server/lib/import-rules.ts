// The rule every import shares (decision 0011): a commit that removes anything — ITA rows from a
// year, or agencies from use — or changes more than 5 % of what is there must be confirmed, and
// the server checks that confirmation against the difference it computed itself.

export const CONFIRM_CHANGED_SHARE = 0.05;

export function needsConfirmation(currentRows: number, changed: number, removed: number): boolean {
  return removed > 0 || changed > currentRows * CONFIRM_CHANGED_SHARE;
}
