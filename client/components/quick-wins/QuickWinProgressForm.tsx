import { useMutation } from '@tanstack/react-query';
import { QUICK_WIN_STATUSES, QUICK_WIN_STATUS_LABELS } from '../../../shared/domain';
import { QuickWinProgressInput } from '../../../shared/schemas/reporting';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextAreaField, TextField } from '../ui/TextField';

type Qw = RouterOutputs['quickWinUpdate']['mine'][number];

/** Status, % progress and a note for a Quick Win the agency leads (version-checked). */
export function QuickWinProgressForm({ qw }: { qw: Qw }) {
  const { t, label, lang, cal } = useT();
  const form = useForm({ status: qw.status as string, progress: String(qw.progress), note: '', evidenceUrl: '' });
  const { values, text: bind } = form;
  const add = useMutation(
    trpc.quickWinUpdate.add.mutationOptions({
      onSuccess: () => form.setValues((f) => ({ ...f, note: '' })),
      onError: form.onError,
    }),
  );
  const id = `qw-${qw.code}`;
  const submit = () =>
    form.submit(
      QuickWinProgressInput,
      {
        quickWinId: qw.id,
        version: qw.version,
        status: values.status,
        progress: Number(values.progress),
        note: values.note,
        evidenceUrl: values.evidenceUrl.trim() === '' ? undefined : values.evidenceUrl,
      },
      (data) => add.mutate(data),
    );
  const pending = qw.pending;
  return (
    <Form className="form-grid" aria-label={qw.code} onSubmit={submit}>
      <p className="wide muted">{t('reporting.qwPublished', { status: label(QUICK_WIN_STATUS_LABELS[qw.status]), progress: qw.progress })}</p>
      {pending?.reviewStatus === 'submitted' ? (
        <p className="wide" role="status">
          {t('reporting.qwPending', { date: formatDate(pending.createdAt, lang, cal), progress: pending.progress })}
        </p>
      ) : null}
      {pending?.reviewStatus === 'returned' ? (
        <p className="wide">
          {t('reporting.qwReturned', { date: formatDate(pending.createdAt, lang, cal), comment: pending.reviewComment ?? '' })}
        </p>
      ) : null}
      <EnumSelect id={`${id}-status`} label={t('reporting.qwStatus')} values={QUICK_WIN_STATUSES} labels={QUICK_WIN_STATUS_LABELS} {...form.choice('status')} />
      <TextField id={`${id}-progress`} label={t('reporting.qwProgress')} inputMode="numeric" {...bind('progress')} />
      <TextAreaField id={`${id}-note`} label={t('reporting.qwNote')} rows={2} {...bind('note')} />
      <TextField id={`${id}-evidence`} label={t('reporting.evidence')} type="url" {...bind('evidenceUrl')} />
      <FormActions pending={add.isPending} errors={form.errors} submit={t('reporting.qwSave')} done={add.isSuccess && (add.data.reviewStatus === 'submitted' ? t('reporting.qwSent') : t('reporting.qwSaved'))} />
    </Form>
  );
}
