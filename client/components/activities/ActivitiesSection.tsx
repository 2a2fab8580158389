import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatYear } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { RoundForm } from './RoundForm';
import { RoundProvincesTable, useRoundDates } from './RoundsTable';
import './activities.css';

type Activity = RouterOutputs['ita']['activities'][number];

/** The seminar activities and their rounds, each round's provinces before and after; admins add, edit and delete rounds. */
export function ActivitiesSection({ isAdmin, basisYear, provinces }: { isAdmin: boolean; basisYear: number | null; provinces: Parameters<typeof RoundForm>[0]['provinces'] }) {
  const { t, lang, cal, label } = useT();
  const query = useQuery(trpc.ita.activities.queryOptions());
  const [editing, setEditing] = useState<{ activity: Activity; round: Activity['rounds'][number] | null } | null>(null);
  const dates = useRoundDates();
  const remove = useMutation(trpc.ita.roundDelete.mutationOptions());
  return (
    <Section id="tg-act-h" className="card ita-section" title={t('ita.rounds.title')}>
      <p className="muted small">{t('ita.rounds.intro')}</p>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(activities) => (
          <>
            {activities.map((act) => (
              <div key={act.id} className="ita-activity">
                <h3>
                  {label(act)} {act.isExample ? <ExampleBadge /> : null}
                </h3>
                <p className="small muted">
                  {act.ownerTh}
                  {act.sourceNote ? ` · ${act.sourceNote}` : ''}
                </p>
                {act.rounds.map((r) => (
                  <div key={r.id} className="ita-round" data-round={r.roundNo}>
                    <h4>
                      {t('ita.rounds.roundNo', { no: r.roundNo })} — {dates(r.startDate, r.endDate)} {r.isExample ? <ExampleBadge /> : null}
                    </h4>
                    <p className="small">
                      {r.venue ?? '–'}
                      {r.note ? ` · ${r.note}` : ''}
                    </p>
                    <p className="small">
                      {t('ita.rounds.participants', {
                        planned: formatNumber(r.planned, lang),
                        actual: r.actual === null ? t('ita.rounds.notRecorded') : formatNumber(r.actual, lang),
                      })}{' '}
                      · {t('ita.rounds.evaluation')}: {r.evaluationScore === null ? t('ita.rounds.notRecorded') : formatNumber(r.evaluationScore, lang, 2)}
                      {r.basisYear ? ` · ${t('ita.rounds.basisYear')}: ${formatYear(r.basisYear, cal)}` : ''}
                    </p>
                    {r.targetGroups.length ? (
                      <ul className="small">
                        {r.targetGroups.map((g) => (
                          <li key={g.id}>
                            {label(g)}: {formatNumber(g.planned, lang)} / {g.actual === null ? '–' : formatNumber(g.actual, lang)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <RoundProvincesTable
                      provinces={r.provinces}
                      beforeYear={r.beforeYear}
                      afterYear={r.afterYear}
                      caption={t('ita.rounds.beforeAfterOf', { no: r.roundNo })}
                      download={`ita-round-${r.roundNo}`}
                    />
                    {isAdmin ? (
                      <div className="form-actions">
                        <button type="button" className="btn btn-secondary" onClick={() => setEditing({ activity: act, round: r })}>
                          {t('common.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-secondary"
                          disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(t('ita.rounds.confirmDelete', { no: r.roundNo }))) remove.mutate({ roundId: r.id, version: r.version });
                          }}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    ) : null}
                  </div>
                ))}
                {isAdmin && editing?.activity.id !== act.id ? (
                  <button type="button" className="btn" onClick={() => setEditing({ activity: act, round: null })}>
                    {t('ita.rounds.add')}
                  </button>
                ) : null}
                {isAdmin && editing?.activity.id === act.id ? (
                  <div className="card">
                    <h4>{editing.round ? t('ita.rounds.editTitle', { no: editing.round.roundNo }) : t('ita.rounds.add')}</h4>
                    <RoundForm
                      key={editing.round?.id ?? 'new'}
                      activityId={act.id}
                      round={editing.round}
                      nextRoundNo={Math.max(0, ...act.rounds.map((x) => x.roundNo)) + 1}
                      provinces={provinces}
                      basisYear={basisYear}
                      onDone={() => setEditing(null)}
                    />
                  </div>
                ) : null}
              </div>
            ))}
          </>
        )}
      </QueryState>
    </Section>
  );
}
