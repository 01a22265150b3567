import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureAssets, type AssetSizes } from './assets';
import { codecBenchmark, type CodecFigure } from './codec';
import { parseOptions } from './options';
import { measureSizes, type PageFigures } from './page';
import { findPeerDir } from './peer';
import { measureSideBySide, printSideBySide, type SideBySide } from './side-by-side';

/*
 * `npm run bench`: builds for production, starts the server with a fresh sandbox, creates segments of
 * the configured sizes through segments/add, opens each in Chromium and measures (see bench/page.ts),
 * then prints a table and writes bench/results.json. When the peer harness is present
 * (../shared/peer-bench, or PEER_BENCH_DIR), it also measures the peer and the editor side by side
 * with it (bench/side-by-side.ts) and prints their ratios. Options: bench/options.ts (`-- --help`).
 */

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string };
  runs: number;
  assets: AssetSizes;
  codec: CodecFigure[];
  pages: PageFigures[];
  /** Editor / peer ratios; null when the peer's folder is missing or the side by side was skipped. */
  sideBySide: SideBySide | null;
}

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
  if (results.pages.length === 0) return;
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
  const options = parseOptions(process.argv.slice(2), process.env, root);
  const { distDir } = options;
  if (!options.skipBuild) {
    console.log('Building for production...');
    execFileSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    execFileSync('npx', ['vite', 'build', '-c', 'vite.embed.config.ts', '--outDir', distDir], {
      stdio: 'inherit',
    });
  }
  const peerDir = options.peer ? findPeerDir(root) : null;
  if (options.peer && !peerDir) {
    console.log('No peer harness (../shared/peer-bench or PEER_BENCH_DIR): the editor only.');
  }
  const assets = measureAssets(distDir);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    runs: options.runs,
    assets,
    codec: codecBenchmark(options.codecConditions),
    pages: options.pages ? await measureSizes(distDir, options.sizes, options.runs) : [],
    sideBySide: peerDir
      ? await measureSideBySide({
          harnessSource: peerDir,
          distDir,
          sizes: options.sizes,
          runs: options.runs,
          keys: options.keys,
          clicks: options.clicks,
          editorInitialJsGzip: assets.initialJsGzip,
        })
      : null,
  };
  printTable(results);
  if (results.sideBySide) printSideBySide(results.sideBySide);
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`Results written to ${options.out}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
