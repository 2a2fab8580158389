import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { UNIT_LABELS } from '../../../shared/domain';
import { parseValueText, valueEntrySchema, valueBounds, allowedDecimals } from '../../../shared/value-rules';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextAreaField, TextField } from '../ui/TextField';
import { YesNoField } from '../ui/YesNoField';
import { labelIn } from '../../lib/label';
import { daysLeft, todayInThailand } from '../../lib/countdown';

type Item = RouterOutputs['reporting']['mine']['items'][number];

/** One value's form: validated in the browser with the same rule the server applies. */
export function ValueForm({ item, year, disabled, deadline }: { item: Item; year: number; disabled: boolean; deadline?: string | null }) {
  const { t, label, lang } = useT();
  const { indicator, open } = item;
  const form = useForm({ value: open ? String(open.value) : '', note: open?.note ?? '', evidenceUrl: open?.evidenceUrl ?? '' });
  const { values, text: bind } = form;
  const [done, setDone] = useState<'draft' | 'submit' | null>(null);
  const save = useMutation(trpc.reporting.save.mutationOptions({
      onSuccess: (_row, vars) => setDone(vars.intent),
      onError: (e) => {
        setDone(null);
        form.onError(e);
      },
    }));
  const send = (intent: 'draft' | 'submit') => {
    setDone(null);
    const entry = {
      value: parseValueText(values.value),
      note: values.note.trim() === '' ? undefined : values.note,
      evidenceUrl: values.evidenceUrl.trim() === '' ? undefined : values.evidenceUrl,
    };
    form.submit(valueEntrySchema(indicator), entry, (data) =>
      save.mutate({ indicatorId: indicator.id, year, ...data, version: open?.version ?? null, intent }),
    );
  };
  const { min, max } = valueBounds(indicator);
  const decimals = allowedDecimals(indicator);
  const unit = label(UNIT_LABELS[indicator.unit]);
  const id = `v-${indicator.code}`;
  const hint = [unit, min !== null ? `≥ ${min}` : null, max !== null ? `≤ ${max}` : null, decimals === 0 ? t('reporting.wholeNumber') : null]
    .filter(Boolean)
    .join(' · ');
  const definition = labelIn(lang, indicator.definitionTh, indicator.definitionEn);
  const left = deadline ? daysLeft(deadline, todayInThailand()) : null;
  return (
    <Form className="form-grid" aria-label={indicator.code} onSubmit={() => send('submit')}>
      {definition ? (
        <p className="wide indicator-definition">
          <strong>{t('reporting.definition')}:</strong> {definition}
        </p>
      ) : null}
      {left !== null && !disabled ? (
        <p className={`wide countdown${left < 0 ? ' is-late' : left <= 7 ? ' is-soon' : ''}`}>
          {left > 0 ? t('reporting.daysLeft', { n: left }) : left === 0 ? t('reporting.dueToday') : t('reporting.daysLate', { n: -left })}
        </p>
      ) : null}
      {indicator.unit === 'boolean' ? (
        <YesNoField id={`${id}-value`} legend={t('reporting.value')} disabled={disabled} {...bind('value')} />
      ) : (
        <TextField id={`${id}-value`} label={`${t('reporting.value')} (${unit})`} hint={hint} name="value" inputMode="decimal" disabled={disabled} {...bind('value')} />
      )}
      <TextAreaField id={`${id}-note`} label={t('reporting.note')} name="note" rows={2} disabled={disabled} {...bind('note')} />
      <TextField id={`${id}-evidence`} label={t('reporting.evidence')} name="evidenceUrl" type="url" disabled={disabled} {...bind('evidenceUrl')} />
      <FormActions
        pending={disabled || save.isPending}
        errors={form.errors}
        formErrors={['_form', 'version', 'year', 'indicatorId']}
        submit={t('reporting.submit')}
        done={done && (done === 'submit' ? t('reporting.submitted') : t('reporting.saved'))}
        before={
          <button type="button" className="btn btn-secondary" disabled={disabled || save.isPending} onClick={() => send('draft')}>
            {t('reporting.saveDraft')}
          </button>
        }
      />
    </Form>
  );
}
