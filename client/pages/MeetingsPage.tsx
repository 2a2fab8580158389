import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { canUse, useMe } from '../components/accounts/use-me';
import { MeetingForm } from '../components/meetings/MeetingForm';
import { MeetingList } from '../components/meetings/MeetingList';
import '../components/meetings/meetings.css';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** /meetings — the committee's meetings: public frozen packs for everyone, every meeting for insiders. */
export function MeetingsPage() {
  const { t, link } = useT();
  const { me } = useMe();
  const insider = canUse(me, 'insiders');
  const navigate = useNavigate();
  const list = useQuery(trpc.meeting.list.queryOptions());
  return (
    <div className="page">
      <h1>{t('meeting.title')}</h1>
      <p>{t('meeting.intro')}</p>
      <QueryState query={list} isEmpty={(rows) => rows.length === 0} empty={<p>{t('meeting.none')}</p>}>
        {(rows) => <MeetingList rows={rows} insider={insider} />}
      </QueryState>
      {canUse(me, 'admin') ? (
        <Section id="mf-h" className="card" title={t('meeting.new')}>
          <MeetingForm onDone={(id) => void navigate(link(`/meetings/${id}`))} />
        </Section>
      ) : null}
    </div>
  );
}
