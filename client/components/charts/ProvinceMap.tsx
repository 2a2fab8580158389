// The one map of the 77 provinces: a value per province in stated classes (legend with ranges),
// "no data" hatched apart from the scale, selected provinces outlined and dotted, marked ones
// gridded, the lake drawn as water. What is drawn is decided in shared/province-map.ts (the
// committee pack prints the same map from it). Each province is a link, or a toggle for
// planning (click or Space toggles it, Enter opens its page), reachable by keyboard; hovering or
// focusing one says its name and value. Loaded lazily (charts/lazy.tsx): the map's shapes are
// ~160 kB, paid only by pages that show a map. The figures are always in a table beside it.
import thailand from '@svg-maps/thailand';
import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { legendClasses, sequentialPalette } from '../../../shared/map-scale';
import { drawProvinces, mapPatternDefs, MAP_COLORS, SELECTED_OUTLINE_WIDTH, type ProvinceMapDatum } from '../../../shared/province-map';
import { useMapT } from '../../i18n/map-messages';
import './province-map.css';

export type { ProvinceMapDatum };

export type ProvinceMapProps = {
  data: readonly ProvinceMapDatum[];
  /** Ascending class breaks (n breaks → n + 1 classes), stated in the legend. */
  breaks: readonly number[];
  /** Colours per class; a sequential blue scale by default. */
  colors?: readonly string[];
  /** Words for each class (e.g. the targeting bands); the range follows in the legend. */
  classNames?: readonly string[];
  format: (value: number) => string;
  /** The province's name in the reader's language. */
  nameOf: (code: string) => string;
  /** What a province's value reads as, when more than its formatted value (e.g. "80.1 → 84.3"). */
  valueText?: (code: string) => string | null;
  ariaLabel: string;
  /** Provinces outlined (and dotted) — colour is never the only carrier. */
  selected?: ReadonlySet<string>;
  selectedLabel?: string;
  /** Provinces gridded, e.g. where past seminar rounds were held. */
  marked?: ReadonlySet<string>;
  markedLabel?: string;
  /** Only these provinces carry values; the others are drawn plain as context. */
  focusOn?: ReadonlySet<string>;
  contextLabel?: string;
  /** A link per province (click or Enter opens it)… */
  hrefOf?: (code: string) => string;
  /** …or a toggle (click or Space; Enter still opens `hrefOf` when given), for choosing provinces. */
  onToggle?: (code: string) => void;
  maxWidth?: number;
};

