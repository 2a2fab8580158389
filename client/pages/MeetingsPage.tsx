import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { canUse, useMe } from '../components/accounts/use-me';
import { MeetingForm } from '../components/meetings/MeetingForm';
import '../components/meetings/meetings.css';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc } from '../trpc';

/** /meetings — the committee's meetings: public frozen packs for everyone, every meeting for insiders. */
export function MeetingsPage() {
  const { t, lang, cal, label, link } = useT();
  const { me } = useMe();
  const insider = canUse(me, 'insiders');
  const navigate = useNavigate();
  const list = useQuery(trpc.meeting.list.queryOptions());
  return (
    <div className="page">
      <h1>{t('meeting.title')}</h1>
      <p>{t('meeting.intro')}</p>
      <QueryState query={list} isEmpty={(rows) => rows.length === 0} empty={<p>{t('meeting.none')}</p>}>
        {(rows) => (
          <ul className="meeting-list">
            {rows.map((m) => {
              const latest = m.packs[m.packs.length - 1];
              return (
                <li key={m.id}>
                  <strong>{insider ? <AppLink to={`/meetings/${m.id}`}>{label(m.numberTh, m.numberEn)}</AppLink> : label(m.numberTh, m.numberEn)}</strong>
                  {m.isDemo ? <> <DemoBadge /></> : null} · {formatDate(m.meetingDate, lang, cal)}
                  {insider ? ` · ${m.isPublic ? t('meeting.publicYes') : t('meeting.publicNo')}` : ''}
                  {' · '}
                  {latest ? (
                    <>
                      <AppLink to={`/meetings/${m.id}/pack?v=${latest.packVersion}`}>
                        {t('meeting.view')} ({t('meeting.issue', { v: latest.packVersion })})
                      </AppLink>
                      {latest.hasPdf ? (
                        <>
                          {' · '}
                          <a href={`/meetings/${m.id}/pack.pdf?v=${latest.packVersion}`}>{t('meeting.pdf')}</a>
                        </>
                      ) : null}
                    </>
                  ) : (
                    t('meeting.noPack')
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      {canUse(me, 'admin') ? (
        <Section id="mf-h" className="card" title={t('meeting.new')}>
          <MeetingForm onDone={(id) => void navigate(link(`/meetings/${id}`))} />
        </Section>
      ) : null}
    </div>
  );
}
