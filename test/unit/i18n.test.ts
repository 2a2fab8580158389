import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, englishLoaded, loadEnglish, loadPageMessages, translate, type MessageKey } from '../../client/i18n';

describe('before the English catalogue is loaded (it is a chunk of its own)', () => {
  it('shows the Thai message for English, never a bare key', () => {
    expect(englishLoaded()).toBe(false);
    expect(translate('en', 'overview.indicators', { n: 2 })).toBe(translate('th', 'overview.indicators', { n: 2 }));
  });
});

describe('the pages\' Thai messages (a chunk loaded with any page beyond the overview)', () => {
  it('before they arrive, a page\'s message is blank, never its key, and asking for it loads them', async () => {
    expect(catalogue('th')['ita.title']).toBeUndefined();
    expect(translate('th', 'ita.title')).toBe('');
    expect(catalogue('th')['nav.ita']).toBe('ผลประเมิน ITA');
    await loadPageMessages();
    expect(translate('th', 'ita.title')).toBe('ผลการประเมินคุณธรรมและความโปร่งใส (ITA)');
    // Once every catalogue is in, a key no catalogue has shows as itself (api-errors relies on it).
    expect(translate('th', 'no.suchKey' as MessageKey)).toBe('no.suchKey');
  });
});

describe('once English is loaded', () => {
  beforeAll(async () => {
    await loadEnglish();
  });
  it('is in use', () => {
    expect(englishLoaded()).toBe(true);
    expect(translate('en', 'overview.indicators', { n: 2 })).toBe('2 indicators');
  });
});

describe('translate', () => {
  it.each([
    ['en', 'overview.indicators', 1, '1 indicator'],
    ['en', 'overview.indicators', 2, '2 indicators'],
    ['en', 'overview.indicators', 0, '0 indicators'],
    ['th', 'overview.indicators', 1, '1 ตัวชี้วัด'],
  ] as const)('%s %s n=%i → %s', (lang, key, n, expected) => {
    expect(translate(lang, key, { n })).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'strategy.label', { no: 3 })).toBe('Strategy 3');
    expect(translate('en', 'strategy.label')).toBe('Strategy {no}');
  });

  it('has an English message for every Thai one, none empty', async () => {
    await Promise.all([loadEnglish(), loadPageMessages()]);
    const [th, en] = [catalogue('th'), catalogue('en')];
    expect(en).not.toBe(th);
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const key of Object.keys(th)) expect(en[key as keyof typeof en]!.trim(), key).not.toBe('');
  });

  it('defines each key in one message file only (a second file would silently win the merge)', async () => {
    const dir = 'client/i18n/messages';
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      const mod = (await import(`../../${dir}/${file}`)) as Record<string, { th: Record<string, string> }>;
      for (const bundle of Object.values(mod)) {
        for (const key of Object.keys(bundle.th)) {
          if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${file}`);
          else owner.set(key, file);
        }
      }
    }
    expect(owner.size).toBeGreaterThan(500);
    expect(twice).toEqual([]);
  });
});
