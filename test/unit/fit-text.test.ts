import { describe, expect, it } from 'vitest';
import { fitText } from '../../client/lib/fit-text';

// One px per code point: a Thai consonant with its vowel and tone mark counts 3 px but is one character.
const measure = (s: string) => [...s].length;

describe('fitText', () => {
  it.each([
    ['fits as is', 'องค์กรอิสระ', 20, 'องค์กรอิสระ'],
    ['exactly the room', 'abcdef', 6, 'abcdef'],
    ['cut with an ellipsis', 'abcdefghij', 6, 'abcde…'],
    ['no space before the ellipsis', 'ab cdefgh', 4, 'ab…'],
    ['keeps a consonant with its marks (น้ำ is three code points)', 'น้ำท่วม', 5, 'น้ำ…'],
    ['room for the ellipsis only', 'abcdef', 1, '…'],
    ['never ends on a leading vowel (เ belongs to the ก after it)', 'ทดเกม', 4, 'ทด…'],
  ] as const)('%s', (_, text, room, expected) => {
    expect(fitText(text, room, measure)).toBe(expected);
  });

  it('never returns more than fits', () => {
    const text = 'หน่วยธุรการขององค์กรศาล องค์กรอัยการ และหน่วยงานในสังกัดรัฐสภา';
    for (let room = 1; room < 70; room++) expect(measure(fitText(text, room, measure))).toBeLessThanOrEqual(Math.max(room, 1));
  });
});
