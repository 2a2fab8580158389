import { SUBMISSION_STATUS_LABELS, type SubmissionStatus } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import './reporting.css';

export function StateChip({ state }: { state: SubmissionStatus | 'not_started' }) {
  const { label } = useT();
  return <span className={`state-chip s-${state}`}>{label(SUBMISSION_STATUS_LABELS[state])}</span>;
}
