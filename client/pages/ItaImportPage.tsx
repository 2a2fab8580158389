import { useMutation, useQuery } from '@tanstack/react-query';
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

type Report = RouterOutputs['ita']['import'];
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
  const imports = useQuery(trpc.ita.imports.queryOptions({}));
  const run = useMutation(
    trpc.ita.import.mutationOptions({
      onSuccess: (r) => {
        setReport(r);
        setErrorPage(0);
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
  const go = (dryRun: boolean) => {
    if (!file || effectiveYear === null) return;
    setError(null);
    // A year after the known rules carries the importer's choice; the server refuses it without one.
    const asked = knownItaRuleSet(effectiveYear) === null && ruleSet ? { ruleSet } : {};
    run.mutate({ year: effectiveYear, fileName: file.name, contentBase64: file.base64, dryRun, ...asked });
  };
  const needsRuleSet = effectiveYear !== null && knownItaRuleSet(effectiveYear) === null;
  const ruleSetLabel = (r: ItaRuleSet) =>
    t(`ita.rules.${r}`, { year: formatYear(r === 'bands-2565' ? ITA_RULES_CHANGE_YEAR - 1 : ITA_RULES_CHANGE_YEAR, cal) });
  const canCommit = report !== null && !report.committed && report.errorCount === 0 && report.year === effectiveYear && report.fileName === file?.name;

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
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" disabled={!file || effectiveYear === null || run.isPending} onClick={() => go(true)}>
            {t('ita.import.check')}
          </button>
          <button type="button" className="btn" disabled={!canCommit || run.isPending} onClick={() => go(false)}>
            {t('ita.import.commit', { year: effectiveYear === null ? '' : formatYear(effectiveYear, cal) })}
          </button>
        </div>
        {run.isPending ? <p role="status">{t('ita.import.working')}</p> : null}
        <ErrorText as="p" error={error} />
        {report ? <ImportReport report={report} errorPage={errorPage} setErrorPage={setErrorPage} /> : null}
      </Section>

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
                { key: 'hash', header: 'SHA-256', value: (r) => r.fileHash, cell: (r) => <code title={r.fileHash}>{r.fileHash.slice(0, 12)}…</code> },
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
  const diffList = (rows: NonNullable<Report['diff']>['addedList'], caption: string, name: string) =>
    rows.length ? (
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
    ) : null;
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
      {report.diff ? (
        <>
          <p data-testid="ita-import-diff">
            {t('ita.import.diff', {
              year,
              current: formatNumber(report.diff.currentRows, lang),
              added: formatNumber(report.diff.added, lang),
              changed: formatNumber(report.diff.changed, lang),
              removed: formatNumber(report.diff.removed, lang),
              unchanged: formatNumber(report.diff.unchanged, lang),
            })}
          </p>
          {report.diff.currentDemoRows > 0 ? <p className="muted">{t('ita.import.replacesDemo', { n: formatNumber(report.diff.currentDemoRows, lang) })}</p> : null}
          {Math.max(report.diff.added, report.diff.changed, report.diff.removed) > report.diff.listLimit ? (
            <p className="muted small">{t('ita.import.listLimit', { n: report.diff.listLimit })}</p>
          ) : null}
          {diffList(report.diff.changedList, t('ita.import.changed'), `ita-import-changed-${report.year}`)}
          {diffList(report.diff.addedList, t('ita.import.added'), `ita-import-added-${report.year}`)}
          {diffList(report.diff.removedList, t('ita.import.removed'), `ita-import-removed-${report.year}`)}
        </>
      ) : null}
    </div>
  );
}
