import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { canUse, useMe } from '../components/accounts/use-me';
import { MeetingList } from '../components/meetings/MeetingList';
import '../components/meetings/meetings.css';
import { StatusRollUp } from '../components/plan/StatusRollUp';
import '../components/report/report.css';
import { AppLink } from '../components/ui/AppLink';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc } from '../trpc';

/**
 * /report — the next meeting's pack as the data stand now. Insiders read the pack document itself
 * (the server renders it as it renders a frozen pack, marked ร่าง / DRAFT) and print it; everyone
 * sees the plan's live status by strategy and the frozen packs made public.
 */
export function ReportPage() {
  const { t } = useT();
  const { me, isPending } = useMe();
  const insider = canUse(me, 'insiders');
  const meetings = useQuery(trpc.meeting.list.queryOptions());
  return (
    <div className="page report-page">
      <h1>{t('report.packTitle')}</h1>
      {isPending ? null : insider ? <LivePack /> : <PublicStatus />}
      <Section id="r-packs" className="report-packs" title={t('report.frozenPacks')}>
        <QueryState query={meetings} isEmpty={(rows) => !rows.some((m) => m.packs.length > 0)} empty={<p>{t('meeting.none')}</p>}>
          {(rows) => <MeetingList rows={rows.filter((m) => m.packs.length > 0)} insider={insider} />}
        </QueryState>
      </Section>
    </div>
  );
}

/** The live draft of the next meeting's pack in a frame, with the browser's print (A4, same running header and footer as the frozen PDF). */
function LivePack() {
  const { t, label, lang, cal } = useT();
  const next = useQuery(trpc.meeting.next.queryOptions());
  const frame = useRef<HTMLIFrameElement>(null);
  const src = `/report/preview.html?lang=${lang}&cal=${cal}`;
  return (
    <QueryState query={next}>
      {(n) => {
        const number = label(n.numberTh, n.numberEn);
        return (
          <>
            <p className="report-draft">
              <strong className="draft-stamp">{t('report.draftStamp')}</strong> {t('report.liveOf', { number })}
              {n.scheduled ? ` · ${formatDate(n.meetingDate, lang, cal)}` : ''}
            </p>
            <p>
              {t('report.liveNote')}{' '}
              {n.meetingId ? <AppLink to={`/meetings/${n.meetingId}`}>{t('report.openMeeting')}</AppLink> : <AppLink to="/meetings">{t('report.addMeeting')}</AppLink>}
            </p>
            <div className="report-toolbar">
              <button type="button" className="btn" onClick={() => frame.current?.contentWindow?.print()}>
                {t('report.print')}
              </button>
              <a href={src} target="_blank" rel="noreferrer">
                {t('report.openDocument')}
              </a>
            </div>
            <iframe ref={frame} className="pack-frame" title={t('report.frameTitle', { number })} src={src} />
          </>
        );
      }}
    </QueryState>
  );
}

/** For visitors: the plan's status by strategy as published now (the draft pack is for insiders). */
function PublicStatus() {
  const { t, label } = useT();
  const overview = useQuery(trpc.plan.overview.queryOptions({}));
  return (
    <Section id="r-status" title={t('report.liveStatus')}>
      <p>{t('report.publicNote')}</p>
      <QueryState query={overview}>
        {(o) => (
          <div className="report-rollups">
            <div className="card">
              <StatusRollUp summary={o.status.plan} label={t('status.planStatus')} />
            </div>
            {o.strategies.map((s) => (
              <div className="card" key={s.no}>
                <h3>
                  <AppLink to={`/strategies/${s.no}`}>
                    {t('strategy.label', { no: s.no })}: {label(s)}
                  </AppLink>
                </h3>
                <StatusRollUp summary={s.status} compact />
              </div>
            ))}
          </div>
        )}
      </QueryState>
    </Section>
  );
}
