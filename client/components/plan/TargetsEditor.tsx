import { useMutation, useQuery } from '@tanstack/react-query';
import { TargetSetInput } from '../../../shared/schemas/plan-admin';
import { yearRange } from '../../../shared/years';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { trpc, type RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';
import { Form } from '../ui/Form';
import { QueryState } from '../ui/QueryState';
import { ErrorText } from '../ui/ErrorText';

type Indicator = RouterOutputs['indicator']['list'][number];

/** Yearly targets of one indicator: set a first value, or revise with a reason. */
export function TargetsEditor({ indicator }: { indicator: Indicator }) {
  const { t, lang, cal } = useT();
  const query = useQuery(trpc.planAdmin.targets.queryOptions({ indicatorCode: indicator.code }));
  return (
    <QueryState query={query}>
      {(data) => (
        <div className="table-scroll">
          <table>
            <caption>
              {t('planAdmin.targets')}: {indicator.code} {indicator.isExample ? <ExampleBadge /> : null}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('planAdmin.year')}</th>
                <th scope="col" className="num">
                  {t('planAdmin.current')}
                </th>
                <th scope="col" className="num">
                  {t('planAdmin.original')}
                </th>
                <th scope="col">{t('planAdmin.newValue')}</th>
              </tr>
            </thead>
            <tbody>
              {yearRange(2565, 2570).map((year) => {
                const target = data.targets.find((tg) => tg.year === year);
                return (
                  <tr key={year}>
                    <th scope="row">{formatValueYear(year, indicator.yearKind, cal)}</th>
                    <td className="num">{target ? formatIndicatorValue(target.value, indicator, lang) : t('planAdmin.noTarget')}</td>
                    <td className="num">
                      {target ? formatIndicatorValue(target.originalValue, indicator, lang) : '–'}
                      {target && target.revisions.length > 0 ? (
                        <ul className="small muted">
                          {target.revisions.map((r, i) => (
                            <li key={i}>
                              {formatDate(r.revisedOn, lang, cal)}: {formatIndicatorValue(r.previousValue, indicator, lang)} →{' '}
                              {formatIndicatorValue(r.newValue, indicator, lang)} — {r.reason}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td>
                      <TargetRowForm indicatorCode={indicator.code} year={year} target={target ?? null} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </QueryState>
  );
}

type TargetRow = RouterOutputs['planAdmin']['targets']['targets'][number];

function TargetRowForm({ indicatorCode, year, target }: { indicatorCode: string; year: number; target: TargetRow | null }) {
  const { t } = useT();
  const form = useForm({ value: '', reason: '' });
  const { values, errors } = form;
  const mutation = useMutation(
    trpc.planAdmin.setTarget.mutationOptions({
      onSuccess: () => {
        form.setValues({ value: '', reason: '' });
        form.setSaved(true);
      },
      onError: form.onError,
    }),
  );
  const id = `t-${year}`;
  const submit = () =>
    form.submit(
      TargetSetInput,
      { indicatorCode, year, value: values.value === '' ? undefined : Number(values.value), reason: values.reason, version: target?.version },
      (data) => mutation.mutate(data),
    );
  return (
    <Form className="inline-form" onSubmit={submit}>
      <label className="sr-only" htmlFor={`${id}-v`}>
        {t('planAdmin.newValue')} {year}
      </label>
      <input id={`${id}-v`} type="number" step="any" inputMode="decimal" value={values.value} onChange={(e) => form.set('value', e.target.value)} aria-invalid={errors.value ? true : undefined} />
      {target ? (
        <>
          <label className="sr-only" htmlFor={`${id}-r`}>
            {t('planAdmin.reason')} {year}
          </label>
          <input id={`${id}-r`} placeholder={t('planAdmin.reason')} value={values.reason} onChange={(e) => form.set('reason', e.target.value)} aria-invalid={errors.reason ? true : undefined} />
        </>
      ) : null}
      <button type="submit" className="btn" disabled={mutation.isPending}>
        {t('common.save')}
      </button>
      {form.saved ? <span className="ok-text">{t('common.saved')}</span> : null}
      {Object.entries(errors).map(([field, error]) => (
        <ErrorText key={field} error={error} />
      ))}
    </Form>
  );
}
