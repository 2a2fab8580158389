import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import '../components/meetings/meetings.css';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc } from '../trpc';

/**
 * /meetings/:id/pack?v= — a frozen pack as it was issued: the server renders the document from
 * the stored snapshot (the same document as the PDF), shown here in a frame, with the PDF.
 */
export function MeetingPackPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const meetingId = Number(id);
  const v = params.get('v') ? Number(params.get('v')) : undefined;
  const { t, lang, cal, label } = useT();
  const pack = useQuery(trpc.meeting.pack.queryOptions({ meetingId, ...(v ? { packVersion: v } : {}) }));
  return (
    <div className="page">
      <p>
        <AppLink to="/meetings">← {t('meeting.back')}</AppLink>
      </p>
      <QueryState query={pack}>
        {(p) => {
          const number = label(p.snapshot.meeting.numberTh, p.snapshot.meeting.numberEn);
          return (
            <>
              <h1>
                {t('meeting.packs')} {number} {p.snapshot.meeting.isDemo ? <DemoBadge /> : null}
              </h1>
              <p>
                {t('meeting.issue', { v: p.packVersion })} · {t('meeting.frozenOn', { date: formatDate(p.frozenAt, lang, cal), name: p.snapshot.frozenByName ?? '–' })} ·{' '}
                {p.pdfError ? (
                  <span className="meeting-note">{t('meeting.pdfMissing')}</span>
                ) : (
                  <a href={`/meetings/${meetingId}/pack.pdf?v=${p.packVersion}`}>{t('meeting.pdf')}</a>
                )}
              </p>
              <iframe className="pack-frame" title={t('meeting.packFrame', { number })} src={`/meetings/${meetingId}/pack.html?v=${p.packVersion}&lang=${lang}&cal=${cal}`} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
