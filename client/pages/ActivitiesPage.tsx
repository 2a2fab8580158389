import { useQuery } from '@tanstack/react-query';
import { canUse, useMe } from '../components/accounts/use-me';
import { useRoundDates } from '../components/activities/RoundsTable';
import { DemoBadge } from '../components/ui/Badges';
import { AppLink } from '../components/ui/AppLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatNumber } from '../lib/format';
import { trpc } from '../trpc';
import '../components/activities/activities.css';

/** /activities — projects with their rationale, objectives, expected outcomes and rounds. */
export function ActivitiesPage() {
  const { t, lang, label } = useT();
  const dates = useRoundDates();
  const query = useQuery(trpc.activity.list.queryOptions());
  const { me } = useMe();
  return (
    <div className="activities">
      <h1>{t('act.title')}</h1>
      <p className="lead">{t('act.intro')}</p>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(projects) => (
          <>
            {projects.map((project) => {
              const recorded = project.activities.reduce((s, a) => s + a.rounds.length, 0);
              return (
                <Section key={project.id} id={`project-${project.id}-h`} className="card act-project" title={<>{project.nameTh} {project.isDemo ? <DemoBadge /> : null}</>}>
                  {project.nameEn && lang === 'en' ? <p className="muted">{project.nameEn}</p> : null}
                  <dl className="act-facts">
                    <dt>{t('act.owner')}</dt>
                    <dd>{project.ownerTh || '–'}</dd>
                    {project.plannedRounds ? (
                      <>
                        <dt>{t('act.rounds')}</dt>
                        <dd>{t('act.plannedRounds', { n: formatNumber(project.plannedRounds, lang), recorded: formatNumber(recorded, lang) })}</dd>
                      </>
                    ) : null}
                    {project.strategyId === null && !project.isDemo ? (
                      <>
                        <dt>{t('nav.strategies')}</dt>
                        <dd>{t('act.strategyNone')}</dd>
                      </>
                    ) : null}
                    {project.sourceNote ? (
                      <>
                        <dt>{t('act.source')}</dt>
                        <dd>{project.sourceNote}</dd>
                      </>
                    ) : null}
                  </dl>
                  {project.rationaleTh.length ? (
                    <details>
                      <summary>{t('act.rationale')}</summary>
                      {project.rationaleTh.map((p, i) => (
                        <p key={i}>{p}</p>
                      ))}
                    </details>
                  ) : null}
                  <h3>{t('act.objectives')}</h3>
                  <ol>
                    {project.objectivesTh.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ol>
                  <h3>{t('act.outcomes')}</h3>
                  <ol>
                    {project.outcomesTh.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ol>
                  {project.selectionTh ? (
                    <p>
                      <strong>{t('act.selection')}:</strong> {project.selectionTh}
                    </p>
                  ) : null}
                  {project.evaluationTh ? (
                    <p>
                      <strong>{t('act.evaluation')}:</strong> {project.evaluationTh}
                    </p>
                  ) : null}
                  {canUse(me, 'insiders') ? (
                    <p>
                      <AppLink to={`/activities/projects/${project.id}/report`}>{t('act.projectReport')}</AppLink>
                    </p>
                  ) : null}
                  {project.activities.map((activity) => (
                    <div key={activity.id} className="act-activity">
                      <h3>{label(activity.nameTh, activity.nameEn)}</h3>
                      <DataTable
                        caption={t('act.roundsTable')}
                        download={false}
                        rows={activity.rounds}
                        rowKey={(r) => r.id}
                        columns={[
                          {
                            key: 'no',
                            header: t('act.no'),
                            rowHeader: true,
                            value: (r) => r.roundNo,
                            cell: (r) => <AppLink to={`/activities/rounds/${r.id}`}>{t('act.roundNo', { no: formatNumber(r.roundNo, lang) })}</AppLink>,
                          },
                          { key: 'dates', header: t('act.dates'), value: (r) => r.startDate, cell: (r) => dates(r.startDate, r.endDate) },
                          { key: 'groups', header: t('act.groups'), value: (r) => r.groupsTh, cell: (r) => r.groupsTh || '–' },
                          { key: 'provinces', header: t('act.provinces'), align: 'end', value: (r) => r.provinces.length, cell: (r) => formatNumber(r.provinces.length, lang) },
                          { key: 'status', header: t('act.status'), value: (r) => r.status, cell: (r) => t(`act.status.${r.status}`) },
                        ]}
                      />
                    </div>
                  ))}
                </Section>
              );
            })}
          </>
        )}
      </QueryState>
    </div>
  );
}
