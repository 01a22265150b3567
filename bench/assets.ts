import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of what a browser downloads before the editor can start, and of the embed helper. */
export interface AssetSizes {
  initialJsRaw: number;
  initialJsGzip: number;
  initialCssRaw: number;
  initialCssGzip: number;
  embedJsRaw: number;
  embedJsGzip: number;
  lazyJsRaw: number;
}

const sizes = (file: string) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/**
 * Reads `dist/index.html` and adds up the scripts, module preloads and style sheets it loads before
 * anything runs (the initial load); every other chunk in `assets/` is loaded on demand.
 */
export function measureAssets(distDir: string): AssetSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''),
  );
  const out: AssetSizes = {
    initialJsRaw: 0,
    initialJsGzip: 0,
    initialCssRaw: 0,
    initialCssGzip: 0,
    embedJsRaw: 0,
    embedJsGzip: 0,
    lazyJsRaw: 0,
  };
  for (const ref of refs) {
    const { raw, gzip } = sizes(join(distDir, ref));
    if (ref.endsWith('.css')) {
      out.initialCssRaw += raw;
      out.initialCssGzip += gzip;
    } else {
      out.initialJsRaw += raw;
      out.initialJsGzip += gzip;
    }
  }
  for (const file of readdirSync(join(distDir, 'assets')).map((f) => `assets/${f}`)) {
    if (file.endsWith('.js') && !refs.has(file)) out.lazyJsRaw += sizes(join(distDir, file)).raw;
  }
  const embed = join(distDir, 'embed.js');
  if (existsSync(embed)) {
    const { raw, gzip } = sizes(embed);
    out.embedJsRaw = raw;
    out.embedJsGzip = gzip;
  }
  return out;
}

/** The gzip size, in KB, of the built scripts at `paths` (URL paths such as `/assets/main-x.js`). */
export function scriptsGzipKb(distDir: string, paths: readonly string[]): number {
  let total = 0;
  for (const path of paths) {
    const file = join(distDir, path.replace(/^\/+/, ''));
    if (existsSync(file)) total += sizes(file).gzip;
  }
  return total / 1024;
}
