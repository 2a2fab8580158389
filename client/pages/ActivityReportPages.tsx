import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { sourceOf } from '../components/activities/activity-format';
import { BeforeAfterPanel } from '../components/activities/BeforeAfterPanel';
import { RoundMap } from '../components/activities/RoundMap';
import { RoundProvincesTable, useRoundDates } from '../components/activities/RoundsTable';
import { TracksTable } from '../components/activities/TracksTable';
import { DemoBadge } from '../components/ui/Badges';
import { AppLink } from '../components/ui/AppLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { useT } from '../hooks/use-prefs';
import { formatChange, formatNumber } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/activities/activities.css';
import '../components/report/report.css';

type Compared = RouterOutputs['activity']['compareRounds'];

/** Mean per objective of one round's evaluation, or why it is not shown. */
function EvaluationTable({ objectives, compared, roundId }: { objectives: string[]; compared: Compared | undefined; roundId: number }) {
  const { t, lang } = useT();
  const row = compared?.rounds.find((r) => r.roundId === roundId);
  if (!row) return <p className="muted">{t('report.noForms')}</p>;
  if (row.hidden) return <p className="muted">{t('res.hiddenNote', { min: 5 })} ({t('form.responses')}: {formatNumber(row.responses, lang)})</p>;
  return (
    <DataTable
      caption={`${t('report.evaluation')} (${t('form.responses')}: ${formatNumber(row.responses, lang)})`}
      download={false}
      rows={objectives.map((text, i) => ({ i, text, mean: row.means[`objective:${i + 1}`] ?? null }))}
      rowKey={(r) => r.i}
      columns={[
        { key: 'o', header: t('act.objectives'), rowHeader: true, cell: (r) => `${r.i + 1}. ${r.text}` },
        { key: 'mean', header: t('res.mean'), align: 'end', cell: (r) => formatNumber(r.mean, lang, 2) },
      ]}
    />
  );
}

