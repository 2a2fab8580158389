import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LANGUAGES, type Language, type MailKind } from '../../shared/domain';
import { MailPreferencesInput } from '../../shared/schemas/notifications';
import { ChangeEmail } from '../components/accounts/ChangeEmail';
import { useMe } from '../components/accounts/use-me';
import { Checkbox } from '../components/ui/Checkbox';
import { Form } from '../components/ui/Form';
import { FormActions } from '../components/ui/FormActions';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SelectField } from '../components/ui/SelectField';
import { useForm } from '../hooks/use-form';
import { useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';
import '../components/notifications/notifications.css';

const LANGUAGE_NAMES: Record<Language, string> = { th: 'ไทย', en: 'English' };

/** /account — the signed-in person's e-mail address, which e-mails they receive, and the privacy notice. */
export function AccountPage() {
  const { t } = useT();
  const { me } = useMe();
  const prefs = useQuery(trpc.notification.preferences.queryOptions());
  const form = useForm({ language: 'th' as string, off: [] as MailKind[], version: 0 });
  const data = prefs.data;
  const { setValues } = form;
  useEffect(() => {
    if (data) setValues({ language: data.language, off: data.kinds.filter((k) => !k.enabled).map((k) => k.kind), version: data.version });
  }, [data, setValues]);
  const save = useMutation(
    trpc.notification.setPreferences.mutationOptions({
      onSuccess: (next) => {
        form.setValues({ language: next.language, off: next.kinds.filter((k) => !k.enabled).map((k) => k.kind), version: next.version });
        form.setSaved(true);
      },
      onError: form.onError,
    }),
  );
  const toggle = (kind: MailKind, on: boolean) => form.set('off', on ? form.values.off.filter((k) => k !== kind) : [...form.values.off, kind]);
  return (
    <div className="page">
      <h1>{t('account.title')}</h1>
      {me ? <p className="muted">{me.displayName} · {me.username}</p> : null}
      <QueryState query={prefs}>
        {(p) => (
          <>
            <Section id="acc-email" className="card" title={t('account.email')}>
              {p.email ? (
                <>
                  <p>
                    <strong>{p.email}</strong>
                  </p>
                </>
              ) : (
                <p role="note">{t('account.noEmail')}</p>
              )}
              <h3>{t('account.changeEmail')}</h3>
              <ChangeEmail pending={p.pendingEmail} />
            </Section>
            <Section id="acc-mail" className="card" title={t('account.mail')}>
              <Form
                onSubmit={() =>
                  form.submit(
                    MailPreferencesInput,
                    {
                      version: form.values.version,
                      language: form.values.language,
                      // Most kinds are on until turned off; an opt-in kind (the committee's digest) is off until turned on.
                      optOut: p.kinds.filter((k) => !k.optIn && form.values.off.includes(k.kind)).map((k) => k.kind),
                      optIn: p.kinds.filter((k) => k.optIn && !form.values.off.includes(k.kind)).map((k) => k.kind),
                    },
                    (d) => save.mutate(d),
                  )
                }
              >
                <SelectField id="acc-lang" label={t('account.language')} value={form.values.language} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} onChange={(v) => form.set('language', v ?? 'th')} error={form.errors.language} />
                {p.kinds.length ? (
                  <fieldset className="mail-kinds">
                    <legend>{t('account.kinds')}</legend>
                    {p.kinds.map(({ kind }) => (
                      <Checkbox key={kind} label={t(`mailKind.${kind}`)} checked={!form.values.off.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
                    ))}
                  </fieldset>
                ) : (
                  <p className="muted">{t('account.noKinds')}</p>
                )}
                {me?.role === 'reporter' ? <p className="muted small">{t('account.lastReminder')}</p> : null}
                {p.kinds.some((k) => k.optIn) ? <p className="muted small">{t('account.optInNote')}</p> : null}
                <p className="muted small">{t('account.inAppNote')}</p>
                <FormActions pending={save.isPending} errors={form.errors} done={form.saved} formErrors={['_form', 'version', 'optOut', 'optIn']} />
              </Form>
            </Section>
          </>
        )}
      </QueryState>
      <Section id="acc-privacy" className="card privacy" title={t('account.privacy')}>
        <p>{t('account.privacyText')}</p>
      </Section>
    </div>
  );
}
