import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormCreateInput } from '../../../shared/schemas/activities';
import { translate } from '../../i18n';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { Checkbox } from '../ui/Checkbox';
import { DataTable } from '../ui/DataTable';
import { ErrorText } from '../ui/ErrorText';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { TextAreaField, TextField } from '../ui/TextField';
import { DateField } from '../ui/DateField';
import { bangkokDay } from './activity-format';

type Round = RouterOutputs['activity']['round'];
type FormRow = Round['forms'][number];

const today = () => bangkokDay(new Date().toISOString());

function stateOf(f: FormRow): 'not_open' | 'open' | 'closed' {
  const now = new Date().toISOString();
  return now < f.opensAt ? 'not_open' : now > f.closesAt ? 'closed' : 'open';
}

/** The round's evaluation forms: build one from the project and the question sets, show its link and QR code, close it. */
export function FormsSection({ round, isAdmin }: { round: Round; isAdmin: boolean }) {
  const { t, lang, cal } = useT();
  const [shown, setShown] = useState<number | null>(null);
  const close = useMutation(trpc.activity.formClose.mutationOptions());
  const day = (iso: string) => formatDate(bangkokDay(iso), lang, cal);
  return (
    <Section id="act-forms-h" className="card" title={t('form.section')}>
      <p className="small muted">{t('form.bestEffort')}</p>
      {round.forms.length === 0 ? (
        <p className="muted">{t('form.none')}</p>
      ) : (
        <DataTable
          caption={t('form.table')}
          download={false}
          rows={round.forms}
          rowKey={(f) => f.id}
          columns={[
            { key: 'title', header: t('form.title'), rowHeader: true, cell: (f) => f.titleTh },
            { key: 'period', header: t('form.period'), cell: (f) => `${day(f.opensAt)} – ${day(f.closesAt)}` },
            { key: 'state', header: t('form.state'), cell: (f) => t(`form.state.${stateOf(f)}`) },
            { key: 'responses', header: t('form.responses'), align: 'end', value: (f) => f.responses, cell: (f) => formatNumber(f.responses, lang) },
            {
              key: 'actions',
              header: '',
              cell: (f) => (
                <span className="act-toolbar">
                  <AppLink to={`/activities/forms/${f.id}/results`}>{t('form.results')}</AppLink>
                  {isAdmin ? (
                    <button type="button" className="btn btn-secondary" onClick={() => setShown(shown === f.id ? null : f.id)} aria-expanded={shown === f.id}>
                      {t('form.linkAndQr')}
                    </button>
                  ) : null}
                  {isAdmin && stateOf(f) !== 'closed' ? (
                    <button type="button" className="btn btn-secondary" disabled={close.isPending} onClick={() => close.mutate({ formId: f.id, version: f.version })}>
                      {t('form.close')}
                    </button>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      )}
      {close.error ? <ErrorText error={close.error} as="p" /> : null}
      {shown !== null ? <FormLink formId={shown} /> : null}
      {isAdmin ? <CreateForm round={round} /> : null}
    </Section>
  );
}

/** The public link and its QR code (SVG from the server), printable. */
function FormLink({ formId }: { formId: number }) {
  const { t } = useT();
  const query = useQuery(trpc.activity.formLink.queryOptions({ formId }));
  return (
    <div className="act-form act-qr" data-testid="form-link">
      <QueryState query={query}>
        {(link) => (
          <>
            <p>
              {t('form.copy')}:{' '}
              <a className="act-qr-url" href={link.url} data-testid="form-public-url">
                {link.url}
              </a>
            </p>
            {/* The SVG comes from the qrcode package on our server: no user text in it but the link. */}
            <div role="img" aria-label={t('form.qrAlt')} dangerouslySetInnerHTML={{ __html: link.svg }} />
            <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
              {t('form.printQr')}
            </button>
          </>
        )}
      </QueryState>
    </div>
  );
}

function CreateForm({ round }: { round: Round }) {
  const { t, lang } = useT();
  const sets = useQuery(trpc.activity.questionSets.queryOptions());
  const form = useForm({
    // Stored in Thai (participants read Thai), whatever the page language.
    titleTh: translate('th', 'form.titleDefault', { no: round.roundNo }),
    consentTh: translate('th', 'form.consentDefault'),
    opensOn: today(),
    closesOn: today(),
    objectives: true,
    outcomes: true,
    sets: ['satisfaction', 'comments'] as string[],
  });
  const create = useMutation(trpc.activity.formCreate.mutationOptions({ onSuccess: () => form.setSaved(true), onError: form.onError }));
  const { values, errors } = form;
  return (
    <div className="act-form">
      <h3>{t('form.create')}</h3>
      <Form className="form-grid" onSubmit={() => form.submit(FormCreateInput, { roundId: round.id, ...values }, (data) => create.mutate(data))}>
        <TextField id="form-title" label={t('form.title')} {...form.text('titleTh')} />
        <TextAreaField id="form-consent" label={t('form.consent')} rows={2} {...form.text('consentTh')} />
        <DateField id="form-opens" label={t('form.opensOn')} {...form.text('opensOn')} />
        <DateField id="form-closes" label={t('form.closesOn')} {...form.text('closesOn')} />
        <fieldset className="act-checks wide">
          <legend>{t('form.sets')}</legend>
          <Checkbox label={`${t('form.fromObjectives')} (${formatNumber(round.project.objectivesTh.length, lang)})`} {...form.check('objectives')} />
          <Checkbox label={`${t('form.fromOutcomes')} (${formatNumber(round.project.outcomesTh.length, lang)})`} {...form.check('outcomes')} />
          {(sets.data ?? []).map((s) => (
            <Checkbox
              key={s.code}
              label={`${lang === 'th' ? s.nameTh : s.nameEn} (${formatNumber(s.items.length, lang)})`}
              checked={values.sets.includes(s.code)}
              onChange={(e) => form.set('sets', e.target.checked ? [...values.sets, s.code] : values.sets.filter((c) => c !== s.code))}
            />
          ))}
          {errors.sets ? <ErrorText error={errors.sets} /> : null}
        </fieldset>
        <FormActions pending={create.isPending} errors={errors} submit={t('form.create')} done={form.saved ? t('form.created') : undefined} formErrors={['_form', 'roundId']} />
      </Form>
    </div>
  );
}
