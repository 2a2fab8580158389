import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { COMMENTARY_STATE_LABELS, COMMENTARY_STATES } from '../../../shared/domain';
import { CommentarySaveInput } from '../../../shared/schemas/meeting';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextField';

type Detail = RouterOutputs['meeting']['get'];
type Commentary = Detail['commentary'][number];
type Preview = RouterOutputs['meeting']['preview'];

/** The secretariat's commentary per strategy and per indicator for one meeting: draft, then ready. */
export function CommentaryEditor({ meetingId, commentary, preview, canEdit }: { meetingId: number; commentary: Commentary[]; preview: Preview; canEdit: boolean }) {
  const { t, label } = useT();
  const subjects = [
    ...preview.strategies.map((s) => ({ value: `strategy:${s.no}`, label: `${t('meeting.subjectStrategy', { no: s.no })} ${label(s)}` })),
    ...[...preview.goalIndicators, ...preview.strategies.flatMap((s) => s.indicators)].map((i) => ({ value: `indicator:${i.code}`, label: `${i.code} ${label(i)}` })),
  ];
  const nameOf = (c: Pick<Commentary, 'subjectType' | 'subjectKey'>) => subjects.find((s) => s.value === `${c.subjectType}:${c.subjectKey}`)?.label ?? c.subjectKey;
  const [subject, setSubject] = useState<string>(subjects[0]?.value ?? '');
  const current = commentary.find((c) => `${c.subjectType}:${c.subjectKey}` === subject);
  return (
    <>
      <DataTable<Commentary>
        caption={t('meeting.commentary')}
        rows={commentary}
        rowKey={(c) => c.id}
        download={false}
        columns={[
          { key: 'subject', header: t('meeting.subject'), rowHeader: true, cell: (c) => nameOf(c) },
          { key: 'body', header: t('meeting.bodyTh'), cell: (c) => label(c.bodyTh, c.bodyEn) },
          { key: 'state', header: t('meeting.state'), cell: (c) => label(COMMENTARY_STATE_LABELS[c.state]) },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  header: '',
                  cell: (c: Commentary) => (
                    <button type="button" className="btn btn-secondary" onClick={() => setSubject(`${c.subjectType}:${c.subjectKey}`)}>
                      {t('common.edit')}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit ? (
        <>
          <SelectField id="cm-subject" label={t('meeting.subject')} value={subject} onChange={(v) => setSubject(v ?? '')} options={subjects} />
          <CommentaryForm key={`${subject}-${current?.version ?? 0}`} meetingId={meetingId} subject={subject} current={current} />
        </>
      ) : null}
    </>
  );
}

function CommentaryForm({ meetingId, subject, current }: { meetingId: number; subject: string; current: Commentary | undefined }) {
  const { t } = useT();
  const form = useForm({ bodyTh: current?.bodyTh ?? '', bodyEn: current?.bodyEn ?? '', state: current?.state ?? 'draft' });
  const save = useMutation(trpc.meeting.saveCommentary.mutationOptions({ onSuccess: () => form.setSaved(true), onError: form.onError }));
  const [subjectType, subjectKey] = subject.split(':') as ['strategy' | 'indicator', string];
  const submit = () =>
    form.submit(CommentarySaveInput, { meetingId, subjectType, subjectKey, ...form.values, version: current?.version ?? null }, (data) => save.mutate(data));
  return (
    <Form className="form-grid" onSubmit={submit}>
      <TextAreaField id="cm-body-th" label={t('meeting.bodyTh')} rows={4} {...form.text('bodyTh')} />
      <TextAreaField id="cm-body-en" label={t('meeting.bodyEn')} rows={3} {...form.text('bodyEn')} />
      <EnumSelect id="cm-state" label={t('meeting.state')} values={COMMENTARY_STATES} labels={COMMENTARY_STATE_LABELS} value={form.values.state} onChange={(v) => form.set('state', v ?? 'draft')} />
      <FormActions pending={save.isPending} errors={form.errors} done={form.saved} />
    </Form>
  );
}
