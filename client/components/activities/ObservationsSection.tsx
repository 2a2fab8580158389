import { useMutation } from '@tanstack/react-query';
import { ObservationAddInput } from '../../../shared/schemas/activities';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { Section } from '../ui/Section';
import { TextAreaField } from '../ui/TextField';

type Round = RouterOutputs['activity']['round'];

/** การสังเกตการณ์: notes per round, added by the secretariat. */
export function ObservationsSection({ round, isAdmin }: { round: Round; isAdmin: boolean }) {
  const { t, lang, cal } = useT();
  const form = useForm({ noteTh: '' });
  const add = useMutation(
    trpc.activity.observationAdd.mutationOptions({
      onSuccess: () => {
        form.setValues({ noteTh: '' });
        form.setSaved(true);
      },
      onError: form.onError,
    }),
  );
  return (
    <Section id="act-obs-h" className="card" title={t('act.observations')}>
      {round.observations.length === 0 ? (
        <p className="muted">{t('act.noObservations')}</p>
      ) : (
        <ul>
          {round.observations.map((o) => (
            <li key={o.id}>
              {o.noteTh} <span className="small muted">— {o.author ?? ''} {formatDate(o.createdAt, lang, cal)}</span>
            </li>
          ))}
        </ul>
      )}
      {isAdmin ? (
        <Form onSubmit={() => form.submit(ObservationAddInput, { roundId: round.id, ...form.values }, (data) => add.mutate(data))}>
          <TextAreaField id="act-obs-note" label={t('act.observation')} rows={3} {...form.text('noteTh')} />
          <FormActions pending={add.isPending} errors={form.errors} submit={t('act.addObservation')} done={form.saved} formErrors={['_form', 'roundId']} />
        </Form>
      ) : null}
    </Section>
  );
}
