/** An audit row's changed fields, one per line: "field: before → after". */
export function ChangeList({ changes }: { changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }> }) {
  if (changes.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="change-field">{c.field}</span>: {show(c.before)} → {show(c.after)}
        </li>
      ))}
    </ul>
  );
}

export const changesText = (changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>) =>
  changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join('; ');

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
