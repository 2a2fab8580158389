import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS } from '../../shared/domain';
import { ITA_IMPORT_COLUMNS, ITA_RULE_SETS, ITA_RULES_CHANGE_YEAR, ITA_RULES_KNOWN_TO_YEAR, knownItaRuleSet, type ItaRuleSet } from '../../shared/ita';
import { BackToIta } from '../components/ita/BackToIta';
import { useItaYear } from '../components/ita/use-ita-year';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { DataTable } from '../components/ui/DataTable';
import { DownloadLinks } from '../components/ui/DownloadLinks';
import { Pager } from '../components/ui/Pager';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SelectField } from '../components/ui/SelectField';
import { TextField } from '../components/ui/TextField';
import { useT } from '../hooks/use-prefs';
import { formatChange, formatDate, formatNumber, formatYear } from '../lib/format';
import { readFileBase64 } from '../lib/read-file';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/ita/ita.css';
import { ErrorText, useErrorText } from '../components/ui/ErrorText';
import { parseTypedYear } from '../lib/typed-year';

type Report = RouterOutputs['ita']['import'];
type Restore = RouterOutputs['ita']['restore'];
type Diff = NonNullable<Report['diff']>;
const ERRORS_PER_PAGE = 50;

/** /ita/import — admin: upload a year's results, check (dry run), then commit. */
export function ItaImportPage() {
  const { t, lang, cal, label } = useT();
  const { list } = useItaYear();
  const [year, setYear] = useState<string>('');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [ruleSet, setRuleSet] = useState<ItaRuleSet | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [errorPage, setErrorPage] = useState(0);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [confirmText, setConfirmText] = useState('');
  const [restoreOf, setRestoreOf] = useState<number | null>(null);
  const queryClient = useQueryClient();
  const imports = useQuery(trpc.ita.imports.queryOptions({}));
  const run = useMutation(
    trpc.ita.import.mutationOptions({
      onSuccess: (r) => {
        setReport(r);
        setErrorPage(0);
        setConfirmText('');
        if (r.committed) void queryClient.invalidateQueries();
      },
      onError: setError,
    }),
  );
  const effectiveYear = year === '' ? (list.at(-1) ?? null) : Number(year);
  const choose = async (f: File | undefined) => {
    setReport(null);
    setError(null);
    if (!f) return setFile(null);
    setFile({ name: f.name, base64: await readFileBase64(f) });
  };
  const confirmYear = parseTypedYear(confirmText, cal);
  const needsConfirm = report?.diff?.confirmationRequired === true && !report.committed;
  const go = (dryRun: boolean) => {
    if (!file || effectiveYear === null) return;
    setError(null);
    // A year after the known rules carries the importer's choice; the server refuses it without one.
    const asked = knownItaRuleSet(effectiveYear) === null && ruleSet ? { ruleSet } : {};
    run.mutate({
      year: effectiveYear,
      fileName: file.name,
      contentBase64: file.base64,
      dryRun,
      mode,
      ...asked,
      // The commit carries what its check was computed against; the server refuses anything else.
      ...(dryRun || !report ? {} : { basis: report.basis, ...(confirmYear === null ? {} : { confirmYear }) }),
    });
  };
  const needsRuleSet = effectiveYear !== null && knownItaRuleSet(effectiveYear) === null;
  const ruleSetLabel = (r: ItaRuleSet) =>
    t(`ita.rules.${r}`, { year: formatYear(r === 'bands-2565' ? ITA_RULES_CHANGE_YEAR - 1 : ITA_RULES_CHANGE_YEAR, cal) });
  const canCommit =
    report !== null &&
    !report.committed &&
    report.errorCount === 0 &&
    report.year === effectiveYear &&
    report.fileName === file?.name &&
    report.mode === mode &&
    (!needsConfirm || confirmYear === report.year);
  // The version before a just-committed import: undoing the import restores it.
  const previousVersion =
    report?.committed && imports.data ? imports.data.find((i) => i.year === report.year && i.id < report.importId && i.rowCount > 0)?.id ?? null : null;

  return (
    <div className="page ita">
      <BackToIta />
      <h1>{t('ita.import.title')}</h1>
      <p className="muted">{t('ita.import.intro')}</p>
      <Section id="imp-file-h" className="card ita-section" title={t('ita.import.fileTitle')}>
        <div className="filters">
          <TextField
            id="imp-year"
            label={t('ita.import.year')}
            hint={t('ita.import.yearHint')}
            type="number"
            min={2540}
            max={2600}
            value={year === '' ? (effectiveYear ?? '') : year}
            onChange={(e) => (setYear(e.target.value), setReport(null))}
          />
          <TextField id="imp-file" label={t('ita.import.file')} type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
          {needsRuleSet ? (
            <SelectField
              id="imp-rule-set"
              label={t('ita.import.ruleSet')}
              hint={t('ita.import.ruleSetHint', { year: formatYear(ITA_RULES_KNOWN_TO_YEAR, cal) })}
              empty={t('ita.import.ruleSetChoose')}
              options={ITA_RULE_SETS.filter((r) => r !== 'bands-2565').map((r) => ({ value: r, label: ruleSetLabel(r) }))}
              value={ruleSet}
              onChange={(v) => (setRuleSet(v as ItaRuleSet | null), setReport(null))}
            />
          ) : null}
        </div>
        <fieldset className="import-mode">
          <legend>{t('ita.import.mode')}</legend>
          {(['replace', 'merge'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="imp-mode" value={m} checked={mode === m} onChange={() => (setMode(m), setReport(null))} /> {t(`ita.import.modeHint.${m}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" disabled={!file || effectiveYear === null || run.isPending} onClick={() => go(true)}>
            {t('ita.import.check')}
          </button>
        </div>
        {run.isPending ? <p role="status">{t('ita.import.working')}</p> : null}
        {report ? <ImportReport report={report} errorPage={errorPage} setErrorPage={setErrorPage} /> : null}
        {needsConfirm && report ? (
          <TextField
            id="imp-confirm"
            label={t('ita.import.confirmLabel', { year: formatYear(report.year, cal) })}
            hint={t('ita.import.confirmHint')}
            inputMode="numeric"
            autoComplete="off"
            value={confirmText}
            onChange={(e) => setConfirmText(e.target.value)}
          />
        ) : null}
        {report && !report.committed && report.errorCount === 0 ? (
          <div className="form-actions">
            <button type="button" className={needsConfirm ? 'btn btn-danger' : 'btn'} disabled={!canCommit || run.isPending} onClick={() => go(false)}>
              {t(mode === 'merge' ? 'ita.import.commitMerge' : 'ita.import.commit', { year: formatYear(report.year, cal) })}
            </button>
          </div>
        ) : null}
        <ErrorText as="p" error={error} />
        {previousVersion !== null ? (
          <p>
            <button type="button" className="btn btn-secondary" onClick={() => setRestoreOf(previousVersion)}>
              {t('ita.import.undo')}
            </button>
          </p>
        ) : null}
      </Section>

      {restoreOf !== null ? (
        <RestorePanel
          key={restoreOf}
          importId={restoreOf}
          onClose={() => setRestoreOf(null)}
          onDone={() => {
            setReport(null);
            void queryClient.invalidateQueries();
          }}
        />
      ) : null}

      <Section id="imp-format-h" className="card ita-section" title={t('ita.import.formatTitle')}>
        <p>
          {t('ita.import.template')} <DownloadLinks file="ita-template" />
        </p>
        <p className="muted small">{t('ita.import.formatIntro')}</p>
        <DataTable
          caption={t('ita.import.columns')}
          download={false}
          rows={[...ITA_IMPORT_COLUMNS]}
          rowKey={(c) => c.key}
          columns={[
            { key: 'key', header: t('ita.import.colEnglish'), rowHeader: true, cell: (c) => <code>{c.key}</code> },
            { key: 'th', header: t('ita.import.colThai'), cell: (c) => c.th },
            { key: 'required', header: t('ita.import.colRequired'), cell: (c) => (c.required ? t('ita.yes') : '') },
            { key: 'desc', header: t('ita.import.colDescription'), cell: (c) => label(c.description) },
          ]}
        />
      </Section>

      <Section id="imp-log-h" className="card ita-section" title={t('ita.import.logTitle')}>
        <QueryState query={imports} isEmpty={(d) => d.length === 0}>
          {(rows) => (
            <DataTable
              caption={t('ita.import.logTitle')}
              download="ita-imports"
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                { key: 'when', header: t('ita.import.when'), rowHeader: true, value: (r) => r.createdAt, cell: (r) => formatDate(r.createdAt, lang, cal) },
                { key: 'year', header: t('ita.year'), value: (r) => r.year, cell: (r) => formatYear(r.year, cal) },
                {
                  key: 'file',
                  header: t('ita.import.file'),
                  value: (r) => r.fileName,
                  cell: (r) => (
                    <>
                      {r.fileName} {r.isDemo ? <DemoBadge /> : null}
                    </>
                  ),
                },
                { key: 'who', header: t('ita.import.who'), value: (r) => r.userDisplayName, cell: (r) => r.userDisplayName ?? (r.isDemo ? t('ita.import.generator') : '–') },
                { key: 'rows', header: t('ita.import.rows'), align: 'end', value: (r) => r.rowCount, cell: (r) => formatNumber(r.rowCount, lang) },
                {
                  key: 'ruleSet',
                  header: t('ita.import.ruleSet'),
                  value: (r) => r.ruleSet ?? knownItaRuleSet(r.year),
                  cell: (r) => {
                    const rs = (r.ruleSet as ItaRuleSet | null) ?? knownItaRuleSet(r.year);
                    return rs ? ruleSetLabel(rs) : '–';
                  },
                },
                {
                  key: 'diff',
                  header: t('ita.import.diffCols'),
                  value: (r) => `${r.added}/${r.changed}/${r.removed}`,
                  cell: (r) => `+${formatNumber(r.added, lang)} · ~${formatNumber(r.changed, lang)} · −${formatNumber(r.removed, lang)}`,
                },
                { key: 'mode', header: t('ita.import.modeCol'), value: (r) => r.mode, cell: (r) => versionLabel(r, t) },
                { key: 'hash', header: 'SHA-256', value: (r) => r.fileHash, cell: (r) => (r.fileHash ? <code title={r.fileHash}>{r.fileHash.slice(0, 12)}…</code> : '–') },
                {
                  key: 'restore',
                  header: t('ita.import.restoreCol'),
                  value: () => null,
                  cell: (r) =>
                    // The latest version of a year is the year itself: nothing to restore.
                    rows.find((x) => x.year === r.year)?.id === r.id ? (
                      t('ita.import.current')
                    ) : (
                      <button type="button" className="btn btn-secondary btn-small" onClick={() => setRestoreOf(r.id)}>
                        {t('ita.import.restore', { id: r.id })}
                      </button>
                    ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </div>
  );
}

function ImportReport({ report, errorPage, setErrorPage }: { report: Report; errorPage: number; setErrorPage: (p: number) => void }) {
  const { t, lang, cal, label } = useT();
  const word = useErrorText();
  const year = formatYear(report.year, cal);
  const errors = report.errors.slice(errorPage * ERRORS_PER_PAGE, (errorPage + 1) * ERRORS_PER_PAGE);
  return (
    <div className="ita-import-report" role="status" aria-live="polite" data-testid="ita-import-report">
      {report.committed ? (
        <p className="ok-text">
          {t('ita.import.done', { rows: formatNumber(report.validRows, lang), year })} <AppLink to={`/ita?year=${report.year}`}>{t('ita.import.view')}</AppLink>
        </p>
      ) : null}
      <p>
        {t('ita.import.summary', {
          file: report.fileName,
          rows: formatNumber(report.rowCount, lang),
          valid: formatNumber(report.validRows, lang),
          errors: formatNumber(report.errorCount, lang),
          passed: formatNumber(report.passed, lang),
        })}
      </p>
      {report.ignoredColumns.length ? <p className="muted small">{t('ita.import.ignored', { list: report.ignoredColumns.join(', ') })}</p> : null}
      {report.sameAsLatestImport ? <p className="muted">{t('ita.import.same')}</p> : null}
      {report.errorCount > 0 ? (
        <>
          <p className="error-text" role="alert">
            {t('ita.import.hasErrors', { n: formatNumber(report.errorCount, lang) })}
          </p>
          <DataTable
            caption={t('ita.import.errorsTable')}
            download={false}
            className="ita-import-errors"
            rows={errors}
            rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
            columns={[
              { key: 'row', header: t('ita.import.row'), rowHeader: true, align: 'end', cell: (e) => e.row },
              { key: 'column', header: t('ita.import.column'), cell: (e) => e.column || '–' },
              { key: 'value', header: t('ita.import.value'), cell: (e) => e.value || '–' },
              { key: 'reason', header: t('ita.import.reason'), cell: (e) => word(e) },
            ]}
          />
          <Pager offset={errorPage * ERRORS_PER_PAGE} limit={ERRORS_PER_PAGE} total={report.errors.length} onChange={(o) => setErrorPage(o / ERRORS_PER_PAGE)} />
        </>
      ) : null}
      {report.newAgencies.length ? (
        <DataTable
          caption={t('ita.import.newAgencies', { n: report.newAgencies.length })}
          download={false}
          rows={report.newAgencies}
          rowKey={(a) => a.code}
          columns={[
            { key: 'code', header: t('ita.code'), rowHeader: true, cell: (a) => a.code },
            { key: 'name', header: t('ita.agency'), cell: (a) => a.nameTh },
            { key: 'level', header: t('ita.level'), cell: (a) => label(LEVEL_LABELS[a.level]) },
            { key: 'type', header: t('ita.type'), cell: (a) => label(AGENCY_TYPE_LABELS[a.type]) },
            { key: 'province', header: t('ita.province'), cell: (a) => a.provinceCode ?? '–' },
          ]}
        />
      ) : null}
      {report.diff ? <DiffView diff={report.diff} year={report.year} committed={report.committed} /> : null}
    </div>
  );
}

type ImportLogRow = RouterOutputs['ita']['imports'][number];

function versionLabel(r: ImportLogRow, t: ReturnType<typeof useT>['t']): string {
  if (r.mode === 'restore' && r.restoredFromId !== null) return t('ita.import.mode.restoreOf', { id: r.restoredFromId });
  return `${t(`ita.import.mode.${r.mode}`)} · #${r.id}`;
}

/** What a commit changes: counts, removals and changes as warnings, and the lists. */
function DiffView({ diff, year: be, committed }: { diff: Diff; year: number; committed: boolean }) {
  const { t, lang, cal } = useT();
  const year = formatYear(be, cal);
  const diffList = (rows: Diff['addedList'], caption: string, name: string, count: number, warn: boolean) =>
    rows.length ? (
      <details className={warn ? 'import-list import-warning-list' : 'import-list'}>
        <summary>{t('ita.import.listSummary', { caption, n: formatNumber(count, lang) })}</summary>
      <DataTable
        caption={caption}
        download={name}
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { key: 'code', header: t('ita.code'), rowHeader: true, cell: (r) => r.code },
          { key: 'name', header: t('ita.agency'), cell: (r) => r.nameTh },
          { key: 'before', header: t('ita.import.before'), align: 'end', value: (r) => r.before, cell: (r) => formatNumber(r.before, lang, 2) },
          { key: 'after', header: t('ita.import.after'), align: 'end', value: (r) => r.after, cell: (r) => formatNumber(r.after, lang, 2) },
          {
            key: 'change',
            header: t('ita.change'),
            align: 'end',
            value: (r) => (r.before !== null && r.after !== null ? Math.round((r.after - r.before) * 100) / 100 : null),
            cell: (r) => (r.before !== null && r.after !== null ? formatChange(r.after - r.before, lang, 2) : '–'),
          },
        ]}
      />
      </details>
    ) : null;
  const n = (x: number) => formatNumber(x, lang);
  return (
    <>
      <p data-testid="ita-import-diff">
        {t(diff.mode === 'merge' ? 'ita.import.diffMerge' : 'ita.import.diff', {
          year,
          current: n(diff.currentRows),
          added: n(diff.added),
          changed: n(diff.changed),
          removed: n(diff.removed),
          unchanged: n(diff.unchanged),
          kept: n(diff.kept),
          after: n(diff.rowsAfter),
        })}
      </p>
      {!committed && diff.removed > 0 ? (
        <p className="import-warning" role="alert" data-testid="ita-import-removals">
          {t('ita.import.warnRemoved', { removed: n(diff.removed), current: n(diff.currentRows), after: n(diff.rowsAfter), year })}
        </p>
      ) : null}
      {!committed && diff.confirmationRequired && diff.removed === 0 ? (
        <p className="import-warning" role="alert">
          {t('ita.import.warnChanged', { changed: n(diff.changed), current: n(diff.currentRows), year })}
        </p>
      ) : null}
      {diff.currentDemoRows > 0 && !committed ? <p className="muted">{t('ita.import.replacesDemo', { n: n(diff.currentDemoRows) })}</p> : null}
      {Math.max(diff.added, diff.changed, diff.removed) > diff.listLimit ? <p className="muted small">{t('ita.import.listLimit', { n: diff.listLimit })}</p> : null}
      {diffList(diff.removedList, t('ita.import.removed'), `ita-import-removed-${be}`, diff.removed, diff.removed > 0 && !committed)}
      {diffList(diff.changedList, t('ita.import.changed'), `ita-import-changed-${be}`, diff.changed, diff.confirmationRequired && !committed)}
      {diffList(diff.addedList, t('ita.import.added'), `ita-import-added-${be}`, diff.added, false)}
    </>
  );
}

/** View a kept version against the year now, and bring it back (confirmed on the server). */
function RestorePanel({ importId, onClose, onDone }: { importId: number; onClose: () => void; onDone: () => void }) {
  const { t, lang, cal } = useT();
  const [confirmText, setConfirmText] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<Restore | null>(null);
  const preview = useQuery({ ...trpc.ita.version.queryOptions({ importId }), enabled: done === null });
  const commit = useMutation(
    trpc.ita.restore.mutationOptions({
      onSuccess: (r) => {
        setDone(r);
        onDone();
      },
    }),
  );
  const confirmYear = parseTypedYear(confirmText, cal);
  return (
    <Section id="imp-restore-h" className="card ita-section" title={t('ita.import.restoreTitle', { id: importId })}>
      <QueryState query={preview}>
        {(p) => {
          const year = formatYear(p.source.year, cal);
          const needsConfirm = p.diff.confirmationRequired;
          return (
            <div data-testid="ita-restore">
              <p>
                {t('ita.import.restoreIntro', {
                  file: p.source.fileName || '–',
                  when: formatDate(p.source.createdAt, lang, cal),
                  rows: formatNumber(p.source.rowCount, lang),
                  year,
                })}
              </p>
              {p.isCurrent && !done ? <p className="muted">{t('ita.import.isCurrent')}</p> : null}
              <DiffView diff={(done ?? p).diff} year={p.source.year} committed={done !== null} />
              {done ? (
                <p className="ok-text" role="status">
                  {t('ita.import.restored', { year, id: importId })}
                </p>
              ) : (
                <>
                  {needsConfirm ? (
                    <TextField
                      id="restore-confirm"
                      label={t('ita.import.confirmLabel', { year })}
                      hint={t('ita.import.confirmHint')}
                      inputMode="numeric"
                      autoComplete="off"
                      value={confirmText}
                      onChange={(e) => setConfirmText(e.target.value)}
                    />
                  ) : null}
                  <TextField id="restore-reason" label={t('ita.import.restoreReason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
                  <div className="form-actions">
                    <button
                      type="button"
                      className="btn btn-danger"
                      disabled={commit.isPending || p.isCurrent || (needsConfirm && confirmYear !== p.source.year)}
                      onClick={() =>
                        commit.mutate({
                          importId,
                          basis: p.basis,
                          ...(confirmYear === null ? {} : { confirmYear }),
                          ...(reason.trim() ? { reason: reason.trim() } : {}),
                        })
                      }
                    >
                      {t('ita.import.restoreCommit', { year })}
                    </button>
                    <button type="button" className="btn btn-secondary" onClick={onClose}>
                      {t('ita.import.close')}
                    </button>
                  </div>
                  <ErrorText as="p" error={commit.error} />
                </>
              )}
            </div>
          );
        }}
      </QueryState>
    </Section>
  );
}
