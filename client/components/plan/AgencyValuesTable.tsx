import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { trpc, type RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';
import { DataTable } from '../ui/DataTable';
import { QueryState } from '../ui/QueryState';

type Indicator = Pick<RouterOutputs['indicator']['byCode'], 'code' | 'unit' | 'decimals' | 'yearKind'>;
const PAGE = 50;

/** Each agency's published value behind a per-agency indicator: what the national figure is made of. */
export function AgencyValuesTable({ indicator, title }: { indicator: Indicator; title: string }) {
  const { t, lang, cal, label } = useT();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  // Search a moment after typing stops, from the first page.
  useEffect(() => {
    const id = setTimeout(() => {
      setQ(text.trim());
      setOffset(0);
    }, 300);
    return () => clearTimeout(id);
  }, [text]);
  const query = useQuery({
    ...trpc.indicator.agencyValues.queryOptions({ code: indicator.code, year, q, limit: PAGE, offset }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card" aria-labelledby="agency-values-h">
      <h2 id="agency-values-h">{t('agencyValues.title')}</h2>
      <p className="muted small">{t('agencyValues.intro')}</p>
      <QueryState query={query}>
        {(data) => (
          <>
            <div className="filters">
              <div className="field">
                <label htmlFor="av-year">{t('indicator.year')}</label>
                <select
                  id="av-year"
                  value={data.year ?? ''}
                  onChange={(e) => {
                    setYear(Number(e.target.value));
                    setOffset(0);
                  }}
                >
                  {data.years.map((y) => (
                    <option key={y} value={y}>
                      {formatValueYear(y, indicator.yearKind, cal)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="av-q">{t('agencyValues.search')}</label>
                <input id="av-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
              </div>
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
                    { key: 'value', header: t('indicator.actual'), align: 'end', value: (r) => r.value, cell: (r) => formatIndicatorValue(r.value, indicator, lang) },
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
                <nav className="pager" aria-label={t('agencyValues.pages')}>
                  <button type="button" className="btn btn-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    ← {t('agencyValues.previous')}
                  </button>
                  <button type="button" className="btn btn-secondary" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
                    {t('agencyValues.next')} →
                  </button>
                </nav>
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