/** /activities/rounds/:id/report — one printable page: objectives, tracks and attendance vs plan, evaluation per objective, observations, ITA before/after vs national. */
export function RoundReportPage() {
  const { t, lang, label } = useT();
  const roundId = Number(useParams().id);
  const dates = useRoundDates();
  const query = useQuery({ ...trpc.activity.round.queryOptions({ roundId }), enabled: Number.isInteger(roundId) && roundId > 0 });
  const compared = useQuery({ ...trpc.activity.compareRounds.queryOptions({ projectId: query.data?.projectId ?? 0 }), enabled: Boolean(query.data) });
  return (
    <QueryState query={query}>
      {(round) => (
        <article className="page report act-report">
          <p className="eyebrow">{round.project.nameTh}</p>
          <h1>
            {t('report.title', { no: formatNumber(round.roundNo, lang) })} {round.isDemo ? <DemoBadge /> : null}
          </h1>
          <p>
            {label(round.activity.nameTh, round.activity.nameEn)} · {dates(round.startDate, round.endDate)} · {round.venue ?? '–'} · {round.groupsTh} (
            {t('act.provinceCount', { n: formatNumber(round.provinces.length, lang) })})
          </p>
          <div className="report-toolbar no-print">
            <AppLink to={`/activities/rounds/${round.id}`}>← {t('act.roundNo', { no: formatNumber(round.roundNo, lang) })}</AppLink>
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('act.print')}
            </button>
          </div>
          <h2>{t('act.objectives')}</h2>
          <ol className="small">
            {round.project.objectivesTh.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ol>
          <h2>{t('act.tracks')}</h2>
          <TracksTable round={round} />
          {round.jointSessionTh ? (
            <p className="small">
              {t('act.joint')}: {round.jointSessionTh}
            </p>
          ) : null}
          <h2>{t('report.evaluation')}</h2>
          <EvaluationTable objectives={round.project.objectivesTh} compared={compared.data} roundId={round.id} />
          <h2>{t('act.observations')}</h2>
          {round.observations.length ? (
            <ul className="small">
              {round.observations.map((o) => (
                <li key={o.id}>{o.noteTh}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('act.noObservations')}</p>
          )}
          <div className="act-report-ita">
            <div>
              <BeforeAfterPanel ba={round.beforeAfter} />
              {round.provinces.length ? (
                <RoundProvincesTable
                  provinces={round.provinces}
                  beforeYear={round.beforeAfter.beforeYear}
                  afterYear={round.beforeAfter.afterYear}
                  caption={t('act.ba.provinceTable')}
                  download={false}
                />
              ) : null}
            </div>
            {round.provinces.length ? <RoundMap provinces={round.provinces} beforeYear={round.beforeAfter.beforeYear} afterYear={round.beforeAfter.afterYear} maxWidth={240} /> : null}
          </div>
        </article>
      )}
    </QueryState>
  );
}

/** /activities/projects/:id/report — the project across its rounds. */
export function ProjectReportPage() {
  const { t, lang } = useT();
  const projectId = Number(useParams().id);
  const dates = useRoundDates();
  const query = useQuery({ ...trpc.activity.project.queryOptions({ projectId }), enabled: Number.isInteger(projectId) && projectId > 0 });
  const compared = useQuery({ ...trpc.activity.compareRounds.queryOptions({ projectId }), enabled: Number.isInteger(projectId) && projectId > 0 });
  return (
    <QueryState query={query}>
      {(project) => {
        const rounds = project.activities.flatMap((a) => a.rounds);
        return (
          <article className="page report act-report">
            <p className="eyebrow">{project.ownerTh}</p>
            <h1>
              {t('report.project')} {project.isDemo ? <DemoBadge /> : null}
            </h1>
            <p>{project.nameTh}</p>
            <div className="report-toolbar no-print">
              <AppLink to="/activities">{t('act.backToList')}</AppLink>
              <button type="button" className="btn" onClick={() => window.print()}>
                {t('act.print')}
              </button>
            </div>
            {project.plannedRounds ? <p>{t('act.plannedRounds', { n: formatNumber(project.plannedRounds, lang), recorded: formatNumber(rounds.length, lang) })}</p> : null}
            <DataTable
              caption={t('act.roundsTable')}
              download={`project-${project.id}-rounds`}
              rows={rounds}
              rowKey={(r) => r.id}
              columns={[
                { key: 'no', header: t('act.no'), rowHeader: true, value: (r) => r.roundNo, cell: (r) => formatNumber(r.roundNo, lang) },
                { key: 'dates', header: t('act.dates'), value: (r) => r.startDate, cell: (r) => dates(r.startDate, r.endDate) },
                { key: 'provinces', header: t('act.provinces'), align: 'end', value: (r) => r.provinces.length, cell: (r) => formatNumber(r.provinces.length, lang) },
                {
                  key: 'attendance',
                  header: `${t('act.actual')} / ${t('act.plannedAbout')}`,
                  align: 'end',
                  cell: (r) => {
                    const actual = r.tracks.some((x) => x.actual !== null) ? r.tracks.reduce((s, x) => s + (x.actual ?? 0), 0) : null;
                    const planned = r.tracks.reduce((s, x) => s + (x.plannedAbout ?? 0), 0);
                    return `${actual === null ? t('act.notRecorded') : formatNumber(actual, lang)} / ${formatNumber(planned, lang)}`;
                  },
                },
                {
                  key: 'responses',
                  header: t('form.responses'),
                  align: 'end',
                  cell: (r) => formatNumber(compared.data?.rounds.find((c) => c.roundId === r.id)?.responses ?? 0, lang),
                },
                {
                  key: 'ita',
                  header: `${t('act.ba.provinces')} / ${t('act.ba.national')} (${t('act.ba.change')})`,
                  cell: (r) =>
                    r.beforeAfter.available
                      ? `${formatChange(r.beforeAfter.provinces.change, lang, 2)} / ${formatChange(r.beforeAfter.national.change, lang, 2)}`
                      : t('act.ba.notAvailable'),
                },
              ]}
            />
            {compared.data && compared.data.rounds.length ? (
              <DataTable
                caption={t('res.compareTable')}
                download={`project-${project.id}-evaluation`}
                rows={compared.data.sources}
                rowKey={(s) => s}
                columns={[
                  { key: 'source', header: t('res.question'), rowHeader: true, cell: (s) => { const src = sourceOf(s); return src ? t(`res.source.${src.kind}`, { n: src.n }) : s; } },
                  ...compared.data.rounds.map((r) => ({
                    key: `r${r.roundId}`,
                    header: t('act.roundNo', { no: formatNumber(r.roundNo, lang) }),
                    align: 'end' as const,
                    cell: (s: string) => (r.hidden ? t('res.hidden', { min: 5 }) : formatNumber(r.means[s] ?? null, lang, 2)),
                  })),
                ]}
              />
            ) : (
              <p className="muted">{t('res.noCompare')}</p>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}
