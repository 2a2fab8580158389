// The maps' words load with the pages that show a map, not with the first page: the province
// map is lazy and the overview's first load must not grow for it (issue 16). Same messages
// format (th + en in i18n/messages/maps.ts), looked up in the reader's language.
import { useT } from '../hooks/use-prefs';
import { fillVars } from '.';
import { maps } from './messages/maps';

export type MapMessageKey = keyof typeof maps.th;

export function useMapT() {
  const { lang } = useT();
  return (key: MapMessageKey, vars?: Record<string, string | number>) => fillVars(maps[lang][key] || maps.th[key], vars);
}
