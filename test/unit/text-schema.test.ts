// The one text schema (shared/schemas/zod.ts): NFC, zero-width characters stripped, NUL and bidi
// overrides refused with the field named, so nothing stored reads differently from what it is.
import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod, text, z } from '../../shared/schemas/zod';
import { NoteSchema } from '../../shared/value-rules';

const Input = z.object({ nameTh: text().min(1).max(20) });

describe('text()', () => {
  it.each([
    ['plain Thai', 'สำนักงาน ก.พ.', 'สำนักงาน ก.พ.'],
    ['trimmed', '  OCSC  ', 'OCSC'],
    ['zero-width space stripped', 'อุดร\u200Bธานี', 'อุดรธานี'],
    ['joiners, word joiner and BOM stripped', '\uFEFFa\u200Cb\u200Dc\u2060d', 'abcd'],
    ['NFC: e + combining acute is one letter', 'Cafe\u0301', 'Caf\u00E9'],
    ['Thai: sara am decomposed stays as typed letters (NFC leaves Thai alone)', 'น\u0E4D\u0E32', 'น\u0E4D\u0E32'],
    ['line breaks and tabs kept inside', 'a\n\tb', 'a\n\tb'],
  ])('%s', (_, input, expected) => {
    const parsed = Input.safeParse({ nameTh: input });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.nameTh).toBe(expected);
  });

  it.each([
    ['NUL', 'abc\u0000def'],
    ['another control character', 'abc\u0007'],
    ['DEL', 'abc\u007F'],
    ['right-to-left override', 'invoice\u202Egpj.exe'],
    ['left-to-right embedding', '\u202Aname'],
    ['pop directional formatting', 'name\u202C'],
    ['first strong isolate', '\u2068name\u2069'],
  ])('refuses %s with invalid_characters on the field', (_, input) => {
    const parsed = Input.safeParse({ nameTh: input });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsFromZod(parsed.error!)).toEqual([{ field: 'nameTh', code: 'invalid_characters' }]);
  });

  it.each([
    ['only zero-width characters is empty', '\u200B\u200B', 'required'],
    ['too long after cleaning is still too long', 'x'.repeat(21), 'too_long'],
  ])('%s', (_, input, code) => {
    const parsed = Input.safeParse({ nameTh: input });
    expect(fieldErrorsFromZod(parsed.error!)[0]).toMatchObject({ field: 'nameTh', code });
  });

  it('is what notes use too', () => {
    expect(NoteSchema.parse(' ok\u200B ')).toBe('ok');
    expect(NoteSchema.safeParse('x\u0000').success).toBe(false);
  });
});
