import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BAND_MAP_COLORS } from '../../shared/map-scale';
import { LEVELS, LEVEL_LABELS, PROVINCE_LEVELS, type Level } from '../../shared/domain';
import { canUse, useMe } from '../components/accounts/use-me';
import { PlanRoundPanel } from '../components/activities/PlanRoundPanel';
import { LazyProvinceMap } from '../components/charts/lazy';
import { BackToIta } from '../components/ita/BackToIta';
import { DemoNote } from '../components/ita/DemoNote';
import { DemoBadge } from '../components/ui/Badges';
import { useItaYear } from '../components/ita/use-ita-year';
import { AppLink } from '../components/ui/AppLink';
import { Checkbox } from '../components/ui/Checkbox';
import { DataTable } from '../components/ui/DataTable';
import { EnumCheckboxes } from '../components/ui/EnumCheckboxes';
import { Form } from '../components/ui/Form';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SelectField } from '../components/ui/SelectField';
import { TextField } from '../components/ui/TextField';
import { YearSelect } from '../components/ui/YearSelect';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { useMapT } from '../i18n/map-messages';
import { formatDate, formatNumber, formatYear } from '../lib/format';
import { oneOf } from '../lib/one-of';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/ita/ita.css';

type Targeting = RouterOutputs['ita']['targeting'];
type Band = NonNullable<Targeting['provinces'][number]['band']>;
const BAND_KEY = { high: 'ita.band.high', medium: 'ita.band.medium', low: 'ita.band.low' } as const;

function BandChip({ band }: { band: Band | null }) {
  const { t } = useT();
  if (!band) return <span className="muted">{t('ita.rounds.noData')}</span>;
  return <span className={`band band-${band}`}>{t(BAND_KEY[band])}</span>;
}

const BAND_CLASS = { low: 0, medium: 1, high: 2 } as const;

