import { useMutation } from '@tanstack/react-query';
import { DEFAULT_REMINDER_DAYS, parseReminderDays } from '../../../shared/notifications';
import { PeriodCreateInput } from '../../../shared/schemas/reporting';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Checkbox } from '../ui/Checkbox';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';
import { DateField } from '../ui/DateField';

type Period = RouterOutputs['period']['list'][number];

/** Opens a reporting period for a year, or changes the chosen one's dates and lock. */
export function PeriodForm({ period, onDone }: { period: Period | null; onDone: () => void }) {
  const { t } = useT();
  const form = useForm({
    year: period ? String(period.year) : '',
    opensOn: period?.opensOn ?? '',
    deadline: period?.deadline ?? '',
    locked: period?.locked ?? false,
    reminderDays: (period?.reminderDays ?? DEFAULT_REMINDER_DAYS).join(', '),
  });
  const { values, text: bind } = form;
  const opts = { onSuccess: onDone, onError: form.onError };
  const create = useMutation(trpc.period.create.mutationOptions(opts));
  const update = useMutation(trpc.period.update.mutationOptions(opts));
  const submit = () =>
    form.submit(PeriodCreateInput, { ...values, year: Number(values.year), reminderDays: parseReminderDays(values.reminderDays) }, (data) =>
      period
        ? update.mutate({ id: period.id, version: period.version, opensOn: data.opensOn, deadline: data.deadline, locked: data.locked, reminderDays: data.reminderDays })
        : create.mutate(data),
    );
  return (
    <Form className="form-grid" onSubmit={submit}>
      <TextField id="pf-year" label={t('period.year')} inputMode="numeric" disabled={period !== null} {...bind('year')} />
      <DateField id="pf-opens" label={t('period.opensOn')} {...bind('opensOn')} />
      <DateField id="pf-deadline" label={t('period.deadline')} {...bind('deadline')} />
      <TextField id="pf-reminders" label={t('period.reminderDays')} hint={t('period.reminderDaysHint')} inputMode="numeric" {...bind('reminderDays')} />
      <Checkbox label={t('period.locked')} {...form.check('locked')} />
      <FormActions pending={create.isPending || update.isPending} errors={form.errors} />
    </Form>
  );
}
