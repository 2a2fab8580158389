// The overview's first load carries only the Thai messages that ship with the app
// (client/i18n/index.ts); the other pages' messages are a chunk loaded with those pages
// (client/i18n/thai-pages.ts). This finds every module the entry script imports statically and
// checks that none of them names a key of the pages' chunk — such a key would show blank on the
// overview until the chunk arrived — and that the chunk itself is not among them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesTh } from '../../client/i18n/thai-pages';

/** The modules `entry` imports statically, itself included (type-only imports and import() left out). */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) => /\.tsx?$/.test(f) && existsSync(f));
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return [...seen].map((f) => relative(process.cwd(), f));
}

/**
 * Message keys a source names: keys in single or double quotes (JSX attributes too), and every
 * key under a `prefix.${…}` template or a 'prefix.' + … concatenation.
 */
function keysNamed(source: string, known: string[]): string[] {
  const literal = [...source.matchAll(/['"]([a-zA-Z][\w-]*\.[\w.#-]+)['"]/g)].map((m) => m[1]!).filter((k) => known.includes(k));
  const prefixes = [...source.matchAll(/`([a-zA-Z][\w-]*\.[\w.-]*)\$\{|'([a-zA-Z][\w-]*\.[\w.-]*\.)'\s*\+/g)].map((m) => (m[1] ?? m[2])!);
  return [...literal, ...known.filter((k) => prefixes.some((p) => k.startsWith(p)))];
}

const pageKeys = Object.keys(pagesTh);
const firstLoad = staticImports('client/main.tsx');

describe('the Thai messages in the first load', () => {
  it('finds the first load\'s modules (the check below is not vacuous)', () => {
    expect(firstLoad).toContain('client/pages/OverviewPage.tsx');
    expect(firstLoad).toContain('client/components/ui/Layout.tsx');
    expect(pageKeys.length).toBeGreaterThan(500);
    expect(keysNamed("t('ita.title'); t(`ita.rules.${x}`)", pageKeys)).toEqual(expect.arrayContaining(['ita.title', 'ita.rules.not-rated']));
    expect(keysNamed('<RoleGate title="ita.toc"> t(\'ita.rules.\' + rule)', pageKeys)).toEqual(expect.arrayContaining(['ita.toc', 'ita.rules.bands-2565']));
    expect(keysNamed("t('ita.rules.bands-2565')", pageKeys)).toEqual(['ita.rules.bands-2565']);
  });

  it('the pages\' messages are not imported by the first load', () => {
    expect(firstLoad.filter((f) => f === 'client/i18n/thai-pages.ts' || /i18n\/messages\/(ita|activities|reporting|meetings|review|plan-admin|analysis|accounts)\.ts$/.test(f))).toEqual([]);
  });

  it('no module of the first load names a key of the pages\' messages', () => {
    const misplaced = firstLoad.flatMap((file) => keysNamed(readFileSync(file, 'utf8'), pageKeys).map((key) => `${file}: ${key}`));
    expect(misplaced).toEqual([]);
  });
});
