import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { canUse, useMe } from '../components/accounts/use-me';
import { ActionsPanel } from '../components/meetings/ActionsPanel';
import { CommentaryEditor } from '../components/meetings/CommentaryEditor';
import { MeetingForm } from '../components/meetings/MeetingForm';
import { PackList } from '../components/meetings/PackList';
import '../components/meetings/meetings.css';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc } from '../trpc';

/** /meetings/:id — one meeting for the secretariat and the committee: packs, commentary, actions. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const meetingId = Number(id);
  const { t, lang, cal, label } = useT();
  const { me } = useMe();
  const isAdmin = canUse(me, 'admin');
  const detail = useQuery(trpc.meeting.get.queryOptions({ meetingId }));
  const preview = useQuery(trpc.meeting.preview.queryOptions({ meetingId }));
  return (
    <div className="page">
      <p>
        <AppLink to="/meetings">← {t('meeting.back')}</AppLink>
      </p>
      <QueryState query={detail}>
        {({ meeting, commentary, actions, packs }) => (
          <>
            <h1>
              {label(meeting.numberTh, meeting.numberEn)} {meeting.isDemo ? <DemoBadge /> : null}
            </h1>
            <p>
              {t('meeting.date')} {formatDate(meeting.meetingDate, lang, cal)} · {meeting.isPublic ? t('meeting.publicYes') : t('meeting.publicNo')}
            </p>
            {meeting.agenda.length ? (
              <ol>
                {meeting.agenda.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ol>
            ) : null}
            <Section id="mp-packs" title={t('meeting.packs')}>
              <PackList meetingId={meetingId} packs={packs} draftsLeftOut={commentary.filter((c) => c.state === 'draft').length} canFreeze={isAdmin} />
            </Section>
            <Section id="mp-commentary" title={t('meeting.commentary')}>
              <QueryState query={preview}>{(p) => <CommentaryEditor meetingId={meetingId} commentary={commentary} preview={p} canEdit={isAdmin} />}</QueryState>
            </Section>
            <Section id="mp-actions" title={t('meeting.actions')}>
              <ActionsPanel meetingId={meetingId} actions={actions} canEdit={isAdmin} />
            </Section>
            {isAdmin ? (
              <Section id="mp-edit" className="card" title={t('meeting.edit')}>
                <MeetingForm key={meeting.version} meeting={meeting} />
              </Section>
            ) : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
