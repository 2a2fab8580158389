import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PagedTable } from '../components/ui/PagedTable';
import { DateField } from '../components/ui/DateField';
import { SelectField } from '../components/ui/SelectField';
import { TextField } from '../components/ui/TextField';
import { usePaging } from '../hooks/use-paging';
import { useDebounced } from '../hooks/use-debounced';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { actionText, type AuditContext, type AuditNames } from '../lib/audit-format';
import { downloadCsv } from '../lib/download';
import { formatDate } from '../lib/format';
import { ENTITIES } from '../../shared/domain';
import { DateSchema } from '../../shared/schemas/common';
import type { MessageKey } from '../i18n';
import { queryClient, trpc, type RouterInputs, type RouterOutputs } from '../trpc';
import { ChangeList, changesText } from '../components/audit/ChangeList';

type Row = RouterOutputs['audit']['list']['rows'][number];
type Filters = Exclude<RouterInputs['audit']['list'], undefined>;
const NO_NAMES: AuditNames = { agencies: [], indicators: [], users: [] };
/** The CSV holds at most this many rows (20 pages of the list's largest page). */
const CSV_MAX_ROWS = 10_000;
const validDate = (v: string | null) => (v && DateSchema.safeParse(v).success ? v : undefined);

/** /audit — the append-only trail in words: who did what to which record, and when. */
export function AuditPage() {
  const { t, lang, cal } = useT();
  const entityName = (e: string) => ((ENTITIES as readonly string[]).includes(e) ? t(`entity.${e}` as MessageKey) : e);
  const [entity, setEntity] = useSearchParam('entity');
  const [action, setAction] = useSearchParam('action');
  const [user, setUser] = useSearchParam('user');
  const [q, setQ] = useSearchParam('q');
  const [from, setFrom] = useSearchParam('from');
  const [to, setTo] = useSearchParam('to');
  const search = useDebounced(q ?? '', 300);
  const paging = usePaging([entity, action, user, search, from, to]);
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const filters: Filters = {
    entity: entity ?? undefined,
    action: action ?? undefined,
    userId: user ? Number(user) : undefined,
    search: search.trim() || undefined,
    from: validDate(from),
    to: validDate(to),
    limit: paging.limit,
    offset: paging.offset,
  };
  const list = useQuery(trpc.audit.list.queryOptions(filters));
  const ctx: AuditContext = { lang, cal, names: list.data?.names ?? NO_NAMES };
  const at = (iso: string) => `${formatDate(iso, lang, cal)} ${iso.slice(11, 19)}`;
  const who = (r: Row) => (r.userDisplayName ? `${r.userDisplayName} (${r.username})` : t('audit.system'));
  const what = (r: Row) => `${entityName(r.entity)} ${r.entityLabel || `#${r.entityId}`}`;
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filters">
        <SelectField
          id="au-user"
          label={t('audit.who')}
          empty={t('audit.any')}
          options={(facets.data?.users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          value={user}
          onChange={setUser}
        />
        <SelectField
          id="au-entity"
          label={t('audit.what')}
          empty={t('audit.any')}
          options={(facets.data?.entities ?? []).map((e) => ({ value: e, label: entityName(e) }))}
          value={entity}
          onChange={setEntity}
        />
        <SelectField
          id="au-action"
          label={t('audit.action')}
          empty={t('audit.any')}
          options={(facets.data?.actions ?? []).map((a) => ({ value: a, label: actionText(a, lang) }))}
          value={action}
          onChange={setAction}
        />
        <TextField id="au-q" label={t('audit.search')} hint={t('audit.searchHint')} type="search" value={q ?? ''} onChange={(e) => setQ(e.target.value || null)} />
        <DateField id="au-from" label={t('audit.from')} value={from ?? ''} onChange={(e) => setFrom(e.target.value || null)} />
        <DateField id="au-to" label={t('audit.to')} value={to ?? ''} onChange={(e) => setTo(e.target.value || null)} />
      </div>
      <CsvDownload
        filters={filters}
        toRow={(r, names) => {
          const rowCtx = { ...ctx, names, yesNo: r.yesNo };
          return [r.at, at(r.at), who(r), actionText(r.action, lang), what(r), changesText(r.changes, rowCtx), r.reason ?? ''];
        }}
        headers={['ISO', t('audit.at'), t('audit.user'), t('audit.action'), t('audit.entity'), t('audit.change'), t('audit.reason')]}
      />
      <PagedTable<Row>
        query={list}
        paging={paging}
        caption={t('audit.title')}
        rowKey={(r) => r.id}
        download={false}
        columns={[
          { key: 'at', header: t('audit.at'), rowHeader: true, cell: (r) => at(r.at), value: (r) => r.at },
          { key: 'user', header: t('audit.user'), cell: who },
          { key: 'action', header: t('audit.action'), cell: (r) => <span title={r.action}>{actionText(r.action, lang)}</span> },
          { key: 'entity', header: t('audit.entity'), cell: what },
          { key: 'change', header: t('audit.change'), cell: (r) => <ChangeList changes={r.changes} ctx={{ ...ctx, yesNo: r.yesNo }} />, value: (r) => changesText(r.changes, { ...ctx, yesNo: r.yesNo }) },
          { key: 'reason', header: t('audit.reason'), cell: (r) => r.reason ?? '' },
        ]}
      />
    </div>
  );
}

/** Every row under the filters as CSV (UTF-8 with BOM for Excel), in words, fetched page by page. */
function CsvDownload({ filters, toRow, headers }: { filters: Filters; toRow: (r: Row, names: AuditNames) => string[]; headers: string[] }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [capped, setCapped] = useState<number | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const rows: string[][] = [];
      let total = Infinity;
      for (let offset = 0; offset < Math.min(total, CSV_MAX_ROWS); offset += 500) {
        const page = await queryClient.fetchQuery(trpc.audit.list.queryOptions({ ...filters, limit: 500, offset }));
        total = page.total;
        rows.push(...page.rows.map((r) => toRow(r, page.names)));
      }
      setCapped(total > CSV_MAX_ROWS ? CSV_MAX_ROWS : null);
      downloadCsv({ headers, rows }, `audit-${new Date().toISOString().slice(0, 10)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="table-actions">
      <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void run()}>
        {busy ? t('audit.csvPreparing') : t('audit.csv')}
      </button>
      {capped ? <span className="muted">{t('audit.csvCapped', { n: capped })}</span> : null}
    </div>
  );
}
