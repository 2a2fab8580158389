import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatValueYear } from '../../lib/format';
import { trpc } from '../../trpc';
import { ErrorText } from '../ui/ErrorText';
import { TextField } from '../ui/TextField';

type Value = {
  year: number;
  coverage: { n: number; N: number } | null;
  provisional: boolean;
  publication: { id: number; version: number; reason: string } | null;
};

/** The secretariat publishes a provisional figure with a reason, or withdraws that publication (both audited). */
export function ProvisionalPanel({ indicatorCode, yearKind, values }: { indicatorCode: string; yearKind: 'fiscal' | 'edition'; values: readonly Value[] }) {
  const { t, lang, cal } = useT();
  const pending = values.filter((v) => v.provisional || v.publication);
  if (pending.length === 0) return null;
  return (
    <div className="provisional-panel">
      <h3>{t('coverage.publishTitle')}</h3>
      {pending.map((v) => (
        <ProvisionalRow
          key={v.year}
          indicatorCode={indicatorCode}
          value={v}
          yearLabel={formatValueYear(v.year, yearKind, cal)}
          nOfN={v.coverage ? t('coverage.nOfN', { n: formatNumber(v.coverage.n, lang), of: formatNumber(v.coverage.N, lang) }) : ''}
        />
      ))}
    </div>
  );
}

function ProvisionalRow({ indicatorCode, value, yearLabel, nOfN }: { indicatorCode: string; value: Value; yearLabel: string; nOfN: string }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const publish = useMutation(trpc.planAdmin.publishProvisional.mutationOptions({ onSuccess: () => setReason('') }));
  const withdraw = useMutation(trpc.planAdmin.withdrawProvisional.mutationOptions({ onSuccess: () => setReason('') }));
  const id = `prov-${value.year}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.publication) withdraw.mutate({ id: value.publication.id, version: value.publication.version, reason });
        else publish.mutate({ indicatorCode, year: value.year, reason });
      }}
    >
      <p className="small">{t('coverage.publishHint', { year: yearLabel, nOfN })}</p>
      <TextField id={id} label={t('coverage.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="btn btn-secondary" disabled={publish.isPending || withdraw.isPending}>
        {value.publication ? t('coverage.withdraw') : t('coverage.publish')}
      </button>
      <ErrorText error={publish.error ?? withdraw.error} />
    </form>
  );
}
