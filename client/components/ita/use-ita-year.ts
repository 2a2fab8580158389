import { useQuery } from '@tanstack/react-query';
import { useSearchParam } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';

/** The years with ITA results and the chosen one (?year=, default the latest). */
export function useItaYear(param = 'year') {
  const years = useQuery(trpc.ita.years.queryOptions());
  const [raw, setRaw] = useSearchParam(param);
  const list = (years.data ?? []).map((y) => y.year);
  const asked = raw === null ? null : Number(raw);
  const year = asked !== null && list.includes(asked) ? asked : (list.at(-1) ?? null);
  return { years, list, year, setYear: (y: number | null) => setRaw(y === null ? null : String(y)) };
}
