import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS, type AgencyType } from '../../shared/domain';
import { AssignmentForm } from '../components/reporting/AssignmentForm';
import { PeriodForm } from '../components/reporting/PeriodForm';
import { AdminNav } from '../components/ui/AdminNav';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { formatDate, formatNumber, formatYear } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import { ErrorText } from '../components/ui/ErrorText';

type Period = RouterOutputs['period']['list'][number];
type Assignment = RouterOutputs['assignment']['list'][number];

/** /admin/periods — reporting periods (open, deadline, lock) and who reports which indicator. */
export function AdminPeriodsPage() {
  const { t, lang, cal, label } = useT();
  const periods = useQuery(trpc.period.list.queryOptions());
  const assignments = useQuery(trpc.assignment.list.queryOptions({}));
  const update = useMutation(trpc.period.update.mutationOptions());
  const remove = useMutation(trpc.assignment.delete.mutationOptions());
  const [editing, setEditing] = useState<Period | null>(null);
  const target = (a: Assignment) =>
    a.agencyId
      ? `${a.agencyCode} ${label(a.agencyNameTh ?? '', a.agencyNameEn)}`
      : [a.agencyType ? label(AGENCY_TYPE_LABELS[a.agencyType as AgencyType] ?? a.agencyType) : null, a.agencyLevel ? label(LEVEL_LABELS[a.agencyLevel]) : null].filter(Boolean).join(' · ');
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('period.title')}</h1>
      <ErrorText as="p" error={update.error} />
      <QueryState query={periods}>
        {(rows) => (
          <DataTable<Period>
            caption={t('period.title')}
            rows={rows}
            rowKey={(p) => p.id}
            download={false}
            columns={[
              { key: 'year', header: t('period.year'), rowHeader: true, cell: (p) => formatYear(p.year, cal) },
              { key: 'opens', header: t('period.opensOn'), cell: (p) => formatDate(p.opensOn, lang, cal) },
              { key: 'deadline', header: t('period.deadline'), cell: (p) => formatDate(p.deadline, lang, cal) },
              { key: 'reminders', header: t('period.reminderDaysShort'), cell: (p) => p.reminderDays.join(', ') },
              { key: 'state', header: t('period.state'), cell: (p) => t(`reporting.periodState.${p.state}`) },
              {
                key: 'actions',
                header: t('review.actions'),
                cell: (p) => (
                  <span className="inline-actions">
                    <button type="button" className="btn btn-secondary" onClick={() => setEditing(p)}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-secondary"
                      onClick={() => {
                        if (window.confirm(t(p.locked ? 'period.confirmUnlock' : 'period.confirmLock', { year: p.year }))) {
                          update.mutate({ id: p.id, version: p.version, opensOn: p.opensOn, deadline: p.deadline, locked: !p.locked });
                        }
                      }}
                    >
                      {p.locked ? t('period.unlockAction') : t('period.lockAction')}
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Section id="pf-h" className="card" title={editing ? `${t('common.edit')} ${formatYear(editing.year, cal)}` : t('period.new')}>
        <PeriodForm key={editing ? `${editing.id}-${editing.version}` : 'new'} period={editing} onDone={() => setEditing(null)} />
      </Section>
      <h2>{t('assignment.title')}</h2>
      <QueryState query={assignments}>
        {(rows) => (
          <DataTable<Assignment>
            caption={t('assignment.title')}
            rows={rows}
            rowKey={(a) => a.id}
            download={false}
            columns={[
              { key: 'indicator', header: t('assignment.indicator'), rowHeader: true, cell: (a) => `${a.indicatorCode} ${label(a.indicatorNameTh, a.indicatorNameEn)}` },
              { key: 'target', header: t('assignment.target'), cell: target },
              { key: 'count', header: t('assignment.count'), align: 'end', cell: (a) => formatNumber(a.agencyCount, lang) },
              {
                key: 'actions',
                header: t('review.actions'),
                cell: (a) => (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => {
                      if (window.confirm(t('assignment.confirmDelete', { n: a.agencyCount }))) remove.mutate({ id: a.id, version: a.version });
                    }}
                  >
                    {t('common.delete')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Section id="asf-h" className="card" title={t('assignment.new')}>
        <AssignmentForm />
      </Section>
    </div>
  );
}
