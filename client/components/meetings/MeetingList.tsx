import { AppLink } from '../ui/AppLink';
import { DemoBadge } from '../ui/Badges';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import type { RouterOutputs } from '../../trpc';

type Meeting = RouterOutputs['meeting']['list'][number];

/** Meetings with their latest frozen pack (view, PDF): /meetings and /report. Insiders also open each meeting. */
export function MeetingList({ rows, insider }: { rows: Meeting[]; insider: boolean }) {
  const { t, lang, cal, label } = useT();
  return (
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
  );
}
