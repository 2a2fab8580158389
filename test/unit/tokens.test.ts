import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAND_COLORS, CHART_COLORS, YEAR_COLORS } from '../../client/components/charts/tokens';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('chart colour tokens', () => {
  it('hold the same values as the custom properties in client/styles.css', () => {
    const css = readFileSync('client/styles.css', 'utf8');
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const declared = Object.fromEntries([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    const tokens: Array<[string, string]> = [
      ...Object.entries(CHART_COLORS).map(([k, v]): [string, string] => [`--chart-${kebab(k)}`, v]),
      ...Object.entries(BAND_COLORS).map(([k, v]): [string, string] => [`--band-${k}`, v]),
      ...YEAR_COLORS.map((v, i): [string, string] => [`--year-${i + 1}`, v]),
    ];
    for (const [name, value] of tokens) expect(declared[name], name).toBe(value);
  });
});