export function ProvinceMap(props: ProvinceMapProps) {
  const { data, breaks, colors, classNames, format, nameOf, valueText, ariaLabel, selected, selectedLabel, marked, markedLabel, focusOn, contextLabel, hrefOf, onToggle, maxWidth = 420 } = props;
  const tm = useMapT();
  const navigate = useNavigate();
  const uid = useId().replace(/:/g, '');
  const [active, setActive] = useState<string | null>(null);
  const palette = colors ?? sequentialPalette(breaks.length + 1);
  const byCode = new Map(data.map((d) => [d.code, d.value]));
  const { water, provinces } = drawProvinces(thailand, { data, breaks, colors: palette, selected, marked, focusOn }, uid);
  const valueOf = (code: string) => {
    const text = valueText?.(code);
    if (text) return text;
    const value = byCode.get(code);
    return value === null || value === undefined ? tm('map.noData') : format(value);
  };
  const marks = (code: string) =>
    `${marked?.has(code) ? ` · ${markedLabel ?? tm('map.marked')}` : ''}${!onToggle && selected?.has(code) ? ` · ${selectedLabel ?? tm('map.selected')}` : ''}`;
  // A toggle's state is its aria-checked; its name says what it is and holds.
  const labelOf = (code: string) => `${nameOf(code)}: ${valueOf(code)}${marks(code)}`;
  const describe = (code: string) => `${labelOf(code)}${onToggle && selected?.has(code) ? ` · ${selectedLabel ?? tm('map.selected')}` : ''}`;
  const open = (code: string, event: MouseEvent | KeyboardEvent) => {
    if (!hrefOf) return;
    event.preventDefault();
    void navigate(hrefOf(code));
  };
  const legend = legendClasses(breaks);
  const range = (from: number | null, to: number | null) =>
    from === null ? tm('map.below', { to: format(to!) }) : to === null ? tm('map.atLeast', { from: format(from) }) : tm('map.between', { from: format(from), to: format(to) });
  const hintId = `map-hint-${uid}`;

  return (
    <figure className="province-map" style={{ maxWidth }}>
      <p id={hintId} className="province-map-hint small muted">
        {onToggle ? tm(hrefOf ? 'map.hintToggleOpen' : 'map.hintToggle') : hrefOf ? tm('map.hint') : tm('map.hintRead')}
      </p>
      <svg viewBox={thailand.viewBox} role="group" aria-label={ariaLabel} aria-describedby={hintId} className="province-map-svg">
        <defs dangerouslySetInnerHTML={{ __html: mapPatternDefs(uid) }} />
        {provinces.map((p) => {
          const code = p.code;
          const common = {
            className: `province-map-shape${p.selected ? ' is-selected' : ''}${active === code ? ' is-active' : ''}`,
            onMouseEnter: () => setActive(code),
            onMouseLeave: () => setActive((c) => (c === code ? null : c)),
            onFocus: () => setActive(code),
            onBlur: () => setActive((c) => (c === code ? null : c)),
          };
          const drawn = (
            <>
              <path d={p.path} fill={p.fill} />
              {p.marked ? <path d={p.path} fill={`url(#marked-${uid})`} className="province-map-overlay" /> : null}
              {p.selected ? <path d={p.path} fill={`url(#selected-${uid})`} className="province-map-overlay" /> : null}
              {p.inFocus ? <title>{describe(code)}</title> : null}
            </>
          );
          if (!p.inFocus) {
            return (
              <g key={p.shapeId} className="province-map-context" aria-hidden="true">
                {drawn}
              </g>
            );
          }
          if (onToggle) {
            return (
              <g
                key={p.shapeId}
                {...common}
                role="checkbox"
                aria-checked={p.selected}
                aria-label={labelOf(code)}
                tabIndex={0}
                data-province={code}
                onClick={(e) => {
                  e.preventDefault();
                  onToggle(code);
                }}
                onKeyDown={(e) => {
                  if (e.key === ' ') {
                    e.preventDefault();
                    onToggle(code);
                  } else if (e.key === 'Enter') {
                    if (hrefOf) open(code, e);
                    else {
                      e.preventDefault();
                      onToggle(code);
                    }
                  }
                }}
              >
                {drawn}
              </g>
            );
          }
          if (hrefOf) {
            return (
              <a key={p.shapeId} {...common} href={hrefOf(code)} aria-label={labelOf(code)} data-province={code} onClick={(e) => open(code, e)}>
                {drawn}
              </a>
            );
          }
          return (
            <g key={p.shapeId} {...common} data-province={code}>
              {drawn}
            </g>
          );
        })}
        {water.map((d, i) => (
          <path key={`water-${i}`} d={d} className="province-map-water" fill={MAP_COLORS.water} aria-hidden="true" />
        ))}
        {provinces
          .filter((p) => p.selected)
          .map((p) => (
            <path key={`outline-${p.shapeId}`} d={p.path} className="province-map-outline" strokeWidth={SELECTED_OUTLINE_WIDTH} aria-hidden="true" />
          ))}
      </svg>
      <p className="province-map-active small" aria-live="polite">
        {active ? describe(active) : '\u00a0'}
      </p>
      <figcaption>
        <ul className="province-map-legend" aria-label={tm('map.legend')}>
          {legend.map((c) => (
            <li key={c.index}>
              <span className="province-map-swatch" style={{ background: palette[Math.min(c.index, palette.length - 1)] }} aria-hidden="true" />
              {classNames?.[c.index] ? `${classNames[c.index]} ` : ''}({range(c.from, c.to)})
            </li>
          ))}
          <li>
            <span className="province-map-swatch is-nodata" aria-hidden="true" />
            {tm('map.noData')}
          </li>
          {selected && selected.size > 0 ? (
            <li>
              <span className="province-map-swatch is-selected" aria-hidden="true" />
              {selectedLabel ?? tm('map.selected')}
            </li>
          ) : null}
          {marked && marked.size > 0 ? (
            <li>
              <span className="province-map-swatch is-marked" aria-hidden="true" />
              {markedLabel ?? tm('map.marked')}
            </li>
          ) : null}
          {focusOn ? (
            <li>
              <span className="province-map-swatch is-context" aria-hidden="true" />
              {contextLabel ?? tm('map.context')}
            </li>
          ) : null}
        </ul>
        <p className="province-map-credit small muted">
          {tm('map.credit')}{' '}
          <a href="https://github.com/VictorCazanave/svg-maps/tree/master/packages/thailand" target="_blank" rel="noreferrer noopener">
            @svg-maps/thailand
          </a>{' '}
          (Tae Noppakun Wongsrinoppakun,{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noreferrer noopener">
            CC BY 4.0
          </a>
          )
        </p>
      </figcaption>
    </figure>
  );
}
