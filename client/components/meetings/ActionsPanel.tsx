import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../../shared/domain';
import { ActionSaveInput } from '../../../shared/schemas/meeting';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextAreaField, TextField } from '../ui/TextField';
import { DateField } from '../ui/DateField';

type Action = RouterOutputs['meeting']['get']['actions'][number];

const KINDS = ['action', 'decision'] as const;

/** Decisions and actions: this meeting's, and earlier ones still open (carried), overdue marked. */
export function ActionsPanel({ meetingId, actions, canEdit }: { meetingId: number; actions: Action[]; canEdit: boolean }) {
  const { t, lang, cal, label } = useT();
  const [editing, setEditing] = useState<Action | null>(null);
  const kindLabels = { action: { th: 'เรื่องที่ต้องดำเนินการ', en: 'Action' }, decision: { th: 'มติ', en: 'Decision' } };
  return (
    <>
      <DataTable<Action>
        caption={t('meeting.actions')}
        hideCaption
        rows={actions}
        rowKey={(a) => a.id}
        download={false}
        columns={[
          { key: 'text', header: t('meeting.actionText'), rowHeader: true, cell: (a) => `${a.kind === 'decision' ? `${t('meeting.kind.decision')}: ` : ''}${label(a.textTh, a.textEn)}` },
          { key: 'from', header: t('meeting.raisedAt'), cell: (a) => `${label(a.meetingNumberTh, a.meetingNumberEn)}${a.carried ? ` (${t('meeting.carried')})` : ''}` },
          { key: 'owner', header: t('meeting.owner'), cell: (a) => (a.ownerAgencyNameTh ? label(a.ownerAgencyNameTh, a.ownerAgencyNameEn) : '–') },
          { key: 'due', header: t('meeting.due'), cell: (a) => formatDate(a.dueDate, lang, cal) },
          {
            key: 'status',
            header: t('meeting.state'),
            cell: (a) => (
              <>
                {label(ACTION_STATUS_LABELS[a.status])}
                {a.overdue ? <strong className="meeting-late"> · {t('meeting.overdue')}</strong> : null}
              </>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  header: '',
                  cell: (a: Action) =>
                    a.meetingId === meetingId || a.carried ? (
                      <button type="button" className="btn btn-secondary" onClick={() => setEditing(a)}>
                        {t('common.edit')}
                      </button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {canEdit ? (
        <>
          <h3>{editing ? `${t('common.edit')}: ${label(editing.textTh, editing.textEn)}` : t('meeting.newAction')}</h3>
          <ActionForm key={editing ? `${editing.id}-${editing.version}` : 'new'} meetingId={editing?.meetingId ?? meetingId} action={editing} kindLabels={kindLabels} onDone={() => setEditing(null)} />
        </>
      ) : null}
    </>
  );
}

function ActionForm({
  meetingId,
  action,
  kindLabels,
  onDone,
}: {
  meetingId: number;
  action: Action | null;
  kindLabels: Record<(typeof KINDS)[number], { th: string; en: string }>;
  onDone: () => void;
}) {
  const { t } = useT();
  const form = useForm({
    kind: action?.kind ?? 'action',
    textTh: action?.textTh ?? '',
    textEn: action?.textEn ?? '',
    ownerAgencyCode: action?.ownerAgencyCode ?? '',
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? 'open',
  });
  const save = useMutation(
    trpc.meeting.saveAction.mutationOptions({
      onSuccess: () => {
        form.setSaved(true);
        onDone();
      },
      onError: form.onError,
    }),
  );
  const submit = () =>
    form.submit(
      ActionSaveInput,
      {
        ...(action ? { id: action.id, version: action.version } : {}),
        meetingId,
        ...form.values,
        ownerAgencyCode: form.values.ownerAgencyCode.trim() || null,
        dueDate: form.values.dueDate || null,
      },
      (data) => save.mutate(data),
    );
  return (
    <Form className="form-grid" onSubmit={submit}>
      <EnumSelect id="ac-kind" label={t('meeting.actionKind')} values={KINDS} labels={kindLabels} value={form.values.kind} onChange={(v) => form.set('kind', v ?? 'action')} />
      <TextAreaField id="ac-text" label={t('meeting.actionText')} rows={2} {...form.text('textTh')} />
      <TextField id="ac-owner" label={t('meeting.owner')} placeholder="OCSC" {...form.text('ownerAgencyCode')} />
      <DateField id="ac-due" label={t('meeting.due')} {...form.text('dueDate')} />
      <EnumSelect id="ac-status" label={t('meeting.state')} values={ACTION_STATUSES} labels={ACTION_STATUS_LABELS} value={form.values.status} onChange={(v) => form.set('status', v ?? 'open')} />
      <FormActions pending={save.isPending} errors={form.errors} done={form.saved} />
    </Form>
  );
}
