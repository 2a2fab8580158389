import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { ErrorText } from '../ui/ErrorText';
import { TextField } from '../ui/TextField';

type Pack = RouterOutputs['meeting']['get']['packs'][number];

/** The frozen issues of a meeting's pack (view, PDF or why there is none) and, for the secretariat, the freeze. */
export function PackList({ meetingId, packs, draftsLeftOut, canFreeze }: { meetingId: number; packs: Pack[]; draftsLeftOut: number; canFreeze: boolean }) {
  const { t, lang, cal } = useT();
  const [reason, setReason] = useState('');
  const freeze = useMutation(trpc.meeting.freeze.mutationOptions({ onSuccess: () => setReason('') }));
  const reissue = packs.length > 0;
  return (
    <>
      {packs.length === 0 ? <p>{t('meeting.noPack')}</p> : null}
      <ul className="pack-list">
        {packs.map((p) => (
          <li key={p.id}>
            <strong>{t('meeting.issue', { v: p.packVersion })}</strong> · {t('meeting.frozenOn', { date: formatDate(p.frozenAt, lang, cal), name: p.frozenByName ?? '–' })}
            {p.reason ? ` · ${p.reason}` : ''} · <AppLink to={`/meetings/${meetingId}/pack?v=${p.packVersion}`}>{t('meeting.view')}</AppLink>
            {' · '}
            {p.hasPdf ? (
              <a href={`/meetings/${meetingId}/pack.pdf?v=${p.packVersion}`}>{t('meeting.pdf')}</a>
            ) : (
              <span className="meeting-note">{t('meeting.pdfMissing')}</span>
            )}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/meetings/${meetingId}/preview.html?lang=${lang}&cal=${cal}`} target="_blank" rel="noreferrer">
          {t('meeting.preview')}
        </a>
      </p>
      {canFreeze ? (
        <div className="card freeze">
          <p>{t('meeting.freezeHint')}</p>
          {draftsLeftOut > 0 ? (
            <p className="meeting-warning" role="status">
              ⚠ {t('meeting.draftWarning', { n: draftsLeftOut })}
            </p>
          ) : null}
          {reissue ? <TextField id="fz-reason" label={t('meeting.reason')} value={reason} onChange={(e) => setReason(e.target.value)} /> : null}
          <button
            type="button"
            className="btn"
            disabled={freeze.isPending}
            onClick={() => {
              const warning = draftsLeftOut > 0 ? `\n${t('meeting.draftWarning', { n: draftsLeftOut })}` : '';
              if (window.confirm(`${t('meeting.confirmFreeze')}${warning}`)) freeze.mutate({ meetingId, ...(reissue ? { reason } : {}) });
            }}
          >
            {reissue ? t('meeting.reissue') : t('meeting.freeze')}
          </button>
          {freeze.data ? <p role="status">{t('meeting.frozen', { v: freeze.data.packVersion })}{freeze.data.hasPdf ? '' : ` — ${t('meeting.pdfMissing')}`}</p> : null}
          <ErrorText as="p" error={freeze.error} />
        </div>
      ) : null}
    </>
  );
}
