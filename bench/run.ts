import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAssets, type AssetSizes } from './assets';
import { codecBenchmark, type CodecFigure } from './codec';
import { measureSizes, type PageFigures } from './page';

/*
 * `npm run bench`: builds for production, starts the server with a fresh sandbox, creates segments of
 * the configured sizes through segments/add, opens each in Chromium and measures (see bench/page.ts),
 * then prints a table and writes bench/results.json.
 *
 * Options (environment): BENCH_SIZES ("10x10,50x40,100x50"), BENCH_RUNS (3), BENCH_SKIP_BUILD=1
 * (reuse the build), BENCH_CODEC_CONDITIONS (2000), BENCH_DIST (the build folder, dist/), BENCH_OUT (bench/results.json).
 */

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string };
  runs: number;
  assets: AssetSizes;
  codec: CodecFigure[];
  pages: PageFigures[];
}

const parseSizes = (text: string) =>
  text.split(',').map((part) => {
    const [groups, conditions] = part.trim().split('x').map(Number);
    if (!groups || !conditions) throw new Error(`BENCH_SIZES: "${part}" is not GROUPSxCONDITIONS`);
    return { groups, conditions };
  });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) =>
  value === null ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function printTable(results: BenchResults): void {
  const a = results.assets;
  console.log('\nAssets');
  console.table({
    'initial JS': { raw: kb(a.initialJsRaw), gzip: kb(a.initialJsGzip) },
    'initial CSS': { raw: kb(a.initialCssRaw), gzip: kb(a.initialCssGzip) },
    'embed helper (embed.js)': { raw: kb(a.embedJsRaw), gzip: kb(a.embedJsGzip) },
    'on-demand JS': { raw: kb(a.lazyJsRaw), gzip: '' },
  });
  console.log('Codec, 2,000 conditions (ratio to JSON.stringify / JSON.parse of the same data)');
  console.table(
    Object.fromEntries(
      results.codec.map((c) => [
        c.operation,
        { median: ms(c.medianMs), reference: ms(c.referenceMs), ratio: `${c.ratio.toFixed(1)}x` },
      ]),
    ),
  );
  console.log(`Pages (median of ${results.runs} runs)`);
  console.table(
    Object.fromEntries(
      results.pages.map((p) => [
        p.size,
        {
          'shown+editable': ms(p.loadMs),
          'key median': ms(p.keystrokeMedianMs),
          'key p95': ms(p.keystrokeP95Ms),
          'Event Timing >= 16 ms': `${p.slowKeystrokes}/${p.keystrokes}, max ${ms(p.eventTimingMaxMs)}`,
          'add condition': ms(p.addConditionMs),
          'preview JSON': ms(p.previewJsonMs),
          'preview XML': ms(p.previewXmlMs),
          heap: p.heapMb === null ? 'n/a' : `${p.heapMb.toFixed(1)} MB`,
          'save round trip': ms(p.saveMs),
          'start-up JS': p.startupJsGzipKb === null ? 'n/a' : `${p.startupJsGzipKb.toFixed(1)} KB`,
        },
      ]),
    ),
  );
}

async function main(): Promise<void> {
  const root = process.cwd();
  const distDir = process.env.BENCH_DIST ?? join(root, 'dist');
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const sizes = parseSizes(process.env.BENCH_SIZES ?? '10x10,50x40,100x50');
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('Building for production...');
    execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    execFileSync('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--outDir', distDir], {
      stdio: 'inherit',
    });
  }
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    runs,
    assets: measureAssets(distDir),
    codec: codecBenchmark(Number(process.env.BENCH_CODEC_CONDITIONS ?? 2000)),
    pages: await measureSizes(distDir, sizes, runs),
  };
  printTable(results);
  const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`Results written to ${out}`);
}

await main();
