import { itaGradeLabel } from '../../../shared/ita';
import { useT } from '../../hooks/use-prefs';

/** A grade by its year's rules, with the rule as a tooltip. */
export function GradeChip({ grade }: { grade: string }) {
  const { label } = useT();
  const known = itaGradeLabel(grade);
  return (
    <span className={`grade-chip grade-${grade}`} title={known ? label(known.rule) : undefined}>
      {label(known ?? grade)}
    </span>
  );
}
