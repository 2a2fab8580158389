import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { sourceOf } from '../components/activities/activity-format';
import { AppLink } from '../components/ui/AppLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatNumber } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/activities/activities.css';

type Results = RouterOutputs['activity']['formResults'];
type Slice = Results['questions'][number]['byTrack'][number];

/** /activities/forms/:id/results — responses vs attendance, per question, per track and sub-group, comments. */
export function FormResultsPage() {
  const { t, lang, label } = useT();
  const formId = Number(useParams().id);
  const query = useQuery({ ...trpc.activity.formResults.queryOptions({ formId }), enabled: Number.isInteger(formId) && formId > 0 });
  const mean = (v: number | null) => formatNumber(v, lang, 2);
  const slice = (s: Slice | undefined, min: number) => (!s ? '–' : s.hidden ? <span className="muted">{t('res.hidden', { min })}</span> : `${mean(s.mean)} (n = ${formatNumber(s.n, lang)})`);
  const questionLabel = (q: Results['questions'][number]) => {
    const src = sourceOf(q.source);
    return `${formatNumber(q.sortNo, lang)}. ${src ? `${t(`res.source.${src.kind}`, { n: src.n })}: ` : ''}${lang === 'th' ? q.textTh : q.textEn}`;
  };
  /** In the breakdown tables: the number and what it measures, not the whole wording. */
  const questionShort = (q: Results['questions'][number]) => {
    const src = sourceOf(q.source);
    const text = lang === 'th' ? q.textTh : q.textEn;
    return `${formatNumber(q.sortNo, lang)}. ${src ? t(`res.source.${src.kind}`, { n: src.n }) : text}`;
  };
  return (
    <div className="activities">
      <QueryState query={query}>
        {(r) => {
          const min = r.minForBreakdown;
          const roundId = r.form.roundId;
          return (
            <>
              <p>
                <AppLink to={`/activities/rounds/${roundId}`}>← {t('act.roundNo', { no: formatNumber(r.form.round.roundNo, lang) })}</AppLink>
              </p>
              <h1>{t('res.title', { title: r.form.titleTh })}</h1>
              <p data-testid="results-summary">
                {t('res.summary', { n: formatNumber(r.responses, lang), attendance: r.attendance === null ? t('act.notRecorded') : formatNumber(r.attendance, lang) })} ·{' '}
                {t(`form.state.${r.form.state}`)}
              </p>
              <p className="small muted">{t('res.hiddenNote', { min })}</p>
              <p className="act-toolbar">
                {t('res.download')}: <a href={`/download/forms/${r.form.id}/responses.csv?lang=${lang}`}>CSV</a>
                <a href={`/download/forms/${r.form.id}/responses.xlsx?lang=${lang}`}>XLSX</a>
              </p>
              <Section id="res-q-h" className="card" title={t('res.questionsTable')}>
                <DataTable
                  caption={t('res.questionsTable')}
                  hideCaption
                  download={`form-${r.form.id}-questions`}
                  rows={r.questions}
                  rowKey={(q) => q.id}
                  columns={[
                    { key: 'q', header: t('res.question'), rowHeader: true, value: (q) => questionLabel(q), cell: (q) => questionLabel(q) },
                    { key: 'n', header: t('res.n'), align: 'end', value: (q) => q.all.n, cell: (q) => formatNumber(q.all.n, lang) },
                    { key: 'mean', header: t('res.mean'), align: 'end', value: (q) => q.all.mean, cell: (q) => mean(q.all.mean) },
                    { key: 'dist', header: t('res.distribution'), value: (q) => q.all.distribution.join(' / '), cell: (q) => q.all.distribution.map((n) => formatNumber(n, lang)).join(' / ') },
                  ]}
                />
              </Section>
              <Section id="res-att-h" className="card" title={t('res.responsesVsAttendance')}>
                <DataTable
                  caption={t('res.responsesTable')}
                  download={false}
                  rows={r.tracks.flatMap((tr) => [
                    { key: `t${tr.id}`, name: label(tr.titleTh, tr.titleEn), responses: tr.responses, attendance: tr.attendance, strong: true },
                    ...tr.audiences.map((a) => ({ key: `a${a.id}`, name: `· ${label(a.nameTh, a.nameEn)}`, responses: a.responses, attendance: a.actual, strong: false })),
                  ])}
                  rowKey={(x) => x.key}
                  columns={[
                    { key: 'name', header: t('act.audience'), rowHeader: true, cell: (x) => (x.strong ? <strong>{x.name}</strong> : x.name) },
                    { key: 'responses', header: t('form.responses'), align: 'end', cell: (x) => formatNumber(x.responses, lang) },
                    { key: 'attendance', header: t('act.actual'), align: 'end', cell: (x) => (x.attendance === null ? t('act.notRecorded') : formatNumber(x.attendance, lang)) },
                  ]}
                />
              </Section>
              {r.tracks.length ? (
                <Section id="res-track-h" className="card" title={t('res.byTrack')}>
                  <DataTable
                    caption={t('res.byTrackTable')}
                    hideCaption
                    download={false}
                    rows={r.questions}
                    rowKey={(q) => q.id}
                    columns={[
                      { key: 'q', header: t('res.question'), rowHeader: true, cell: (q) => questionShort(q) },
                      ...r.tracks.map((tr) => ({
                        key: `t${tr.id}`,
                        header: label(tr.titleTh, tr.titleEn),
                        align: 'end' as const,
                        cell: (q: Results['questions'][number]) => slice(q.byTrack.find((b) => b.trackId === tr.id), min),
                      })),
                    ]}
                  />
                  <h3>{t('res.byAudience')}</h3>
                  <DataTable
                    caption={t('res.byAudienceTable')}
                    hideCaption
                    download={false}
                    rows={r.questions}
                    rowKey={(q) => q.id}
                    columns={[
                      { key: 'q', header: t('res.question'), rowHeader: true, cell: (q) => questionShort(q) },
                      ...r.tracks.flatMap((tr) =>
                        tr.audiences.map((a) => ({
                          key: `a${a.id}`,
                          header: label(a.nameTh, a.nameEn),
                          align: 'end' as const,
                          cell: (q: Results['questions'][number]) => slice(q.byAudience.find((b) => b.audienceId === a.id), min),
                        })),
                      ),
                    ]}
                  />
                </Section>
              ) : null}
              <Section id="res-comments-h" className="card" title={t('res.comments')}>
                {r.comments.every((c) => c.answers.length === 0) ? (
                  <p className="muted">{t('res.noComments', { min })}</p>
                ) : (
                  r.comments.map((c) => (
                    <div key={c.id}>
                      <h3>{lang === 'th' ? c.textTh : c.textEn}</h3>
                      <ul>
                        {c.answers.map((a, i) => (
                          <li key={i}>{a}</li>
                        ))}
                      </ul>
                    </div>
                  ))
                )}
              </Section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
