import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS } from '../../../shared/domain';
import { useDebounced } from '../../hooks/use-debounced';
import { usePaging } from '../../hooks/use-paging';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { trpc, type RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';
import { DataTable } from '../ui/DataTable';
import { Pager } from '../ui/Pager';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { TextField } from '../ui/TextField';
import { YearSelect } from '../ui/YearSelect';

type Indicator = Pick<RouterOutputs['indicator']['byCode'], 'code' | 'unit' | 'decimals' | 'yearKind'>;

/** Each agency's published value behind a per-agency indicator: what the national figure is made of. */
export function AgencyValuesTable({ indicator, title }: { indicator: Indicator; title: string }) {
  const { t, lang, cal, label } = useT();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const paging = usePaging([year, q]);
  const { offset } = paging;
  const query = useQuery({
    ...trpc.indicator.agencyValues.queryOptions({ code: indicator.code, year, q, limit: paging.limit, offset }),
    placeholderData: keepPreviousData,
  });
  return (
    <Section id="agency-values-h" className="card" title={t('agencyValues.title')}>
      <p className="muted small">{t('agencyValues.intro')}</p>
      <QueryState query={query}>
        {(data) => (
          <>
            <div className="filters">
              <YearSelect
                id="av-year"
                label={t('indicator.year')}
                years={data.years}
                format={(y) => formatValueYear(y, indicator.yearKind, cal)}
                value={data.year}
                onChange={setYear}
              />
              <TextField id="av-q" label={t('agencyValues.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
            {data.total === 0 ? (
              <p className="muted">{t('agencyValues.none')}</p>
            ) : (
              <>
                <p className="muted" role="status" aria-live="polite">
                  {t('agencyValues.count', { from: formatNumber(offset + 1, lang), to: formatNumber(offset + data.rows.length, lang), total: formatNumber(data.total, lang) })}
                </p>
                <DataTable
                  caption={`${title} — ${t('agencyValues.title')} ${data.year ? formatValueYear(data.year, indicator.yearKind, cal) : ''}`}
                  rows={data.rows}
                  rowKey={(r) => r.agencyCode}
                  columns={[
                    { key: 'agency', header: t('agencyValues.agency'), rowHeader: true, cell: (r) => <>{label(r.agencyNameTh, r.agencyNameEn)} <span className="muted">{r.agencyCode}</span> {r.isExample ? <ExampleBadge /> : null}</> },
                    { key: 'level', header: t('agencyValues.level'), cell: (r) => label(LEVEL_LABELS[r.level]) },
                    { key: 'type', header: t('agencyValues.type'), cell: (r) => label(AGENCY_TYPE_LABELS[r.type]) },
                    { key: 'value', header: t('indicator.actual'), align: 'end', value: (r) => r.value, cell: (r) => formatIndicatorValue(r.value, { unit: indicator.unit, decimals: indicator.decimals }, lang) },
                    { key: 'approved', header: t('agencyValues.approved'), cell: (r) => formatDate(r.approvedAt, lang, cal) },
                    {
                      key: 'evidence',
                      header: t('agencyValues.evidence'),
                      cell: (r) =>
                        r.evidenceUrl ? (
                          <a href={r.evidenceUrl} target="_blank" rel="noreferrer noopener">
                            {t('agencyValues.open')}
                          </a>
                        ) : (
                          '–'
                        ),
                    },
                  ]}
                />
                <Pager {...paging} total={data.total} />
              </>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
