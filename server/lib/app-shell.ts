// The app's HTML for every client route (/, /ita, /indicators/CPI-SCORE, …): the built
// index.html with, for pages that have a first view (shared/first-view.ts), a preload of that
// view's query. A phone then asks for the data alongside the scripts instead of after running
// them (~0.4 s on the throttled phone of bench/phone.ts). The page stays the same file for
// everyone — no data in it — so it is revalidated (no-cache) with an ETag and compressed like
// any other answer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { firstViewOf, firstViewUrl } from '../../shared/first-view';

type Shell = { html: string; etag: string };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with a preload of `url` before </head> (none when url is null). */
export function shellWithPreload(indexHtml: string, url: string | null): string {
  if (!url) return indexHtml;
  // crossorigin="anonymous" is what a same-origin fetch() uses (cors mode, same-origin
  // credentials: cookies go along); without it the browser would not reuse the response.
  const link = `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttr(url)}">`;
  return indexHtml.replace('</head>', `  ${link}\n  </head>`);
}

/**
 * Sends the shell for a client route, a shell per preload address. index.html is read once, like
 * the list of built files @fastify/static serves: a new build needs a restart.
 */
export function appShell(clientDir: string) {
  let indexHtml: string | undefined;
  const shells = new Map<string, Shell>();
  return function sendShell(req: FastifyRequest, reply: FastifyReply) {
    indexHtml ??= readFileSync(join(clientDir, 'index.html'), 'utf8');
    const pathname = req.url.split('?')[0]!;
    const view = firstViewOf(pathname);
    const url = view ? firstViewUrl(view) : null;
    const key = url ?? '';
    let shell = shells.get(key);
    if (!shell) {
      const html = shellWithPreload(indexHtml, url);
      shell = { html, etag: `"${createHash('sha1').update(html).digest('base64url')}"` };
      // One entry per indicator code someone opened; codes are few, but a crawler inventing
      // them must not grow this without bound.
      if (shells.size > 1000) shells.clear();
      shells.set(key, shell);
    }
    reply.header('cache-control', 'no-cache').header('etag', shell.etag).type('text/html; charset=utf-8');
    if (req.headers['if-none-match'] === shell.etag) return reply.code(304).send();
    return reply.send(shell.html);
  };
}
