// The one map of the 77 provinces: a value per province in stated classes (legend with ranges),
// "no data" hatched apart from the scale, selected provinces outlined, the lake drawn as water.
// Each province is a link (or a toggle, for planning) reachable by keyboard; hovering or
// focusing one says its name and value. Loaded lazily (charts/lazy.tsx): the map's shapes are
// ~160 kB, paid only by pages that show a map. The figures are always in a table beside it.
import thailand from '@svg-maps/thailand';
import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../hooks/use-prefs';
import { classOf, legendClasses, sequentialPalette } from './map-scale';
import { CODE_BY_SHAPE, LAKE_SHAPE_IDS } from './province-map-ids';
import './province-map.css';

export type ProvinceMapDatum = { code: string; value: number | null };

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
  ariaLabel: string;
  /** Provinces outlined (and patterned) — colour is never the only carrier. */
  selected?: ReadonlySet<string>;
  selectedLabel?: string;
  /** A link per province (click or Enter opens it)… */
  hrefOf?: (code: string) => string;
  /** …or a toggle (click or Enter calls it), for choosing provinces. */
  onToggle?: (code: string) => void;
  maxWidth?: number;
};

const LAKE = new Set<string>(LAKE_SHAPE_IDS);

export function ProvinceMap({ data, breaks, colors, classNames, format, nameOf, ariaLabel, selected, selectedLabel, hrefOf, onToggle, maxWidth = 420 }: ProvinceMapProps) {
  const { t } = useT();
  const navigate = useNavigate();
  const uid = useId().replace(/:/g, '');
  const [active, setActive] = useState<string | null>(null);
  const palette = colors ?? sequentialPalette(breaks.length + 1);
  const byCode = new Map(data.map((d) => [d.code, d.value]));
  const describe = (code: string) => {
    const value = byCode.get(code);
    const text = value === null || value === undefined ? t('map.noData') : format(value);
    return `${nameOf(code)}: ${text}${selected?.has(code) ? ` · ${selectedLabel ?? t('map.selected')}` : ''}`;
  };
  const activate = (code: string, event: MouseEvent | KeyboardEvent) => {
    if (onToggle) {
      event.preventDefault();
      onToggle(code);
    } else if (hrefOf) {
      event.preventDefault();
      void navigate(hrefOf(code));
    }
  };
  const legend = legendClasses(breaks);
  const range = (from: number | null, to: number | null) =>
    from === null ? t('map.below', { to: format(to!) }) : to === null ? t('map.atLeast', { from: format(from) }) : t('map.between', { from: format(from), to: format(to) });

  return (
    <figure className="province-map" style={{ maxWidth }}>
      <svg viewBox={thailand.viewBox} role="group" aria-label={ariaLabel} className="province-map-svg">
        <defs>
          <pattern id={`nodata-${uid}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#9ca3af" strokeWidth="2" />
          </pattern>
          <pattern id={`selected-${uid}`} width="5" height="5" patternUnits="userSpaceOnUse">
            <circle cx="2.5" cy="2.5" r="1" fill="#111827" />
          </pattern>
        </defs>
        {thailand.locations.map((shape) => {
          if (LAKE.has(shape.id)) return <path key={shape.id} d={shape.path} className="province-map-water" aria-hidden="true" />;
          const code = CODE_BY_SHAPE.get(shape.id);
          if (!code) return null;
          const k = classOf(byCode.get(code), breaks);
          const fill = k === null ? `url(#nodata-${uid})` : palette[Math.min(k, palette.length - 1)];
          const isSelected = selected?.has(code) ?? false;
          const label = describe(code);
          const common = {
            className: `province-map-shape${isSelected ? ' is-selected' : ''}${active === code ? ' is-active' : ''}`,
            onMouseEnter: () => setActive(code),
            onMouseLeave: () => setActive((c) => (c === code ? null : c)),
            onFocus: () => setActive(code),
            onBlur: () => setActive((c) => (c === code ? null : c)),
          };
          const drawn = (
            <>
              <path d={shape.path} fill={fill} />
              {isSelected ? <path d={shape.path} fill={`url(#selected-${uid})`} className="province-map-selected" /> : null}
              <title>{label}</title>
            </>
          );
          if (onToggle) {
            return (
              <g
                key={shape.id}
                {...common}
                role="checkbox"
                aria-checked={isSelected}
                aria-label={label}
                tabIndex={0}
                data-province={code}
                onClick={(e) => activate(code, e)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' ? activate(code, e) : undefined)}
              >
                {drawn}
              </g>
            );
          }
          if (hrefOf) {
            return (
              <a key={shape.id} {...common} href={hrefOf(code)} aria-label={label} data-province={code} onClick={(e) => activate(code, e)}>
                {drawn}
              </a>
            );
          }
          return (
            <g key={shape.id} {...common} data-province={code}>
              {drawn}
            </g>
          );
        })}
      </svg>
      <p className="province-map-active small" aria-live="polite">
        {active ? describe(active) : t('map.hint')}
      </p>
      <figcaption>
        <ul className="province-map-legend" aria-label={t('map.legend')}>
          {legend.map((c) => (
            <li key={c.index}>
              <span className="province-map-swatch" style={{ background: palette[Math.min(c.index, palette.length - 1)] }} aria-hidden="true" />
              {classNames?.[c.index] ? `${classNames[c.index]} ` : ''}({range(c.from, c.to)})
            </li>
          ))}
          <li>
            <span className="province-map-swatch is-nodata" aria-hidden="true" />
            {t('map.noData')}
          </li>
          {selected && selected.size > 0 ? (
            <li>
              <span className="province-map-swatch is-selected" aria-hidden="true" />
              {selectedLabel ?? t('map.selected')}
            </li>
          ) : null}
        </ul>
        <p className="province-map-credit small muted">
          {t('map.credit')}{' '}
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
