import { useQuery } from '@tanstack/react-query';
import { IndexChart } from '../components/charts/IndexChart';
import { OverdueFlag, StatusBadge } from '../components/plan/StatusBadge';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SourceLink } from '../components/ui/SourceLink';
import { useT } from '../hooks/use-prefs';
import { formatDate, formatNumber, formatValueYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { firstViewQuery } from '../lib/first-view';
import type { RouterOutputs } from '../trpc';
import './analysis.css';

type Indices = RouterOutputs['indices']['summary'];
type IndexView = NonNullable<Indices['wgi']>;

/** The primary source first (TI's page for a CPI edition), then the report beside it. */
function Sources({ url, secondUrl, secondLabel }: { url: string | null; secondUrl: string | null; secondLabel: string | null }) {
  const { t } = useT();
  return (
    <span className="sources">
      <SourceLink url={url} />
      {secondUrl ? (
        <>
          {' · '}
          <span className="muted small">{secondLabel ?? t('source.second')}:</span> <SourceLink url={secondUrl} />
        </>
      ) : null}
    </span>
  );
}

/** "เผยแพร่ 10 ก.พ. 2569" in the reader's language and calendar, or "not known". */
function PublishedOn({ date }: { date: string | null }) {
  const { t, lang, cal } = useT();
  return date ? <>{formatDate(date, lang, cal)}</> : <span className="muted">{t('indices.notKnown')}</span>;
}

/** An index's national targets, each with its source; a carried-forward one says it is not official. */
function TargetsTable({ views, caption }: { views: IndexView[]; caption: string }) {
  const { t, lang, cal, label } = useT();
  const rows = views.flatMap((view) => view.targets.map((tg) => ({ view, tg })));
  if (rows.length === 0) return null;
  return (
    <DataTable
      caption={caption}
      download={`${views[0]!.code}-targets`}
      rows={rows}
      rowKey={(r) => `${r.view.code}-${r.tg.year}`}
      columns={[
        { key: 'indicator', header: t('indices.targetOf'), rowHeader: true, value: (r) => r.view.code, cell: (r) => label(r.view) },
        { key: 'edition', header: t('indices.edition'), value: (r) => r.tg.editionCe, cell: (r) => formatValueYear(r.tg.year, 'edition', cal) },
        {
          key: 'value',
          header: t('indices.target'),
          align: 'end',
          value: (r) => r.tg.value,
          cell: (r) => `${r.view.direction === 'higher' ? '≥' : '≤'} ${formatIndicatorValue(r.tg.value, r.view, lang)}`,
        },
        {
          key: 'source',
          header: t('source.label'),
          value: (r) => r.tg.sourceUrl ?? r.tg.sourceTh,
          cell: (r) =>
            r.tg.carriedForward ? (
              <span className="muted">{t('target.carriedForward')}</span>
            ) : (
              <>
                <SourceLink url={r.tg.sourceUrl} label={r.tg.sourceUrl ? null : r.tg.sourceTh} />
                {r.tg.sourceUrl && r.tg.sourceTh ? <span className="muted small"> — {r.tg.sourceTh}</span> : null}
              </>
            ),
        },
      ]}
    />
  );
}

/** Status badge and overdue flag of one index, as every other page shows them. */
function IndexStatus({ view }: { view: IndexView }) {
  const { t } = useT();
  return (
    <p>
      {t('status.label')}: <StatusBadge status={view.status.status} />{' '}
      <OverdueFlag staleness={view.staleness} yearKind={view.yearKind} />{' '}
      <AppLink to={`/indicators/${view.code}`} className="small">
        {t('status.why')} →
      </AppLink>
    </p>
  );
}

/** An index over its editions, with its national targets as reference lines; ranks read best at the top. */
function IndexTrend({ view }: { view: IndexView }) {
  const { t, lang, cal, label } = useT();
  const fmt = (v: number) => formatNumber(v, lang, view.decimals);
  return (
    <IndexChart
      rows={view.editions.map((e) => ({ label: formatValueYear(e.year, 'edition', cal), value: e.value }))}
      references={view.targets.map((tg) => ({ value: tg.value, label: t('indices.targetLine', { year: formatValueYear(tg.year, 'edition', cal), value: fmt(tg.value) }) }))}
      name={label(view)}
      reversed={view.unit === 'rank'}
      format={fmt}
      decimals={view.decimals}
      ariaLabel={label(view)}
    />
  );
}

/** A single-series index (WGI, WJP): chart with targets, status, and every edition in a table. */
function SingleIndex({ view, title, id }: { view: IndexView; title: string; id: string }) {
  const { t, lang, cal, label } = useT();
  const isRank = view.unit === 'rank';
  return (
    <section className="card index-section" aria-labelledby={id}>
      <div className="index-head">
        <h2 id={id}>
          {title} {view.isExample ? <ExampleBadge /> : null}
        </h2>
      </div>
      <IndexStatus view={view} />
      {view.targets.length === 0 ? <p className="muted small">{t('indices.noTarget')}</p> : null}
      <IndexTrend view={view} />
      <DataTable
        caption={t('indices.tableCaption', { name: label(view) })}
        download={view.code}
        rows={view.editions}
        rowKey={(e) => e.year}
        columns={[
          { key: 'edition', header: t('indices.edition'), rowHeader: true, value: (e) => e.editionCe, cell: (e) => formatValueYear(e.year, 'edition', cal) },
          {
            key: 'value',
            header: isRank ? t('indices.rank') : t('indices.value'),
            align: 'end',
            value: (e) => e.value,
            cell: (e) => formatIndicatorValue(e.value, view, lang),
          },
          ...(isRank
            ? [
                { key: 'countries', header: t('indices.countries'), align: 'end' as const, value: (e: IndexView['editions'][number]) => e.rankOutOf, cell: (e: IndexView['editions'][number]) => formatNumber(e.rankOutOf, lang) },
                {
                  key: 'percentile',
                  header: t('indices.percentile'),
                  align: 'end' as const,
                  value: (e: IndexView['editions'][number]) => (e.percentile === null ? null : Math.round(e.percentile * 10) / 10),
                  cell: (e: IndexView['editions'][number]) => (e.percentile === null ? '–' : `${formatNumber(e.percentile, lang, 1)} %`),
                },
              ]
            : []),
          { key: 'published', header: t('indices.published'), value: (e) => e.publishedOn, cell: (e) => <PublishedOn date={e.publishedOn} /> },
          {
            key: 'source',
            header: t('source.label'),
            value: (e) => e.sourceUrl,
            cell: (e) => <Sources url={e.sourceUrl} secondUrl={e.secondarySourceUrl} secondLabel={e.secondarySourceTh} />,
          },
        ]}
      />
      <TargetsTable views={[view]} caption={t('indices.targetsCaption', { name: label(view) })} />
    </section>
  );
}

/** The latest CPI edition in one line: score, rank, its TI page and when it was published. */
function LatestCpi({ edition }: { edition: Indices['cpi']['editions'][number] }) {
  const { t, lang, cal } = useT();
  return (
    <p className="index-latest" data-testid="cpi-latest">
      {t('indices.latestCpi', {
        edition: formatValueYear(edition.year, 'edition', cal),
        score: formatNumber(edition.score, lang),
        rank: formatNumber(edition.rank, lang),
        countries: formatNumber(edition.countries, lang),
      })}{' '}
      {edition.publishedOn ? <span>· {t('source.publishedOn', { date: formatDate(edition.publishedOn, lang, cal) })} </span> : null}·{' '}
      <SourceLink url={edition.sourceUrl} label={t('indices.tiPage')} />
    </p>
  );
}

export function IndicesPage() {
  const { t, lang, cal } = useT();
  const query = useQuery(firstViewQuery.indices());
  return (
    <div className="page indices">
      <h1>{t('indices.title')}</h1>
      <p className="muted">{t('indices.intro')}</p>
      <QueryState query={query}>
        {({ cpi, wgi, wjp }) => (
          <>
            {cpi.score && cpi.rank ? (
              <Section id="cpi-h" className="card index-section" title={t('indices.cpi')}>
                {cpi.score.comparableFromYear !== null ? (
                  <p className="muted small">{t('indices.breakNote', { year: formatValueYear(cpi.score.comparableFromYear, 'edition', cal) })}</p>
                ) : null}
                {cpi.editions.length > 0 ? <LatestCpi edition={cpi.editions[cpi.editions.length - 1]!} /> : null}
                <div className="index-charts">
                  <div>
                    <h3>{t('indices.cpiScore')}</h3>
                    <IndexStatus view={cpi.score} />
                    <IndexTrend view={cpi.score} />
                  </div>
                  <div>
                    <h3>{t('indices.cpiRank')}</h3>
                    <IndexStatus view={cpi.rank} />
                    <IndexTrend view={cpi.rank} />
                  </div>
                </div>
                <DataTable
                  caption={t('indices.tableCaption', { name: 'CPI' })}
                  download="CPI"
                  rows={cpi.editions}
                  rowKey={(e) => e.year}
                  columns={[
                    { key: 'edition', header: t('indices.edition'), rowHeader: true, value: (e) => e.editionCe, cell: (e) => formatValueYear(e.year, 'edition', cal) },
                    { key: 'score', header: t('indices.score'), align: 'end', value: (e) => e.score, cell: (e) => formatNumber(e.score, lang) },
                    { key: 'rank', header: t('indices.rank'), align: 'end', value: (e) => e.rank, cell: (e) => formatNumber(e.rank, lang) },
                    { key: 'countries', header: t('indices.countries'), align: 'end', value: (e) => e.countries, cell: (e) => formatNumber(e.countries, lang) },
                    {
                      key: 'percentile',
                      header: t('indices.percentile'),
                      align: 'end',
                      value: (e) => (e.percentile === null ? null : Math.round(e.percentile * 10) / 10),
                      cell: (e) => (e.percentile === null ? '–' : `${formatNumber(e.percentile, lang, 1)} %`),
                    },
                    { key: 'published', header: t('indices.published'), value: (e) => e.publishedOn, cell: (e) => <PublishedOn date={e.publishedOn} /> },
                    {
                      key: 'source',
                      header: t('source.label'),
                      value: (e) => e.sourceUrl,
                      cell: (e) => <Sources url={e.sourceUrl} secondUrl={e.secondarySourceUrl} secondLabel={e.secondarySourceTh} />,
                    },
                    { key: 'note', header: t('indicator.note'), value: (e) => e.note, cell: (e) => e.note ?? '' },
                  ]}
                />
                <TargetsTable views={[cpi.score, cpi.rank]} caption={t('indices.targetsCaption', { name: 'CPI' })} />
              </Section>
            ) : null}
            {wgi ? <SingleIndex view={wgi} title={t('indices.wgi')} id="wgi-h" /> : null}
            {wjp ? <SingleIndex view={wjp} title={t('indices.wjp')} id="wjp-h" /> : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
