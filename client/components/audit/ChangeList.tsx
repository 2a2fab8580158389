import { changeText, fieldText, valueText, type AuditChange, type AuditContext } from '../../lib/audit-format';

/** An audit row's changed fields, one per line, in words: "สถานะ: ร่าง → ส่งแล้ว รอตรวจ". */
export function ChangeList({ changes, ctx }: { changes: ReadonlyArray<AuditChange>; ctx: AuditContext }) {
  if (changes.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="change-field">{fieldText(c.field, ctx.lang)}</span>: {valueText(c.field, c.before, ctx)} → {valueText(c.field, c.after, ctx)}
        </li>
      ))}
    </ul>
  );
}

export const changesText = (changes: ReadonlyArray<AuditChange>, ctx: AuditContext) => changes.map((c) => changeText(c, ctx)).join('; ');
