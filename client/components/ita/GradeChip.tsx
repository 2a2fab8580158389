import { itaGradeLabel } from '../../../shared/ita';
import { useT } from '../../hooks/use-prefs';

/** A grade by its year's rules, with the rule as a tooltip. */
export function GradeChip({ grade }: { grade: string }) {
  const { lang } = useT();
  const label = itaGradeLabel(grade);
  return (
    <span className={`grade-chip grade-${grade}`} title={label?.rule[lang]}>
      {label?.[lang] ?? grade}
    </span>
  );
}
