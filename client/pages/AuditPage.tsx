import { useQuery } from '@tanstack/react-query';
import { PagedTable } from '../components/ui/PagedTable';
import { SelectField } from '../components/ui/SelectField';
import { TextField } from '../components/ui/TextField';
import { usePaging } from '../hooks/use-paging';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { ENTITIES } from '../../shared/domain';
import type { MessageKey } from '../i18n';
import { trpc, type RouterOutputs } from '../trpc';
import { ChangeList, changesText } from '../components/audit/ChangeList';

type Row = RouterOutputs['audit']['list']['rows'][number];
const asOptions = (values: readonly string[] | undefined) => (values ?? []).map((v) => ({ value: v, label: v }));

/** /audit — the append-only trail, filtered by record, user, action and date. */
export function AuditPage() {
  const { t, lang, cal } = useT();
  const entityName = (e: string) => ((ENTITIES as readonly string[]).includes(e) ? t(`entity.${e}` as MessageKey) : e);
  const [entity, setEntity] = useSearchParam('entity');
  const [action, setAction] = useSearchParam('action');
  const [user, setUser] = useSearchParam('user');
  const [from, setFrom] = useSearchParam('from');
  const [to, setTo] = useSearchParam('to');
  const paging = usePaging([entity, action, user, from, to]);
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const list = useQuery(
    trpc.audit.list.queryOptions({
      entity: entity ?? undefined,
      action: action ?? undefined,
      userId: user ? Number(user) : undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      limit: paging.limit,
      offset: paging.offset,
    }),
  );
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filters">
        <SelectField id="au-entity" label={t('audit.entity')} empty={t('audit.any')} options={asOptions(facets.data?.entities)} value={entity} onChange={setEntity} />
        <SelectField id="au-action" label={t('audit.action')} empty={t('audit.any')} options={asOptions(facets.data?.actions)} value={action} onChange={setAction} />
        <SelectField
          id="au-user"
          label={t('audit.user')}
          empty={t('audit.any')}
          options={(facets.data?.users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          value={user}
          onChange={setUser}
        />
        <TextField id="au-from" label={t('audit.from')} type="date" value={from ?? ''} onChange={(e) => setFrom(e.target.value || null)} />
        <TextField id="au-to" label={t('audit.to')} type="date" value={to ?? ''} onChange={(e) => setTo(e.target.value || null)} />
      </div>
      <PagedTable<Row>
        query={list}
        paging={paging}
        caption={t('audit.title')}
        rowKey={(r) => r.id}
        columns={[
          { key: 'at', header: t('audit.at'), rowHeader: true, cell: (r) => `${formatDate(r.at, lang, cal)} ${r.at.slice(11, 19)}`, value: (r) => r.at },
          { key: 'user', header: t('audit.user'), cell: (r) => r.userDisplayName ?? '–' },
          { key: 'action', header: t('audit.action'), cell: (r) => r.action },
          { key: 'entity', header: t('audit.entity'), cell: (r) => `${entityName(r.entity)} ${r.entityLabel || `#${r.entityId}`}` },
          { key: 'change', header: t('audit.change'), cell: (r) => <ChangeList changes={r.changes} />, value: (r) => changesText(r.changes) },
          { key: 'reason', header: t('audit.reason'), cell: (r) => r.reason ?? '' },
        ]}
      />
    </div>
  );
}
