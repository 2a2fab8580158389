import { STATUS_METHOD_LABELS, STATUS_METHODS, type StatusMethod } from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { EnumSelect } from '../ui/EnumSelect';

type Props = { id: string; value: StatusMethod | undefined; onChange: (method: StatusMethod | null) => void };

/** Which status method to apply to every indicator; empty keeps each indicator's own. */
export function MethodSelect({ id, value, onChange }: Props) {
  const { t } = useT();
  return (
    <EnumSelect
      id={id}
      name="method"
      label={t('status.method')}
      values={STATUS_METHODS}
      labels={STATUS_METHOD_LABELS}
      empty={t('compare.methodDefault')}
      value={value}
      onChange={onChange}
    />
  );
}
