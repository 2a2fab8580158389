import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TargetSetInput } from '../../../shared/schemas/plan-admin';
import { yearRange } from '../../../shared/years';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { formatDate, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { trpc, type RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';
import { QueryState } from '../ui/QueryState';

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
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const mutation = useMutation(
    trpc.planAdmin.setTarget.mutationOptions({
      onSuccess: () => {
        setValue('');
        setReason('');
        setSaved(true);
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const id = `t-${year}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const checked = validate(TargetSetInput, {
          indicatorCode,
          year,
          value: value === '' ? undefined : Number(value),
          reason,
          version: target?.version,
        });
        if (checked.errors) return setErrors(checked.errors);
        setErrors({});
        mutation.mutate(checked.data);
      }}
    >
      <label className="sr-only" htmlFor={`${id}-v`}>
        {t('planAdmin.newValue')} {year}
      </label>
      <input id={`${id}-v`} type="number" step="any" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={errors.value ? true : undefined} />
      {target ? (
        <>
          <label className="sr-only" htmlFor={`${id}-r`}>
            {t('planAdmin.reason')} {year}
          </label>
          <input id={`${id}-r`} placeholder={t('planAdmin.reason')} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={errors.reason ? true : undefined} />
        </>
      ) : null}
      <button type="submit" className="btn" disabled={mutation.isPending}>
        {t('planAdmin.save')}
      </button>
      {saved ? <span className="ok-text">{t('planAdmin.saved')}</span> : null}
      {Object.values(errors).map((msg) => (
        <span key={msg} className="error-text" role="alert">
          {msg}
        </span>
      ))}
    </form>
  );
}
