// The app's HTML for every client route (/, /ita, /indicators/CPI-SCORE, …): the built
// index.html with, for pages that have a first view (shared/first-view.ts), a preload of that
// view's query and, for a page loaded on demand, of its chunks (from the build's manifest). A
// phone then asks for them alongside the entry script instead of after running it (~0.4 s for
// the data, ~0.8 s for a page's chunks on the throttled phone of bench/phone.ts). The page has
// no data in it and is the same for everyone: revalidated (no-cache) with an ETag, compressed
// here (client routes other than / are answered from the not-found handler, which
// @fastify/compress does not see).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_MESSAGES_MODULE, firstViewOf, firstViewUrl, type FirstViewPage } from '../../shared/first-view';
import { chooseEncoding, etagMatches } from './public-cache';

/** The part of Vite's build manifest (dist/client/.vite/manifest.json) used here. */
export type BuildManifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;

/**
 * The files a page's chunk needs beyond what the entry already loads: its chunk, the chunks it
 * imports (transitively) and their styles, and the pages' Thai messages that load with it, as
 * absolute paths.
 */
export function pageChunks(manifest: BuildManifest, page: FirstViewPage): { scripts: string[]; styles: string[] } {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  const skip = new Set<string>(entry ? [entry[0], ...(entry[1].imports ?? [])] : []);
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (key: string) => {
    if (skip.has(key) || !manifest[key]) return;
    skip.add(key);
    const chunk = manifest[key];
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) if (!styles.includes(`/${css}`)) styles.push(`/${css}`);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(page);
  visit(PAGE_MESSAGES_MODULE);
  return { scripts, styles };
}

type Shell = { etag: string; body: Record<'br' | 'gzip' | 'identity', Buffer> };

/**
 * index.html's placeholder (the header shown until the app renders) speaks Thai. Where the
 * reader asked for English in the address (?lang=en), or the page has no header (the QR form,
 * /f/…), the placeholder keeps its bar and drops its words.
 */
export function barePlaceholder(indexHtml: string): string {
  return indexHtml.replace(/<span class="brand-title">[^<]*<\/span>/, '<span class="brand-title"></span>');
}
const wantsBare = (pathname: string, query: string) => pathname.startsWith('/f/') || new URLSearchParams(query).get('lang') === 'en';

/** The build's manifest; empty (no chunk preloads) when the build has none. */
function readManifest(clientDir: string): BuildManifest {
  const path = join(clientDir, '.vite', 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BuildManifest) : {};
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with preloads of the first view's data and page chunks before </head>. */
export function shellWithPreload(indexHtml: string, url: string | null, chunks: { scripts: string[]; styles: string[] } = { scripts: [], styles: [] }): string {
  const links = [
    // crossorigin="anonymous" is what a same-origin fetch() uses (cors mode, same-origin
    // credentials: cookies go along); without it the browser would not reuse the response.
    ...(url ? [`<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttr(url)}">`] : []),
    // As Vite's own links for the entry's chunks; the styles with crossorigin, as its loader
    // inserts them later (else the browser fetches them twice).
    ...chunks.scripts.map((src) => `<link rel="modulepreload" crossorigin href="${escapeAttr(src)}">`),
    ...chunks.styles.map((href) => `<link rel="preload" as="style" crossorigin href="${escapeAttr(href)}">`),
  ];
  if (links.length === 0) return indexHtml;
  return indexHtml.replace(/\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
}

/**
 * Sends the shell for a client route, a shell per preload address. index.html is read once, like
 * the list of built files @fastify/static serves: a new build needs a restart.
 */
export function appShell(clientDir: string) {
  let indexHtml: string | undefined;
  let manifest: BuildManifest | undefined;
  const shells = new Map<string, Shell>();
  return function sendShell(req: FastifyRequest, reply: FastifyReply) {
    indexHtml ??= readFileSync(join(clientDir, 'index.html'), 'utf8');
    manifest ??= readManifest(clientDir);
    const [pathname = '/', query = ''] = req.url.split('?');
    const view = firstViewOf(pathname);
    const url = view ? firstViewUrl(view) : null;
    const bare = wantsBare(pathname, query);
    const key = `${bare ? 'bare' : 'th'} ${url ?? ''}`;
    let shell = shells.get(key);
    if (!shell) {
      const html = shellWithPreload(bare ? barePlaceholder(indexHtml) : indexHtml, url, view?.page ? pageChunks(manifest, view.page) : undefined);
      const identity = Buffer.from(html);
      shell = {
        // Weak: the same page goes out in three encodings.
        etag: `W/"${createHash('sha1').update(identity).digest('base64url')}"`,
        body: { identity, br: brotliCompressSync(identity), gzip: gzipSync(identity) },
      };
      // One entry per indicator code someone opened; codes are few, but a crawler inventing
      // them must not grow this without bound.
      if (shells.size > 1000) shells.clear();
      shells.set(key, shell);
    }
    reply.header('cache-control', 'no-cache').header('etag', shell.etag).header('vary', 'accept-encoding').type('text/html; charset=utf-8');
    if (etagMatches(req.headers['if-none-match'], shell.etag)) return reply.code(304).send();
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(shell.body[encoding]);
  };
}
