import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatYear } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { ErrorText } from '../ui/ErrorText';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import './activities.css';

type Targeting = RouterOutputs['ita']['targeting'];
type Province = Targeting['provinces'][number];

const BAND_KEY = { high: 'ita.band.high', medium: 'ita.band.medium', low: 'ita.band.low' } as const;

/**
 * "Plan a round from this selection": provinces within a chosen province group (select the
 * group's medium–low ones, or clear), each beside its ITA band and readiness; creates a draft
 * round with exactly those provinces. Analysts draft; the secretariat confirms. The selection
 * belongs to the page, which shares it with the map; provinces chosen outside the group stay listed.
 */
export function PlanRoundPanel({
  tg,
  canPlan,
  isAdmin,
  selected,
  onSelect: setSelected,
}: {
  tg: Targeting;
  canPlan: boolean;
  isAdmin: boolean;
  selected: string[];
  onSelect: (next: string[]) => void;
}) {
  const { t, lang, cal, label } = useT();
  const [groupId, setGroupId] = useState<number | null>(tg.groups.find((g) => g.mediumLowProvinces.length)?.groupId ?? null);
  const projects = useQuery({ ...trpc.activity.list.queryOptions(), enabled: canPlan });
  const activities = (projects.data ?? []).filter((p) => !p.isDemo).flatMap((p) => p.activities.map((a) => ({ ...a, project: p.nameTh })));
  const [activityId, setActivityId] = useState<number | null>(null);
  const chosenActivity = activityId ?? activities[0]?.id ?? null;
  const plan = useMutation(trpc.activity.roundPlan.mutationOptions({ onSuccess: () => setSelected([]) }));
  const group = tg.groups.find((g) => g.groupId === groupId) ?? null;
  const shown = tg.provinces.filter((p) => groupId === null || p.groupId === groupId || selected.includes(p.code)).sort((a, b) => a.code.localeCompare(b.code));
  const toggle = (code: string, on: boolean) => setSelected(on ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code));
  return (
    <Section id="plan-round-h" className="card ita-section" title={t('plan.title')}>
      <p className="small">{t('plan.intro')}</p>
      <div className="act-toolbar">
        <SelectField
          id="plan-group"
          label={t('plan.group')}
          value={groupId}
          empty={t('plan.allGroups')}
          onChange={(v) => setGroupId(v === null ? null : Number(v))}
          options={tg.groups.map((g) => ({ value: g.groupId, label: label(g) }))}
        />
        <button type="button" className="btn btn-secondary" disabled={!group} onClick={() => group && setSelected(group.mediumLowProvinces)} data-testid="plan-select-ml">
          {t('plan.selectMediumLow')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setSelected([])}>
          {t('plan.clear')}
        </button>
        <span role="status">{t('plan.selected', { n: formatNumber(selected.length, lang) })}</span>
      </div>
      <ul className="plan-provinces">
        {shown.map((p) => (
          <li key={p.code}>
            <label className="checkbox-row">
              <input type="checkbox" checked={selected.includes(p.code)} onChange={(e) => toggle(p.code, e.target.checked)} aria-label={t('plan.pick', { name: label(p) })} />{' '}
              {label(p)}
            </label>{' '}
            <span className="small">
              {p.band ? <span className={`band band-${p.band}`}>{t(BAND_KEY[p.band])}</span> : <span className="muted">{t('ita.rounds.noData')}</span>}{' '}
              {p.value !== null ? formatNumber(p.value, lang, tg.metric === 'mean' ? 2 : 1) : ''}
            </span>{' '}
            {canPlan ? <ReadinessControl province={p} isAdmin={isAdmin} /> : null}
          </li>
        ))}
      </ul>
      {canPlan ? (
        <div className="act-toolbar">
          <SelectField
            id="plan-activity"
            label={t('plan.activity')}
            value={chosenActivity}
            onChange={(v) => setActivityId(v === null ? null : Number(v))}
            options={activities.map((a) => ({ value: a.id, label: a.nameTh.length > 80 ? `${a.nameTh.slice(0, 80)}…` : a.nameTh }))}
          />
          <button
            type="button"
            className="btn"
            disabled={!selected.length || chosenActivity === null || plan.isPending}
            onClick={() =>
              chosenActivity !== null &&
              plan.mutate({ activityId: chosenActivity, provinceCodes: selected, basisYear: tg.year, groupsTh: group?.nameTh ?? '' })
            }
          >
            {t('plan.create')}
          </button>
          <span className="small muted">
            {t('plan.draftRule')} {tg.year !== null ? `· ITA ${formatYear(tg.year, cal)}` : ''}
          </span>
        </div>
      ) : null}
      {plan.data ? (
        <p role="status" className="ok-text">
          {t('plan.created', { no: plan.data.roundNo })} — <AppLink to={`/activities/rounds/${plan.data.id}`}>{t('plan.openDraft')}</AppLink>
        </p>
      ) : null}
      {plan.error ? <ErrorText error={plan.error} as="p" /> : null}
    </Section>
  );
}

/** The secretariat's readiness mark beside a province; others with access see it read-only. */
function ReadinessControl({ province, isAdmin }: { province: Province; isAdmin: boolean }) {
  const { t, label } = useT();
  const [value, setValue] = useState<string>(province.readiness ?? '');
  const [note, setNote] = useState(province.readinessNote);
  const save = useMutation(trpc.activity.readinessSet.mutationOptions());
  const word = (r: string | null) => (r === 'ready' ? t('plan.ready') : r === 'not_ready' ? t('plan.notReady') : t('plan.unset'));
  if (!isAdmin) {
    return (
      <span className="small">
        · {t('plan.readiness')}: {word(province.readiness)}
        {province.readinessNote ? ` (${province.readinessNote})` : ''}
      </span>
    );
  }
  return (
    <span className="plan-readiness small">
      <select aria-label={`${t('plan.readiness')} ${label(province)}`} value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">{t('plan.unset')}</option>
        <option value="ready">{t('plan.ready')}</option>
        <option value="not_ready">{t('plan.notReady')}</option>
      </select>
      <input aria-label={`${t('plan.readinessNote')} ${label(province)}`} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        className="btn btn-secondary"
        disabled={save.isPending}
        onClick={() =>
          save.mutate({
            provinceCode: province.code,
            readiness: value === 'ready' || value === 'not_ready' ? value : null,
            note,
            version: province.readinessVersion ?? undefined,
          })
        }
      >
        {t('plan.setReadiness')}
      </button>
      {save.error ? <ErrorText error={save.error} /> : null}
    </span>
  );
}
