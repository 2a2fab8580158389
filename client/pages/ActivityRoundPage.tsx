import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { canUse, useMe } from '../components/accounts/use-me';
import { AttendanceForm } from '../components/activities/AttendanceForm';
import { BeforeAfterPanel } from '../components/activities/BeforeAfterPanel';
import { FormsSection } from '../components/activities/FormsSection';
import { ObservationsSection } from '../components/activities/ObservationsSection';
import { RoundMap } from '../components/activities/RoundMap';
import { RoundProvincesTable, useRoundDates } from '../components/activities/RoundsTable';
import { TracksTable } from '../components/activities/TracksTable';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { ErrorText } from '../components/ui/ErrorText';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatNumber } from '../lib/format';
import { trpc } from '../trpc';
import '../components/activities/activities.css';

/** /activities/rounds/:id — one round: tracks and attendance, provinces, ITA before/after, forms, observations. */
export function ActivityRoundPage() {
  const { t, lang, label, link } = useT();
  const { me } = useMe();
  const navigate = useNavigate();
  const roundId = Number(useParams().id);
  const dates = useRoundDates();
  const query = useQuery({ ...trpc.activity.round.queryOptions({ roundId }), enabled: Number.isInteger(roundId) && roundId > 0 });
  const confirm = useMutation(trpc.activity.roundConfirm.mutationOptions());
  const remove = useMutation(trpc.activity.roundDelete.mutationOptions({ onSuccess: () => void navigate(link('/activities')) }));
  const isAdmin = canUse(me, 'admin');
  const isPlanner = canUse(me, 'planners');
  const isInsider = canUse(me, 'insiders');
  return (
    <div className="activities">
      <p>
        <AppLink to="/activities">{t('act.backToList')}</AppLink>
      </p>
      <QueryState query={query}>
        {(round) => (
          <>
            <h1>
              {t('act.round.title', { activity: label(round.activity.nameTh, round.activity.nameEn), no: formatNumber(round.roundNo, lang) })}{' '}
              {round.isDemo ? <DemoBadge /> : null}
            </h1>
            <p className="muted">{round.project.nameTh}</p>
            <dl className="act-facts">
              <dt>{t('act.status')}</dt>
              <dd data-testid="round-status">{t(`act.status.${round.status}`)}</dd>
              <dt>{t('act.dates')}</dt>
              <dd>
                {dates(round.startDate, round.endDate)}
                {round.datesTh && lang === 'th' ? ` (${round.datesTh})` : ''}
              </dd>
              <dt>{t('act.venue')}</dt>
              <dd>{round.venue ?? '–'}</dd>
              <dt>{t('act.groups')}</dt>
              <dd>{round.groupsTh || '–'}</dd>
              <dt>{t('act.provinces')}</dt>
              <dd>{round.provinces.map((p) => label(p)).join(', ') || '–'}</dd>
              {round.jointSessionTh ? (
                <>
                  <dt>{t('act.joint')}</dt>
                  <dd>{round.jointSessionTh}</dd>
                </>
              ) : null}
              {round.staff ? (
                <>
                  <dt>{t('act.staff')}</dt>
                  <dd>
                    {round.staff.descriptionTh}
                    {round.staff.plannedAbout !== null ? ` · ${t('act.about', { n: formatNumber(round.staff.plannedAbout, lang) })}` : ''}
                    {round.staff.actual !== null ? ` · ${t('act.actual')} ${formatNumber(round.staff.actual, lang)}` : ''}
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="act-toolbar no-print">
              {isInsider ? <AppLink to={`/activities/rounds/${round.id}/report`}>{t('act.report')}</AppLink> : null}
              {isAdmin && round.status === 'draft' ? (
                <button type="button" className="btn" disabled={confirm.isPending} onClick={() => confirm.mutate({ roundId: round.id, version: round.version })}>
                  {t('act.confirm')}
                </button>
              ) : null}
              {isPlanner && (round.status === 'draft' || isAdmin) ? (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('act.confirmDelete', { no: round.roundNo }))) remove.mutate({ roundId: round.id, version: round.version });
                  }}
                >
                  {t(round.status === 'draft' ? 'act.delete' : 'act.deleteRound')}
                </button>
              ) : null}
            </p>
            {confirm.error ? <ErrorText error={confirm.error} as="p" /> : null}
            {remove.error ? <ErrorText error={remove.error} as="p" /> : null}

            <Section id="act-tracks-h" className="card" title={t('act.tracks')}>
              {round.tracks.length ? <TracksTable round={round} download={`round-${round.roundNo}-attendance`} /> : <p className="muted">{t('act.notRecorded')}</p>}
              {isAdmin && round.tracks.length ? <AttendanceForm key={round.version} round={round} /> : null}
            </Section>

            <section className="card" aria-labelledby="act-ba-h">
              <BeforeAfterPanel ba={round.beforeAfter} />
              {round.provinces.length ? <RoundMap provinces={round.provinces} beforeYear={round.beforeAfter.beforeYear} afterYear={round.beforeAfter.afterYear} /> : null}
              {round.provinces.length ? (
                <RoundProvincesTable
                  provinces={round.provinces}
                  beforeYear={round.beforeAfter.beforeYear}
                  afterYear={round.beforeAfter.afterYear}
                  caption={t('act.ba.provinceTable')}
                  download={`round-${round.roundNo}-provinces`}
                />
              ) : null}
            </section>

            {isInsider ? <FormsSection round={round} isAdmin={isAdmin} /> : null}
            {isInsider ? <ObservationsSection round={round} isAdmin={isAdmin} /> : null}
          </>
        )}
      </QueryState>
    </div>
  );
}
