import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { RoundSaveInput } from '../../../shared/schemas/activities';
import { numberOrNull } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

type Round = RouterOutputs['activity']['round'];

/** Actual attendance per sub-group (and of the organisers), saved with the round as it is. */
export function AttendanceForm({ round }: { round: Round }) {
  const { t, label } = useT();
  const initial = Object.fromEntries(round.tracks.flatMap((tr) => tr.audiences.map((a) => [String(a.id), a.actual === null ? '' : String(a.actual)])));
  const [values, setValues] = useState<Record<string, string>>({ ...initial, staff: round.staff?.actual == null ? '' : String(round.staff.actual) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.activity.roundSave.mutationOptions({ onSuccess: () => setSaved(true), onError: (e) => setErrors(errorsFromServer(e)) }));
  const submit = () => {
    setSaved(false);
    const input = {
      activityId: round.activityId,
      roundId: round.id,
      version: round.version,
      roundNo: round.roundNo,
      groupsTh: round.groupsTh,
      startDate: round.startDate,
      endDate: round.endDate,
      venue: round.venue,
      jointSessionTh: round.jointSessionTh,
      jointSessionDays: round.jointSessionDays,
      basisYear: round.basisYear,
      provinceCodes: round.provinces.map((p) => p.code),
      tracks: round.tracks.map((tr) => ({
        id: tr.id,
        titleTh: tr.titleTh,
        titleEn: tr.titleEn,
        durationDays: tr.durationDays,
        plannedAbout: tr.plannedAbout,
        audiences: tr.audiences.map((a) => ({ id: a.id, nameTh: a.nameTh, nameEn: a.nameEn, planned: a.planned, actual: numberOrNull(values[String(a.id)] ?? '') })),
      })),
      staffTh: round.staff?.descriptionTh ?? null,
      staffPlannedAbout: round.staff?.plannedAbout ?? null,
      staffActual: numberOrNull(values.staff ?? ''),
    };
    const checked = validate(RoundSaveInput, input);
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data);
  };
  return (
    <details className="act-form">
      <summary>{t('act.editAttendance')}</summary>
      <Form className="form-grid" onSubmit={submit}>
        {round.tracks.flatMap((tr, i) =>
          tr.audiences.map((a, j) => (
            <TextField
              key={a.id}
              id={`act-att-${a.id}`}
              inputMode="numeric"
              label={`${label(a.nameTh, a.nameEn)} (${t('act.track')} ${i + 1})`}
              value={values[String(a.id)] ?? ''}
              error={errors[`tracks.${i}.audiences.${j}.actual`]}
              onChange={(e) => setValues((v) => ({ ...v, [String(a.id)]: e.target.value }))}
            />
          )),
        )}
        {round.staff ? (
          <TextField id="act-att-staff" inputMode="numeric" label={t('act.staff')} value={values.staff ?? ''} error={errors.staffActual} onChange={(e) => setValues((v) => ({ ...v, staff: e.target.value }))} />
        ) : null}
        <FormActions pending={save.isPending} errors={errors} submit={t('act.saveAttendance')} done={saved} formErrors={['_form', 'version', 'tracks', 'roundNo']} />
      </Form>
    </details>
  );
}
