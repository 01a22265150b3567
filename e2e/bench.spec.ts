import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BenchResults } from '../bench/run';

/*
 * A smoke test of `npm run bench` on a 5x5 segment: it must produce every figure. It asserts no
 * timing: the figures of record are in the README and the closing notes, from the full run.
 */
test('the benchmark runs end to end and produces every figure', () => {
  test.setTimeout(180_000);
  const out = join(mkdtempSync(join(tmpdir(), 'bench-smoke-')), 'results.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts'], {
    env: {
      ...process.env,
      BENCH_SKIP_BUILD: '1',
      BENCH_DIST: process.env.DIST_DIR ?? 'dist',
      BENCH_SIZES: '5x5',
      BENCH_RUNS: '1',
      BENCH_CODEC_CONDITIONS: '200',
      BENCH_OUT: out,
    },
    stdio: 'pipe',
    timeout: 170_000,
  });
  const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  expect(results.assets.initialJsGzip).toBeGreaterThan(0);
  expect(results.assets.embedJsGzip).toBeGreaterThan(0);
  expect(results.codec.map((c) => c.operation)).toEqual([
    'serialize JSON',
    'parse JSON',
    'serialize XML',
    'parse XML',
  ]);
  for (const figure of results.codec) expect(figure.medianMs).toBeGreaterThan(0);
  expect(results.pages).toHaveLength(1);
  expect(results.pages[0]?.keystrokes).toBe(20);
  // What a visit downloads includes the initial bundle and the chunks loaded beside it.
  expect(results.pages[0]?.startupJsGzipKb).toBeGreaterThan(results.assets.initialJsGzip / 1024);
  const [page] = results.pages;
  expect(page?.size).toBe('5x5');
  for (const key of [
    'loadMs',
    'keystrokeMedianMs',
    'keystrokeP95Ms',
    'addConditionMs',
    'previewJsonMs',
    'previewXmlMs',
    'heapMb',
    'saveMs',
    'startupJsGzipKb',
    'keystrokes',
  ] as const) {
    expect(page?.[key], key).toEqual(expect.any(Number));
  }
});
