import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LEVELS, LEVEL_LABELS, type Level } from '../../shared/domain';
import { DemoNote } from '../components/ita/DemoNote';
import { LazyItaBarChart } from '../components/charts/lazy';
import { RoundForm } from '../components/activities/RoundForm';
import { RoundProvincesTable, useRoundDates } from '../components/activities/RoundsTable';
import { useItaYear } from '../components/ita/use-ita-year';
import { YearSelect } from '../components/ui/YearSelect';
import { canUse, useMe } from '../components/accounts/use-me';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { formatDate, formatNumber, formatYear } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/ita/ita.css';
import { BAND_COLORS, CHART_COLORS } from '../components/charts/tokens';

type Targeting = RouterOutputs['ita']['targeting'];
type Band = NonNullable<Targeting['provinces'][number]['band']>;
const BAND_KEY = { high: 'ita.band.high', medium: 'ita.band.medium', low: 'ita.band.low' } as const;

function BandChip({ band }: { band: Band | null }) {
  const { t } = useT();
  if (!band) return <span className="muted">{t('ita.rounds.noData')}</span>;
  return <span className={`band band-${band}`}>{t(BAND_KEY[band])}</span>;
}

const thresholdOf = (s: string | null) => (s === null || s === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

/** /ita/targeting — rank provinces and groups by ITA, flag medium–low, plan and record seminar rounds. */
export function ItaTargetingPage() {
  const { t, lang, cal, label } = useT();
  const { me } = useMe();
  const { list, year, setYear } = useItaYear();
  const [metricP, setMetric] = useSearchParam('metric');
  const [highP, setHigh] = useSearchParam('high');
  const [mediumP, setMedium] = useSearchParam('medium');
  const [levelsP, setLevels] = useSearchParam('levels');
  const [onlyP, setOnly] = useSearchParam('only');
  const metric = metricP === 'passRate' ? 'passRate' : 'mean';
  const levels = (levelsP ? levelsP.split(',') : ['regional', 'local']).filter((l): l is Level => (LEVELS as readonly string[]).includes(l));
  const [high, medium] = [thresholdOf(highP), thresholdOf(mediumP)];
  const query = useQuery({
    ...trpc.ita.targeting.queryOptions({ year: year ?? undefined, metric, highFrom: high, mediumFrom: medium, levels: levels.length ? levels : ['regional', 'local'] }),
    enabled: year !== null,
  });
  const fmt = (v: number | null) => (v === null ? '–' : metric === 'mean' ? formatNumber(v, lang, 2) : `${formatNumber(v, lang, 1)}\u00a0%`);
  const toggleLevel = (l: Level) => {
    const next = levels.includes(l) ? levels.filter((x) => x !== l) : [...levels, l];
    setLevels(next.length === 0 || (next.length === 2 && next.includes('regional') && next.includes('local')) ? null : next.join(','));
  };
  return (
    <div className="page ita">
      <p className="small">
        <AppLink to="/ita">← {t('ita.title')}</AppLink>
      </p>
      <h1>{t('ita.targeting.title')}</h1>
      <p className="muted">{t('ita.targeting.intro')}</p>
      <form className="filters ita-targeting-form" onSubmit={(e) => e.preventDefault()}>
        <YearSelect label={t('ita.year')} years={list} value={year} onChange={setYear} />
        <div className="field">
          <label htmlFor="tg-metric">{t('ita.targeting.metric')}</label>
          <select id="tg-metric" value={metric} onChange={(e) => setMetric(e.target.value === 'mean' ? null : e.target.value)}>
            <option value="mean">{t('ita.mean')}</option>
            <option value="passRate">{t('ita.passPercent')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tg-high">{t('ita.targeting.highFrom')}</label>
          <input id="tg-high" type="number" step="0.01" min={0} max={100} value={highP ?? ''} placeholder={t('ita.targeting.auto')} onChange={(e) => setHigh(e.target.value || null)} />
        </div>
        <div className="field">
          <label htmlFor="tg-medium">{t('ita.targeting.mediumFrom')}</label>
          <input id="tg-medium" type="number" step="0.01" min={0} max={100} value={mediumP ?? ''} placeholder={t('ita.targeting.auto')} onChange={(e) => setMedium(e.target.value || null)} />
        </div>
        <fieldset className="field">
          <legend>{t('ita.targeting.levels')}</legend>
          {LEVELS.map((l) => (
            <label key={l} className="checkbox-row">
              <input type="checkbox" checked={levels.includes(l)} onChange={() => toggleLevel(l)} /> {label(LEVEL_LABELS[l])}
            </label>
          ))}
        </fieldset>
        <label className="checkbox-row">
          <input type="checkbox" checked={onlyP === '1'} onChange={(e) => setOnly(e.target.checked ? '1' : null)} /> {t('ita.targeting.onlyMediumLow')}
        </label>
      </form>
      {year === null ? <p className="state state-empty">{t('ita.noData')}</p> : null}
      <QueryState query={query}>
        {(tg) => {
          const withData = tg.provinces.filter((p) => p.value !== null);
          const shown = onlyP === '1' ? tg.provinces.filter((p) => p.mediumLow) : tg.provinces;
          const mediumLow = withData.filter((p) => p.mediumLow);
          return (
            <>
              <DemoNote demoRows={tg.provinces.reduce((s, p) => s + p.demoRows, 0)} />
              <p role="status">
                {t(tg.thresholds.source === 'terciles' ? 'ita.targeting.thresholdsTerciles' : 'ita.targeting.thresholdsInput', {
                  high: fmt(tg.thresholds.highFrom),
                  medium: fmt(tg.thresholds.mediumFrom),
                })}{' '}
                <strong>{t('ita.targeting.countMediumLow', { n: mediumLow.length, of: withData.length })}</strong>
              </p>
              <section className="card ita-section" aria-labelledby="tg-prov-h">
                <h2 id="tg-prov-h">{t('ita.targeting.provinces', { year: tg.year === null ? '' : formatYear(tg.year, cal) })}</h2>
                <LazyItaBarChart
                  rows={withData.map((p) => ({ label: label(p), value: p.value, band: p.band }))}
                  series={[{ key: 'value', name: metric === 'mean' ? t('ita.mean') : t('ita.passPercent'), color: CHART_COLORS.series }]}
                  colorOf={(r) => BAND_COLORS[(r.band as Band | null) ?? 'high']}
                  references={[
                    { value: tg.thresholds.highFrom, label: t('ita.band.high') },
                    { value: tg.thresholds.mediumFrom, label: t('ita.band.medium') },
                  ]}
                  format={(v) => fmt(v)}
                  domain={[Math.max(0, Math.floor(Math.min(...withData.map((p) => p.value ?? 100)) - 2)), 100]}
                  horizontal
                  categoryWidth={130}
                  height={Math.max(240, withData.length * 16 + 60)}
                  ariaLabel={t('ita.targeting.provinces', { year: tg.year === null ? '' : formatYear(tg.year, cal) })}
                />
                <DataTable
                  caption={t('ita.targeting.provincesTable')}
                  download={`ita-targeting-${tg.year ?? ''}`}
                  rows={shown}
                  rowKey={(p) => p.code}
                  className="ita-targeting-table"
                  columns={[
                    { key: 'rank', header: t('ita.targeting.rank'), align: 'end', value: (p) => p.rank, cell: (p) => (p.rank === null ? '–' : formatNumber(p.rank, lang)) },
                    {
                      key: 'province',
                      header: t('ita.province'),
                      rowHeader: true,
                      value: (p) => p.nameTh,
                      cell: (p) => <AppLink to={`/ita/provinces/${p.code}${tg.year ? `?year=${tg.year}` : ''}`}>{label(p)}</AppLink>,
                    },
                    { key: 'group', header: t('ita.by.group'), value: (p) => p.groupName?.th ?? null, cell: (p) => (p.groupName ? label(p.groupName) : '–') },
                    { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (p) => p.assessed, cell: (p) => formatNumber(p.assessed, lang) },
                    { key: 'mean', header: t('ita.mean'), align: 'end', value: (p) => p.mean, cell: (p) => formatNumber(p.mean, lang, 2) },
                    { key: 'pass', header: t('ita.passPercent'), align: 'end', value: (p) => (p.assessed ? p.passPercent : null), cell: (p) => (p.assessed ? `${formatNumber(p.passPercent, lang, 1)}\u00a0%` : '–') },
                    { key: 'band', header: t('ita.targeting.band'), value: (p) => p.band, cell: (p) => <BandChip band={p.band} /> },
                    {
                      key: 'rounds',
                      header: t('ita.targeting.roundsHeld'),
                      align: 'end',
                      value: (p) => p.rounds,
                      cell: (p) => (p.rounds ? `${formatNumber(p.rounds, lang)} (${formatDate(p.lastRoundStart, lang, cal)})` : '–'),
                    },
                  ]}
                />
              </section>
              <section className="card ita-section" aria-labelledby="tg-group-h">
                <h2 id="tg-group-h">{t('ita.targeting.groups')}</h2>
                <DataTable
                  caption={t('ita.targeting.groupsTable')}
                  download={`ita-targeting-groups-${tg.year ?? ''}`}
                  rows={tg.groups}
                  rowKey={(g) => g.groupId}
                  columns={[
                    { key: 'group', header: t('ita.by.group'), rowHeader: true, value: (g) => g.nameTh, cell: (g) => label(g) },
                    { key: 'provinces', header: t('ita.targeting.provinceCount'), align: 'end', value: (g) => g.provinces, cell: (g) => formatNumber(g.provinces, lang) },
                    { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (g) => g.assessed, cell: (g) => formatNumber(g.assessed, lang) },
                    { key: 'value', header: metric === 'mean' ? t('ita.mean') : t('ita.passPercent'), align: 'end', value: (g) => g.value, cell: (g) => fmt(g.value) },
                    { key: 'band', header: t('ita.targeting.band'), value: (g) => g.band, cell: (g) => <BandChip band={g.band} /> },
                    {
                      key: 'ml',
                      header: t('ita.targeting.mediumLowIn'),
                      value: (g) => g.mediumLowProvinces.length,
                      cell: (g) =>
                        g.mediumLowProvinces
                          .map((c) => tg.provinces.find((p) => p.code === c))
                          .map((p) => (p ? label(p) : ''))
                          .join(', ') || '–',
                    },
                  ]}
                />
              </section>
              <ActivitiesSection
                isAdmin={canUse(me, 'admin')}
                basisYear={tg.year}
                provinces={tg.provinces.map((p) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, groupName: p.groupName, mediumLow: p.mediumLow }))}
              />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

type Activity = RouterOutputs['ita']['activities'][number];

function ActivitiesSection({ isAdmin, basisYear, provinces }: { isAdmin: boolean; basisYear: number | null; provinces: Parameters<typeof RoundForm>[0]['provinces'] }) {
  const { t, lang, cal, label } = useT();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.ita.activities.queryOptions());
  const [editing, setEditing] = useState<{ activity: Activity; round: Activity['rounds'][number] | null } | null>(null);
  const dates = useRoundDates();
  const remove = useMutation(
    trpc.ita.roundDelete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.ita.activities.queryKey() }),
    }),
  );
  return (
    <section className="card ita-section" aria-labelledby="tg-act-h">
      <h2 id="tg-act-h">{t('ita.rounds.title')}</h2>
      <p className="muted small">{t('ita.rounds.intro')}</p>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(activities) => (
          <>
            {activities.map((act) => (
              <div key={act.id} className="ita-activity">
                <h3>
                  {label(act)} {act.isExample ? <ExampleBadge /> : null}
                </h3>
                <p className="small muted">
                  {act.ownerTh}
                  {act.sourceNote ? ` · ${act.sourceNote}` : ''}
                </p>
                {act.rounds.map((r) => (
                  <div key={r.id} className="ita-round" data-round={r.roundNo}>
                    <h4>
                      {t('ita.rounds.roundNo', { no: r.roundNo })} — {dates(r.startDate, r.endDate)} {r.isExample ? <ExampleBadge /> : null}
                    </h4>
                    <p className="small">
                      {r.venue ?? '–'}
                      {r.note ? ` · ${r.note}` : ''}
                    </p>
                    <p className="small">
                      {t('ita.rounds.participants', {
                        planned: formatNumber(r.planned, lang),
                        actual: r.actual === null ? t('ita.rounds.notRecorded') : formatNumber(r.actual, lang),
                      })}{' '}
                      · {t('ita.rounds.evaluation')}: {r.evaluationScore === null ? t('ita.rounds.notRecorded') : formatNumber(r.evaluationScore, lang, 2)}
                      {r.basisYear ? ` · ${t('ita.rounds.basisYear')}: ${formatYear(r.basisYear, cal)}` : ''}
                    </p>
                    {r.targetGroups.length ? (
                      <ul className="small">
                        {r.targetGroups.map((g) => (
                          <li key={g.id}>
                            {label(g)}: {formatNumber(g.planned, lang)} / {g.actual === null ? '–' : formatNumber(g.actual, lang)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <RoundProvincesTable
                      provinces={r.provinces}
                      beforeYear={r.beforeYear}
                      afterYear={r.afterYear}
                      caption={t('ita.rounds.beforeAfterOf', { no: r.roundNo })}
                      download={`ita-round-${r.roundNo}`}
                    />
                    {isAdmin ? (
                      <div className="form-actions">
                        <button type="button" className="btn btn-secondary" onClick={() => setEditing({ activity: act, round: r })}>
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-secondary"
                          disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(t('ita.rounds.confirmDelete', { no: r.roundNo }))) remove.mutate({ roundId: r.id });
                          }}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    ) : null}
                  </div>
                ))}
                {isAdmin && editing?.activity.id !== act.id ? (
                  <button type="button" className="btn" onClick={() => setEditing({ activity: act, round: null })}>
                    {t('ita.rounds.add')}
                  </button>
                ) : null}
                {isAdmin && editing?.activity.id === act.id ? (
                  <div className="card">
                    <h4>{editing.round ? t('ita.rounds.editTitle', { no: editing.round.roundNo }) : t('ita.rounds.add')}</h4>
                    <RoundForm
                      key={editing.round?.id ?? 'new'}
                      activityId={act.id}
                      round={editing.round}
                      nextRoundNo={Math.max(0, ...act.rounds.map((x) => x.roundNo)) + 1}
                      provinces={provinces}
                      basisYear={basisYear}
                      onDone={() => setEditing(null)}
                    />
                  </div>
                ) : null}
              </div>
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}
