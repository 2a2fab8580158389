// What a person types back to confirm a destructive import: a year in their calendar, or a count.
import { describe, expect, it } from 'vitest';
import { parseTypedCount, parseTypedYear } from '../../client/lib/typed-year';

describe('parseTypedYear', () => {
  it.each([
    ['2568', 'be', 2568],
    ['๒๕๖๘', 'be', 2568],
    [' 2025 ', 'ce', 2568],
    ['68', 'be', null],
    ['2568x', 'be', null],
    ['', 'be', null],
  ] as const)('%j in %s → %j', (text, cal, expected) => {
    expect(parseTypedYear(text, cal)).toBe(expected);
  });
});

describe('parseTypedCount', () => {
  it.each([
    ['12', 12],
    ['๑๒', 12],
    ['1,250', 1250],
    [' 0 ', 0],
    ['1.5', null],
    ['-3', null],
    ['สิบ', null],
    ['', null],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseTypedCount(text)).toBe(expected);
  });
});
