import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber } from '../../lib/format';

type Value = {
  coverage: { n: number; N: number } | null;
  provisional: boolean;
  publication: { reason: string; publishedAt: string } | null;
};

/** "n of N" behind a derived figure, and whether it is provisional or published early (with the reason). */
export function CoverageNote({ value }: { value: Value }) {
  const { t, lang, cal } = useT();
  if (!value.coverage) return null;
  const nOfN = t('coverage.nOfN', { n: formatNumber(value.coverage.n, lang), of: formatNumber(value.coverage.N, lang) });
  if (value.provisional) {
    return (
      <span className="coverage coverage-provisional">
        <span className="chip chip-provisional">{t('coverage.provisional')}</span> {nOfN}
      </span>
    );
  }
  if (value.publication) {
    return (
      <span className="coverage">
        {nOfN} · {t('coverage.publishedEarly', { date: formatDate(value.publication.publishedAt, lang, cal) })}: {value.publication.reason}
      </span>
    );
  }
  return <span className="coverage">{nOfN}</span>;
}
