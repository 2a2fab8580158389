import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ItaRoundSaveInput } from '../../../shared/schemas/ita';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { Field } from '../ui/Field';
import './activities.css';

type Round = RouterOutputs['ita']['activities'][number]['rounds'][number];
type Province = { code: string; nameTh: string; nameEn: string; groupName: { th: string; en: string } | null; mediumLow: boolean };
type Group = { nameTh: string; nameEn: string; planned: string; actual: string };

const emptyGroup = (): Group => ({ nameTh: '', nameEn: '', planned: '', actual: '' });
const num = (s: string) => (s.trim() === '' ? null : Number(s));

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
  const [roundNo, setRoundNo] = useState(String(round?.roundNo ?? nextRoundNo));
  const [startDate, setStart] = useState(round?.startDate ?? '');
  const [endDate, setEnd] = useState(round?.endDate ?? '');
  const [venue, setVenue] = useState(round?.venue ?? '');
  const [basis, setBasis] = useState(String(round?.basisYear ?? basisYear ?? ''));
  const [evaluation, setEvaluation] = useState(round?.evaluationScore === null || round?.evaluationScore === undefined ? '' : String(round.evaluationScore));
  const [note, setNote] = useState(round?.note ?? '');
  const [chosen, setChosen] = useState<Set<string>>(new Set(round?.provinces.map((p) => p.code) ?? []));
  const [groups, setGroups] = useState<Group[]>(
    round?.targetGroups.map((g) => ({ nameTh: g.nameTh, nameEn: g.nameEn, planned: String(g.planned), actual: g.actual === null ? '' : String(g.actual) })) ?? [emptyGroup()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation(
    trpc.ita.roundSave.mutationOptions({
      onSuccess: () => {
        onDone();
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(ItaRoundSaveInput, {
      activityId,
      roundId: round?.id,
      version: round?.version,
      roundNo: num(roundNo),
      startDate: startDate || null,
      endDate: endDate || null,
      venue: venue || null,
      basisYear: num(basis),
      evaluationScore: num(evaluation),
      note: note || null,
      provinceCodes: [...chosen],
      targetGroups: groups
        .filter((g) => g.nameTh.trim() !== '' || g.planned.trim() !== '')
        .map((g) => ({ nameTh: g.nameTh, nameEn: g.nameEn, planned: num(g.planned), actual: num(g.actual) })),
    });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };
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
    <form className="form-grid ita-round-form" onSubmit={submit} noValidate>
      <div className="filters">
        <Field id="rf-no" label={t('ita.rounds.no')} error={errors.roundNo}>
          <input type="number" min={1} value={roundNo} onChange={(e) => setRoundNo(e.target.value)} />
        </Field>
        <Field id="rf-start" label={t('ita.rounds.start')} error={errors.startDate}>
          <input type="date" value={startDate} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field id="rf-end" label={t('ita.rounds.end')} error={errors.endDate}>
          <input type="date" value={endDate} onChange={(e) => setEnd(e.target.value)} />
        </Field>
        <Field id="rf-basis" label={t('ita.rounds.basisYear')} error={errors.basisYear} hint={t('ita.rounds.basisHint')}>
          <input type="number" value={basis} onChange={(e) => setBasis(e.target.value)} />
        </Field>
        <Field id="rf-eval" label={t('ita.rounds.evaluation')} error={errors.evaluationScore}>
          <input type="number" min={0} max={100} step="0.01" value={evaluation} onChange={(e) => setEvaluation(e.target.value)} />
        </Field>
      </div>
      <Field id="rf-venue" label={t('ita.rounds.venue')} error={errors.venue}>
        <input type="text" value={venue} onChange={(e) => setVenue(e.target.value)} />
      </Field>
      <Field id="rf-note" label={t('ita.rounds.note')} error={errors.note}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
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
        {errors.provinceCodes ? (
          <p className="error-text" role="alert">
            {errors.provinceCodes}
          </p>
        ) : null}
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
            <Field id={`rf-g${i}-th`} label={t('ita.rounds.groupName')} error={errors[`targetGroups.${i}.nameTh`]}>
              <input type="text" value={g.nameTh} onChange={(e) => setGroup(i, { nameTh: e.target.value })} />
            </Field>
            <Field id={`rf-g${i}-en`} label={t('ita.rounds.groupNameEn')}>
              <input type="text" value={g.nameEn} onChange={(e) => setGroup(i, { nameEn: e.target.value })} />
            </Field>
            <Field id={`rf-g${i}-planned`} label={t('ita.rounds.planned')} error={errors[`targetGroups.${i}.planned`]}>
              <input type="number" min={0} value={g.planned} onChange={(e) => setGroup(i, { planned: e.target.value })} />
            </Field>
            <Field id={`rf-g${i}-actual`} label={t('ita.rounds.actual')} error={errors[`targetGroups.${i}.actual`]}>
              <input type="number" min={0} value={g.actual} onChange={(e) => setGroup(i, { actual: e.target.value })} />
            </Field>
            <button type="button" className="btn btn-secondary" onClick={() => setGroups((gs) => gs.filter((_, j) => j !== i))}>
              {t('common.delete')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-secondary" onClick={() => setGroups((gs) => [...gs, emptyGroup()])}>
          {t('ita.rounds.addGroup')}
        </button>
      </fieldset>
      {errors._form || errors.activityId || errors.roundId ? (
        <p className="error-text" role="alert">
          {errors._form ?? errors.activityId ?? errors.roundId}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
