import { useT } from '../../hooks/use-prefs';
import { ExampleBadge } from '../ui/Badges';
import type { Column } from '../ui/DataTable';

type Named = { code: string; nameTh: string; nameEn: string | null; isExample: boolean };

/**
 * The first column of the pack's tables: the indicator's name, badged when it is an example
 * (downloads get the code and the word), optionally with its code under the name.
 */
export function useIndicatorColumn() {
  const { t, label } = useT();
  return <T extends Named>({ withCode = false } = {}): Column<T> => ({
    key: 'indicator',
    header: t('report.indicator'),
    rowHeader: true,
    value: (i) => `${i.code} ${label(i)}${i.isExample ? ` (${t('badge.example')})` : ''}`,
    cell: (i) => (
      <>
        {label(i)}
        {i.isExample ? <ExampleBadge /> : null}
        {withCode ? <span className="muted small block">{i.code}</span> : null}
      </>
    ),
  });
}
