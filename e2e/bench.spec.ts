import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findPeerDir } from '../bench/peer';
import type { BenchResults } from '../bench/run';

/*
 * A smoke test of `npm run bench` on the smallest size (10x10), one run: it must produce every
 * figure, and beside the peer (../shared/peer-bench, installed and built in a cache folder on first
 * use) every ratio editor/peer. It asserts no timing: the figures of record are in the README and
 * the closing notes, from full runs.
 */
test('the benchmark runs end to end and produces every figure and every ratio to the peer', () => {
  expect(
    findPeerDir(process.cwd()),
    'the peer harness ../shared/peer-bench (or PEER_BENCH_DIR)',
  ).not.toBeNull();
  test.setTimeout(480_000);
  const out = join(mkdtempSync(join(tmpdir(), 'bench-smoke-')), 'results.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts'], {
    env: {
      ...process.env,
      BENCH_SKIP_BUILD: '1',
      BENCH_DIST: process.env.DIST_DIR ?? 'dist',
      BENCH_SIZES: '10x10',
      BENCH_RUNS: '1',
      BENCH_KEYS: '5',
      BENCH_CLICKS: '2',
      BENCH_CODEC_CONDITIONS: '200',
      BENCH_OUT: out,
    },
    stdio: 'pipe',
    timeout: 470_000,
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
  expect(page?.size).toBe('10x10');
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

  const side = results.sideBySide;
  expect(side?.sizes.map((s) => s.size)).toEqual(['10x10']);
  expect(side?.sizes[0]?.cells.map((c) => c.figure)).toEqual([
    'load',
    'key median',
    'key p95',
    'add condition',
    'heap',
  ]);
  for (const cell of side?.sizes[0]?.cells ?? []) {
    expect(
      Number.isFinite(cell.ratio) && (cell.ratio ?? 0) > 0,
      `${cell.figure} ratio ${cell.ratio}`,
    ).toBe(true);
  }
  expect(
    Number.isFinite(side?.initialJs.ratio) && (side?.initialJs.ratio ?? 0) > 0,
    'initial JS ratio',
  ).toBe(true);
  expect(side?.notes.join(' ')).toContain('fetches its segment over the API');
});
