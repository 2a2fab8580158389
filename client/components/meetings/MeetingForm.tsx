import { useMutation } from '@tanstack/react-query';
import { MeetingSaveInput } from '../../../shared/schemas/meeting';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Checkbox } from '../ui/Checkbox';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextAreaField, TextField } from '../ui/TextField';
import { DateField } from '../ui/DateField';

type Meeting = RouterOutputs['meeting']['get']['meeting'];

/** A meeting's number (as the committee writes it), date, agenda and whether its frozen pack is public. */
export function MeetingForm({ meeting, onDone }: { meeting?: Meeting; onDone?: (id: number) => void }) {
  const { t } = useT();
  const form = useForm({
    numberTh: meeting?.numberTh ?? '',
    numberEn: meeting?.numberEn ?? '',
    meetingDate: meeting?.meetingDate ?? '',
    agenda: meeting?.agenda.join('\n') ?? '',
    isPublic: meeting?.isPublic ?? false,
  });
  const { values, text: bind } = form;
  const save = useMutation(
    trpc.meeting.save.mutationOptions({
      onSuccess: (r) => {
        form.setSaved(true);
        onDone?.(r.id);
      },
      onError: form.onError,
    }),
  );
  const submit = () =>
    form.submit(
      MeetingSaveInput,
      {
        ...(meeting ? { id: meeting.id, version: meeting.version } : {}),
        ...values,
        agenda: values.agenda
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      },
      (data) => save.mutate(data),
    );
  return (
    <Form className="form-grid" onSubmit={submit}>
      <TextField id="mf-number" label={t('meeting.number')} placeholder="ครั้งที่ 2/2569" {...bind('numberTh')} />
      <TextField id="mf-number-en" label={t('meeting.numberEn')} placeholder="No. 2/2026" {...bind('numberEn')} />
      <DateField id="mf-date" label={t('meeting.date')} {...bind('meetingDate')} />
      <TextAreaField id="mf-agenda" label={t('meeting.agenda')} rows={4} {...bind('agenda')} />
      <Checkbox label={t('meeting.public')} {...form.check('isPublic')} />
      <FormActions pending={save.isPending} errors={form.errors} done={form.saved} />
    </Form>
  );
}
