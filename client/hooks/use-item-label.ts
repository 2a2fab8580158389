import type { Labelled } from '../lib/label';
import { useT } from './use-prefs';

type Item = Labelled & { code: string; isExample: boolean };

/**
 * "CODE — name" for a plan item in a dropdown, where a badge cannot be drawn: an example item says
 * so in words ("[ตัวอย่าง]"), so an admin never picks one believing it official.
 */
export function useItemLabel() {
  const { t, label } = useT();
  return (item: Item, extra?: string) =>
    `${item.code} — ${label(item)}${extra ? ` ${extra}` : ''}${item.isExample ? ` [${t('badge.example')}]` : ''}`;
}