const thresholdOf = (s: string | null) => (s === null || s === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

/** /ita/targeting — rank provinces and groups by ITA, flag medium–low, plan and record seminar rounds. */
export function ItaTargetingPage() {
  const { t, lang } = useT();
  const { list, year, setYear } = useItaYear();
  const [metricP, setMetric] = useSearchParam('metric');
  const [highP, setHigh] = useSearchParam('high');
  const [mediumP, setMedium] = useSearchParam('medium');
  const [levelsP, setLevels] = useSearchParam('levels');
  const [onlyP, setOnly] = useSearchParam('only');
  const metric = metricP === 'passRate' ? 'passRate' : 'mean';
  const asked = (levelsP ?? '').split(',').flatMap((l) => oneOf(LEVELS, l) ?? []);
  const levels = asked.length ? asked : PROVINCE_LEVELS;
  const [high, medium] = [thresholdOf(highP), thresholdOf(mediumP)];
  const query = useQuery({
    ...trpc.ita.targeting.queryOptions({ year: year ?? undefined, metric, highFrom: high, mediumFrom: medium, levels: [...levels] }),
    enabled: year !== null,
  });
  const fmt = (v: number | null) => (v === null ? '–' : metric === 'mean' ? formatNumber(v, lang, 2) : `${formatNumber(v, lang, 1)}\u00a0%`);
  // The default (provincial and local agencies) stays out of the URL.
  const chooseLevels = (next: Level[]) =>
    setLevels(next.length === 0 || (next.length === PROVINCE_LEVELS.length && PROVINCE_LEVELS.every((l) => next.includes(l))) ? null : next.join(','));
  return (
    <div className="page ita">
      <BackToIta />
      <h1>{t('ita.targeting.title')}</h1>
      <p className="muted">{t('ita.targeting.intro')}</p>
      <Form className="filters ita-targeting-form">
        <YearSelect label={t('ita.year')} years={list} value={year} onChange={setYear} />
        <SelectField
          id="tg-metric"
          label={t('ita.targeting.metric')}
          options={[
            { value: 'mean', label: t('ita.mean') },
            { value: 'passRate', label: t('ita.passPercent') },
          ]}
          value={metric}
          onChange={(m) => setMetric(m === 'mean' ? null : m)}
        />
        <TextField id="tg-high" label={t('ita.targeting.highFrom')} type="number" step="0.01" min={0} max={100} value={highP ?? ''} placeholder={t('ita.targeting.auto')} onChange={(e) => setHigh(e.target.value || null)} />
        <TextField id="tg-medium" label={t('ita.targeting.mediumFrom')} type="number" step="0.01" min={0} max={100} value={mediumP ?? ''} placeholder={t('ita.targeting.auto')} onChange={(e) => setMedium(e.target.value || null)} />
        <EnumCheckboxes className="field" legend={t('ita.targeting.levels')} values={LEVELS} labels={LEVEL_LABELS} chosen={levels} onChange={chooseLevels} />
        <Checkbox label={t('ita.targeting.onlyMediumLow')} checked={onlyP === '1'} onChange={(e) => setOnly(e.target.checked ? '1' : null)} />
      </Form>
      {year === null ? <p className="state state-empty">{t('ita.noData')}</p> : null}
      <QueryState query={query}>
        {(tg) => <TargetingResults key={`${tg.year}-${tg.metric}`} tg={tg} onlyMediumLow={onlyP === '1'} fmt={fmt} />}
      </QueryState>
    </div>
  );
}

/**
 * The figures of one year and metric: the bands on a map and in a table, groups, and the round
 * planner. The map and the planner share one selection — clicking a province on the map (or
 * Space on it) adds it to the round being planned, and the table and checkboxes agree.
 */
function TargetingResults({ tg, onlyMediumLow, fmt }: { tg: Targeting; onlyMediumLow: boolean; fmt: (v: number | null) => string }) {
  const { t, lang, cal, label } = useT();
  const tm = useMapT();
  const { me } = useMe();
  const [selected, setSelected] = useState<string[]>([]);
  const selectedSet = new Set(selected);
  const toggle = (code: string) => setSelected((s) => (s.includes(code) ? s.filter((c) => c !== code) : [...s, code]));
  const withData = tg.provinces.filter((p) => p.value !== null);
  const shown = onlyMediumLow ? tg.provinces.filter((p) => p.mediumLow) : tg.provinces;
  const mediumLow = withData.filter((p) => p.mediumLow);
  const yearText = tg.year === null ? '' : formatYear(tg.year, cal);
  const bands = [t('ita.band.low'), t('ita.band.medium'), t('ita.band.high')];
  const assessed = tg.provinces.reduce((s, p) => s + p.assessed, 0);
  const agencies = tg.provinces.reduce((s, p) => s + p.agencies, 0);
  const byCode = new Map(tg.provinces.map((p) => [p.code, p]));
  const provinceHref = (code: string) => `/ita/provinces/${code}${tg.year ? `?year=${tg.year}` : ''}`;
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
      <Section
        id="tg-prov-h"
        className="card ita-section"
        title={
          <>
            {t('ita.targeting.provinces', { year: yearText })} {tg.provinces.some((p) => p.demoRows > 0) ? <DemoBadge /> : null}
          </>
        }
      >
        <p className="small muted">{tm('map.targeting.note')}</p>
        <p className="small" data-testid="tg-coverage">
          {tm('map.targeting.coverage', { n: formatNumber(assessed, lang), of: formatNumber(agencies, lang), k: formatNumber(withData.length, lang) })}
        </p>
        <LazyProvinceMap
          data={tg.provinces.map((p) => ({ code: p.code, value: p.value, cls: p.band === null ? null : BAND_CLASS[p.band] }))}
          breaks={[tg.thresholds.mediumFrom, tg.thresholds.highFrom]}
          colors={BAND_MAP_COLORS}
          classNames={bands}
          format={(v) => fmt(v)}
          nameOf={(code) => {
            const p = byCode.get(code);
            return p ? label(p) : code;
          }}
          ariaLabel={tm('map.targeting.title', { year: yearText })}
          selected={selectedSet}
          selectedLabel={tm('map.targeting.selected')}
          marked={new Set(tg.provinces.filter((p) => p.rounds > 0).map((p) => p.code))}
          markedLabel={tm('map.targeting.marked')}
          onToggle={toggle}
          hrefOf={provinceHref}
          maxWidth={460}
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
              cell: (p) => <AppLink to={provinceHref(p.code)}>{label(p)}</AppLink>,
            },
            { key: 'group', header: t('ita.by.group'), value: (p) => p.groupName?.th ?? null, cell: (p) => (p.groupName ? label(p.groupName) : '–') },
            {
              key: 'assessed',
              header: t('ita.assessed'),
              align: 'end',
              value: (p) => p.assessed,
              cell: (p) => `${formatNumber(p.assessed, lang)} / ${formatNumber(p.agencies, lang)}`,
            },
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
            {
              key: 'inRound',
              header: tm('map.targeting.inRound'),
              value: (p) => (selectedSet.has(p.code) ? 1 : 0),
              cell: (p) => (selectedSet.has(p.code) ? <strong>✓ {tm('map.selected')}</strong> : '–'),
            },
          ]}
        />
      </Section>
      <Section
        id="tg-group-h"
        className="card ita-section"
        title={
          <>
            {t('ita.targeting.groups')} {tg.groups.some((g) => g.demoRows > 0) ? <DemoBadge /> : null}
          </>
        }
      >
        <DataTable
          caption={t('ita.targeting.groupsTable')}
          download={`ita-targeting-groups-${tg.year ?? ''}`}
          rows={tg.groups}
          rowKey={(g) => g.groupId}
          columns={[
            { key: 'group', header: t('ita.by.group'), rowHeader: true, value: (g) => g.nameTh, cell: (g) => label(g) },
            { key: 'provinces', header: t('ita.targeting.provinceCount'), align: 'end', value: (g) => g.provinces, cell: (g) => formatNumber(g.provinces, lang) },
            { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (g) => g.assessed, cell: (g) => formatNumber(g.assessed, lang) },
            { key: 'value', header: tg.metric === 'mean' ? t('ita.mean') : t('ita.passPercent'), align: 'end', value: (g) => g.value, cell: (g) => fmt(g.value) },
            { key: 'band', header: t('ita.targeting.band'), value: (g) => g.band, cell: (g) => <BandChip band={g.band} /> },
            {
              key: 'ml',
              header: t('ita.targeting.mediumLowIn'),
              value: (g) => g.mediumLowProvinces.length,
              cell: (g) =>
                g.mediumLowProvinces
                  .map((c) => byCode.get(c))
                  .map((p) => (p ? label(p) : ''))
                  .join(', ') || '–',
            },
          ]}
        />
      </Section>
      <PlanRoundPanel tg={tg} canPlan={canUse(me, 'planners')} isAdmin={canUse(me, 'admin')} selected={selected} onSelect={setSelected} />
      <p>
        <AppLink to="/activities">{t('act.title')}</AppLink>
      </p>
    </>
  );
}
