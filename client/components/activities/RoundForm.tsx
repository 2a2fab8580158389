import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ItaRoundSaveInput } from '../../../shared/schemas/ita';
import { numberOrNull, useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextAreaField, TextField } from '../ui/TextField';
import './activities.css';
import { ErrorText } from '../ui/ErrorText';

type Round = RouterOutputs['ita']['activities'][number]['rounds'][number];
type Province = { code: string; nameTh: string; nameEn: string; groupName: { th: string; en: string } | null; mediumLow: boolean };
type Group = { nameTh: string; nameEn: string; planned: string; actual: string };

const emptyGroup = (): Group => ({ nameTh: '', nameEn: '', planned: '', actual: '' });

/** Create or edit a seminar round: dates, venue, basis year, provinces, target groups, evaluation. */
export function RoundForm({
  activityId,
  round,
  nextRoundNo,
  provinces,
  basisYear,
  onDone,
}: {
  activityId: number;
  round: Round | null;
  nextRoundNo: number;
  provinces: Province[];
  basisYear: number | null;
  onDone: () => void;
}) {
  const { t, label } = useT();
  const form = useForm({
    roundNo: String(round?.roundNo ?? nextRoundNo),
    startDate: round?.startDate ?? '',
    endDate: round?.endDate ?? '',
    venue: round?.venue ?? '',
    basisYear: String(round?.basisYear ?? basisYear ?? ''),
    evaluationScore: round?.evaluationScore === null || round?.evaluationScore === undefined ? '' : String(round.evaluationScore),
    note: round?.note ?? '',
  });
  const { values: v, text: bind, errors } = form;
  const [chosen, setChosen] = useState<Set<string>>(new Set(round?.provinces.map((p) => p.code) ?? []));
  const [groups, setGroups] = useState<Group[]>(
    round?.targetGroups.map((g) => ({ nameTh: g.nameTh, nameEn: g.nameEn, planned: String(g.planned), actual: g.actual === null ? '' : String(g.actual) })) ?? [emptyGroup()],
  );
  const save = useMutation(trpc.ita.roundSave.mutationOptions({ onSuccess: onDone, onError: form.onError }));
  const submit = () =>
    form.submit(
      ItaRoundSaveInput,
      {
        activityId,
        roundId: round?.id,
        version: round?.version,
        roundNo: numberOrNull(v.roundNo),
        startDate: v.startDate || null,
        endDate: v.endDate || null,
        venue: v.venue || null,
        basisYear: numberOrNull(v.basisYear),
        evaluationScore: numberOrNull(v.evaluationScore),
        note: v.note || null,
        provinceCodes: [...chosen],
        targetGroups: groups
          .filter((g) => g.nameTh.trim() !== '' || g.planned.trim() !== '')
          .map((g) => ({ nameTh: g.nameTh, nameEn: g.nameEn, planned: numberOrNull(g.planned), actual: numberOrNull(g.actual) })),
      },
      (data) => save.mutate(data),
    );
  const toggle = (code: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const byGroup = new Map<string, Province[]>();
  for (const p of provinces) {
    const name = p.groupName ? label(p.groupName) : t('ita.targeting.noGroup');
    byGroup.set(name, [...(byGroup.get(name) ?? []), p]);
  }
  const setGroup = (i: number, patch: Partial<Group>) => setGroups((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <Form className="form-grid ita-round-form" onSubmit={submit}>
      <div className="filters">
        <TextField id="rf-no" label={t('ita.rounds.no')} type="number" min={1} {...bind('roundNo')} />
        <TextField id="rf-start" label={t('ita.rounds.start')} type="date" {...bind('startDate')} />
        <TextField id="rf-end" label={t('ita.rounds.end')} type="date" {...bind('endDate')} />
        <TextField id="rf-basis" label={t('ita.rounds.basisYear')} hint={t('ita.rounds.basisHint', { year: 2567 })} type="number" {...bind('basisYear')} />
        <TextField id="rf-eval" label={t('ita.rounds.evaluation')} type="number" min={0} max={100} step="0.01" {...bind('evaluationScore')} />
      </div>
      <TextField id="rf-venue" label={t('ita.rounds.venue')} type="text" {...bind('venue')} />
      <TextAreaField id="rf-note" label={t('ita.rounds.note')} rows={2} {...bind('note')} />
      <fieldset className="ita-province-picker">
        <legend>
          {t('ita.rounds.provinces')} ({chosen.size})
        </legend>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setChosen(new Set(provinces.filter((p) => p.mediumLow).map((p) => p.code)))}
        >
          {t('ita.rounds.pickMediumLow')}
        </button>
        <ErrorText as="p" error={errors.provinceCodes} />
        <div className="ita-province-groups">
          {[...byGroup.entries()].map(([group, list]) => (
            <div key={group}>
              <p className="small strong">{group}</p>
              {list.map((p) => (
                <label key={p.code} className="checkbox-row">
                  <input type="checkbox" checked={chosen.has(p.code)} onChange={() => toggle(p.code)} /> {label(p)}
                  {p.mediumLow ? <span className="band band-medium small"> {t('ita.targeting.mediumLowShort')}</span> : null}
                </label>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('ita.rounds.targetGroups')}</legend>
        {groups.map((g, i) => (
          <div key={i} className="filters">
            <TextField id={`rf-g${i}-th`} label={t('ita.rounds.groupName')} error={errors[`targetGroups.${i}.nameTh`]} type="text" value={g.nameTh} onChange={(e) => setGroup(i, { nameTh: e.target.value })} />
            <TextField id={`rf-g${i}-en`} label={t('ita.rounds.groupNameEn')} type="text" value={g.nameEn} onChange={(e) => setGroup(i, { nameEn: e.target.value })} />
            <TextField id={`rf-g${i}-planned`} label={t('ita.rounds.planned')} error={errors[`targetGroups.${i}.planned`]} type="number" min={0} value={g.planned} onChange={(e) => setGroup(i, { planned: e.target.value })} />
            <TextField id={`rf-g${i}-actual`} label={t('ita.rounds.actual')} error={errors[`targetGroups.${i}.actual`]} type="number" min={0} value={g.actual} onChange={(e) => setGroup(i, { actual: e.target.value })} />
            <button type="button" className="btn btn-secondary" onClick={() => setGroups((gs) => gs.filter((_, j) => j !== i))}>
              {t('common.delete')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-secondary" onClick={() => setGroups((gs) => [...gs, emptyGroup()])}>
          {t('ita.rounds.addGroup')}
        </button>
      </fieldset>
      <FormActions pending={save.isPending} errors={errors} formErrors={['_form', 'version', 'activityId', 'roundId']}>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </FormActions>
    </Form>
  );
}
