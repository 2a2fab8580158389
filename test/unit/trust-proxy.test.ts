import { describe, expect, it } from 'vitest';
import { trustProxySetting } from '../../server/app';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['10.0.0.1', '10.0.0.1'],
    ['10.0.0.0/8,127.0.0.1', '10.0.0.0/8,127.0.0.1'],
  ])('%s → %s', (value, expected) => {
    expect(trustProxySetting(value)).toBe(expected);
  });

  it.each([
    ['1', [true, false, false]],
    ['2', [true, true, false]],
  ])('a hop count %s believes only the nearest proxies, never every one', (value, expected) => {
    const trust = trustProxySetting(value);
    expect(typeof trust).toBe('function');
    const fn = trust as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => fn('203.0.113.9', hop))).toEqual(expected);
  });
});
