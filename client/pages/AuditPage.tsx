import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Pager } from '../components/ui/Pager';
import { RoleGate } from '../components/accounts/RoleGate';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';

type Row = RouterOutputs['audit']['list']['rows'][number];
const LIMIT = 50;
const json = (v: unknown) => (v === null || v === undefined ? '–' : JSON.stringify(v, null, 1));

/** /audit — the append-only trail, filtered by record, user, action and date. */
export function AuditPage() {
  const { t } = useT();
  return (
    <RoleGate allow="auditReaders" title={t('audit.title')}>
      <AuditContent />
    </RoleGate>
  );
}

function AuditContent() {
  const { t, lang, cal } = useT();
  const [entity, setEntity] = useSearchParam('entity');
  const [action, setAction] = useSearchParam('action');
  const [user, setUser] = useSearchParam('user');
  const [from, setFrom] = useSearchParam('from');
  const [to, setTo] = useSearchParam('to');
  const [offset, setOffset] = useState(0);
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const list = useQuery(
    trpc.audit.list.queryOptions({
      entity: entity ?? undefined,
      action: action ?? undefined,
      userId: user ? Number(user) : undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      limit: LIMIT,
      offset,
    }),
  );
  const filter = (set: (v: string | null) => void) => (e: { target: { value: string } }) => {
    set(e.target.value || null);
    setOffset(0);
  };
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor="au-entity">{t('audit.entity')}</label>
          <select id="au-entity" value={entity ?? ''} onChange={filter(setEntity)}>
            <option value="">{t('audit.any')}</option>
            {facets.data?.entities.map((e) => <option key={e}>{e}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="au-action">{t('audit.action')}</label>
          <select id="au-action" value={action ?? ''} onChange={filter(setAction)}>
            <option value="">{t('audit.any')}</option>
            {facets.data?.actions.map((a) => <option key={a}>{a}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="au-user">{t('audit.user')}</label>
          <select id="au-user" value={user ?? ''} onChange={filter(setUser)}>
            <option value="">{t('audit.any')}</option>
            {facets.data?.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.username})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="au-from">{t('audit.from')}</label>
          <input id="au-from" type="date" value={from ?? ''} onChange={filter(setFrom)} />
        </div>
        <div className="field">
          <label htmlFor="au-to">{t('audit.to')}</label>
          <input id="au-to" type="date" value={to ?? ''} onChange={filter(setTo)} />
        </div>
      </div>
      <QueryState query={list}>
        {(data) => (
          <>
            <DataTable<Row>
              caption={t('audit.title')}
              rows={data.rows}
              rowKey={(r) => r.id}
              columns={[
                { key: 'at', header: t('audit.at'), rowHeader: true, cell: (r) => `${formatDate(r.at, lang, cal)} ${r.at.slice(11, 19)}`, value: (r) => r.at },
                { key: 'user', header: t('audit.user'), cell: (r) => r.userDisplayName ?? '–' },
                { key: 'action', header: t('audit.action'), cell: (r) => r.action },
                { key: 'entity', header: t('audit.entity'), cell: (r) => `${r.entity} #${r.entityId}` },
                {
                  key: 'change',
                  header: t('audit.change'),
                  cell: (r) => (
                    <details>
                      <summary>{t('audit.change')}</summary>
                      <pre className="audit-json">
                        {json(r.before)}
                        {'\n→\n'}
                        {json(r.after)}
                      </pre>
                    </details>
                  ),
                  value: (r) => `${json(r.before)} → ${json(r.after)}`,
                },
              ]}
            />
            <Pager offset={offset} limit={LIMIT} total={data.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
    </div>
  );
}
