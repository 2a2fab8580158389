// What the browser downloads before the overview can render: the entry script, its
// modulepreload imports and the stylesheet named in the built index.html (charts, admin
// pages and the Thai font files load afterwards, on demand).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FirstLoad = { files: number; jsBytes: number; jsGzipBytes: number; cssBytes: number; cssGzipBytes: number };

export function measureFirstLoad(distDir = 'dist/client'): FirstLoad | null {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const html = readFileSync(indexPath, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const out: FirstLoad = { files: assets.length, jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0 };
  for (const asset of new Set(assets)) {
    const body = readFileSync(join(distDir, asset));
    const gz = gzipSync(body).length;
    if (asset.endsWith('.js')) {
      out.jsBytes += body.length;
      out.jsGzipBytes += gz;
    } else {
      out.cssBytes += body.length;
      out.cssGzipBytes += gz;
    }
  }
  return out;
}
