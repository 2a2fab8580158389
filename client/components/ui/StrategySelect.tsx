import { useT } from '../../hooks/use-prefs';
import { SelectField, type SelectFieldProps } from './SelectField';

/** The plan's five strategies (ยุทธศาสตร์ที่ ๑–๕). */
export const STRATEGY_NOS: readonly number[] = [1, 2, 3, 4, 5];

type Strategy = { no: number; titleTh: string; titleEn: string | null };

type Props = Omit<SelectFieldProps, 'options'> & {
  /** The strategies with their titles, when the page has them; else "Strategy 1" … "Strategy 5". */
  strategies?: readonly Strategy[];
  /** An entry for the plan's goal-level indicators (value "goal"). */
  goal?: string;
};

/** A labelled select of the plan's strategies. */
export function StrategySelect({ strategies, goal, ...rest }: Props) {
  const { t, label } = useT();
  const options = [
    ...(goal ? [{ value: 'goal', label: goal }] : []),
    ...(strategies
      ? strategies.map((s) => ({ value: s.no, label: `${t('strategy.label', { no: s.no })}: ${label(s)}` }))
      : STRATEGY_NOS.map((no) => ({ value: no, label: t('strategy.label', { no }) }))),
  ];
  return <SelectField {...rest} options={options} />;
}
