import { CHANGE_BREAKS, CHANGE_COLORS } from '../../../shared/map-scale';
import { useT } from '../../hooks/use-prefs';
import { useMapT } from '../../i18n/map-messages';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { LazyProvinceMap } from '../charts/lazy';
import type { RoundProvince } from './RoundsTable';

/**
 * A round's provinces on the map, outlined, coloured by the change of their mean ITA from the
 * year before the round to the year after (classes stated in the legend); the other provinces
 * are plain context. Each reads "before → after (change)"; the same figures are in the table.
 */
export function RoundMap({ provinces, beforeYear, afterYear, maxWidth = 360 }: { provinces: RoundProvince[]; beforeYear: number | null; afterYear: number | null; maxWidth?: number }) {
  const { lang, cal, label } = useT();
  const tm = useMapT();
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const codes = new Set(byCode.keys());
  const year = (y: number | null) => (y === null ? '–' : formatYear(y, cal));
  const score = (v: number | null | undefined) => (v === null || v === undefined ? tm('map.noData') : formatNumber(v, lang, 2));
  return (
    <div className="act-round-map">
      <p className="small muted">{tm('map.round.note', { before: year(beforeYear), after: year(afterYear) })}</p>
      <LazyProvinceMap
        data={provinces.map((p) => ({ code: p.code, value: p.change }))}
        breaks={CHANGE_BREAKS}
        colors={CHANGE_COLORS}
        format={(v) => formatChange(v, lang, 2)}
        nameOf={(code) => {
          const p = byCode.get(code);
          return p ? label(p) : code;
        }}
        valueText={(code) => {
          const p = byCode.get(code);
          if (!p) return null;
          return `${score(p.before?.mean)} → ${score(p.after?.mean)}${p.change === null ? '' : ` (${formatChange(p.change, lang, 2)})`}`;
        }}
        ariaLabel={tm('map.round.title')}
        focusOn={codes}
        selected={codes}
        selectedLabel={tm('map.round.inRound')}
        contextLabel={tm('map.round.context')}
        hrefOf={(code) => `/ita/provinces/${code}`}
        maxWidth={maxWidth}
      />
    </div>
  );
}
