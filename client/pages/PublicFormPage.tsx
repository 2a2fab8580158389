import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormSubmitInput } from '../../shared/schemas/activities';
import { ErrorText } from '../components/ui/ErrorText';
import { Form } from '../components/ui/Form';
import { useT } from '../hooks/use-prefs';
import { apiErrorOf } from '../lib/api-errors';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/activities/public-form.css';

type PublicForm = RouterOutputs['activity']['publicForm'];

/** The device's token for a form: the first one this browser was given is kept (one response per device). */
function deviceToken(publicId: string, fresh: string | null): string | null {
  try {
    const key = `form-token:${publicId}`;
    const kept = localStorage.getItem(key);
    if (kept) return kept;
    if (fresh) localStorage.setItem(key, fresh);
  } catch {
    // Storage blocked (private mode): the fresh token still works for this visit.
  }
  return fresh;
}

const answeredKey = (publicId: string) => `form-answered:${publicId}`;
function wasAnswered(publicId: string) {
  try {
    return localStorage.getItem(answeredKey(publicId)) === '1';
  } catch {
    return false;
  }
}

/** /f/:publicId — the participant's form, on a phone, without an account. */
export function PublicFormPage() {
  const { t } = useT();
  const publicId = useParams().publicId ?? '';
  const query = useQuery({ ...trpc.activity.publicForm.queryOptions({ publicId }), retry: false, staleTime: Infinity, refetchOnWindowFocus: false });
  const [done, setDone] = useState(() => wasAnswered(publicId));
  let body;
  if (done) body = <p className="pub-done" role="status">{t('pub.thanks')}</p>;
  else if (query.isPending) body = <p role="status">{t('state.loading')}</p>;
  else if (query.isError) body = <p role="alert">{apiErrorOf(query.error).code === 'not_found' ? t('pub.unknown') : <ErrorText error={query.error} />}</p>;
  else if (query.data.state !== 'open') body = <p role="alert">{t(query.data.state === 'closed' ? 'pub.closed' : 'pub.notOpen')}</p>;
  else body = <Answer form={query.data} onDone={() => setDone(true)} />;
  return (
    <main className="pub-form" lang="th">
      {query.data ? (
        <header>
          <p className="pub-project">{query.data.round.projectTh}</p>
          <h1>{query.data.titleTh}</h1>
        </header>
      ) : null}
      {body}
    </main>
  );
}

function Answer({ form, onDone }: { form: PublicForm; onDone: () => void }) {
  const { t, label } = useT();
  const [scores, setScores] = useState<Record<number, number>>({});
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [trackId, setTrackId] = useState<number | null>(null);
  const [audienceId, setAudienceId] = useState<number | null>(null);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = useMutation(
    trpc.activity.submit.mutationOptions({
      onSuccess: () => {
        try {
          localStorage.setItem(answeredKey(form.publicId), '1');
        } catch {
          // Not kept: the server still refuses a second answer with this token.
        }
        onDone();
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const track = form.tracks.find((x) => x.id === trackId);
  const send = () => {
    const input = {
      publicId: form.publicId,
      token: deviceToken(form.publicId, form.token),
      consent: consent || undefined,
      trackId,
      audienceId,
      answers: form.questions.map((q) => (q.kind === 'likert' ? { questionId: q.id, score: scores[q.id] ?? null } : { questionId: q.id, text: texts[q.id]?.trim() || null })),
    };
    const checked = validate(FormSubmitInput, input);
    if (checked.errors) return setErrors(checked.errors);
    // A Likert question left blank is refused by the server too; say which one here.
    const missing = form.questions.find((q) => q.kind === 'likert' && scores[q.id] === undefined);
    if (missing) return setErrors({ answers: { code: 'answer_invalid', params: { key: missing.sortNo } } });
    setErrors({});
    submit.mutate(checked.data);
  };
  const formError = errors._form ?? errors.answers ?? errors.token ?? errors.consent ?? errors.trackId ?? errors.audienceId;
  return (
    <Form onSubmit={send}>
      <p className="pub-note">{t('pub.anonymous')}</p>
      {form.tracks.length ? (
        <fieldset>
          <legend>{t('pub.track')}</legend>
          {form.tracks.map((tr) => (
            <label key={tr.id} className="pub-choice">
              <input
                type="radio"
                name="track"
                checked={trackId === tr.id}
                onChange={() => {
                  setTrackId(tr.id);
                  setAudienceId(null);
                }}
              />{' '}
              {label(tr.titleTh, tr.titleEn)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {track && track.audiences.length ? (
        <fieldset>
          <legend>{t('pub.audience')}</legend>
          {track.audiences.map((a) => (
            <label key={a.id} className="pub-choice">
              <input type="radio" name="audience" checked={audienceId === a.id} onChange={() => setAudienceId(a.id)} /> {label(a.nameTh, a.nameEn)}
            </label>
          ))}
          <label className="pub-choice">
            <input type="radio" name="audience" checked={audienceId === null} onChange={() => setAudienceId(null)} /> {t('pub.notSay')}
          </label>
        </fieldset>
      ) : null}
      <p className="pub-note">{t('pub.scale')}</p>
      {form.questions.map((q) =>
        q.kind === 'likert' ? (
          <fieldset key={q.id} className="pub-question" data-testid={`q-${q.sortNo}`}>
            <legend>
              {q.sortNo}. {q.textTh}
            </legend>
            <div className="pub-scale">
              {[1, 2, 3, 4, 5].map((v) => (
                <label key={v}>
                  <input type="radio" name={`q${q.id}`} value={v} checked={scores[q.id] === v} onChange={() => setScores((s) => ({ ...s, [q.id]: v }))} />
                  <span>{v}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <div key={q.id} className="pub-question">
            <label htmlFor={`q${q.id}`}>
              {q.sortNo}. {q.textTh} ({t('pub.comment')})
            </label>
            <textarea id={`q${q.id}`} rows={3} maxLength={2000} value={texts[q.id] ?? ''} onChange={(e) => setTexts((s) => ({ ...s, [q.id]: e.target.value }))} />
          </div>
        ),
      )}
      <label className="pub-choice pub-consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> {form.consentTh}
      </label>
      {formError ? <ErrorText error={formError} as="p" /> : null}
      <button type="submit" className="btn pub-send" disabled={submit.isPending}>
        {t('pub.send')}
      </button>
    </Form>
  );
}
