import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { HarnessResult } from './peer';
import type { HarnessRun } from './pooled';
import { measureSideBySide, type HarnessRunner } from './side-by-side';

/** A run whose figures are all derived from `ms`, so that each side's pooled medians are known. */
const fakeRun = (ms: number, keys: number[]): HarnessRun => ({
  size: '2x3',
  warnings: [],
  load: { readyPainted: ms, domNodes: 100 },
  keys: keys.map((combined) => ({ combined })),
  addRule: [{ raf: ms / 10 }],
  heap: { usedAfterGC: ms * 2 ** 20 },
});

it('measures the peer and the editor one run at a time, in turn, and pools the runs of each', async () => {
  const calls: { side: 'peer' | 'editor'; args: readonly string[] }[] = [];
  const loads = { peer: [1000, 1200, 1100], editor: [100, 300, 200] };
  const runner: HarnessRunner = (_dir, args) => {
    const side = args.includes('--url') ? 'editor' : 'peer';
    const n = calls.filter((call) => call.side === side).length;
    calls.push({ side, args });
    const ms = loads[side][n] ?? Number.NaN;
    const result: HarnessResult = {
      label: side,
      browser: 'Chromium test',
      bundle: side === 'peer' ? { gzip9: 2048, raw: 4096, files: [] } : null,
      summary: [],
      // Keystrokes: the editor's third run alone has a slow one, which the pooled p95 must show.
      runs: [fakeRun(ms, side === 'editor' && n === 2 ? [1, 1, 1, 1, 1, 1, 90] : [2, 2, 2])],
    };
    return Promise.resolve(result);
  };
  const result = await measureSideBySide({
    harnessSource: 'unused',
    preparePeer: (source) => source,
    runHarness: runner,
    distDir: mkdtempSync(join(tmpdir(), 'side-by-side-')),
    sizes: [{ groups: 2, conditions: 3 }],
    runs: 3,
    keys: 7,
    clicks: 1,
    editorInitialJsGzip: 1024,
  });

  // In turn, the first of each pair changing, every call a single run of the one size.
  expect(calls.map((call) => call.side)).toEqual([
    'peer',
    'editor',
    'editor',
    'peer',
    'peer',
    'editor',
  ]);
  for (const { args } of calls) {
    expect(args.join(' ')).toContain('--runs 1');
    expect(args.join(' ')).toContain('--sizes 2x3');
  }
  expect(calls.find((call) => call.side === 'editor')?.args.join(' ')).toMatch(
    /--url http:\/\/127\.0\.0\.1:\d+\/\?segment=\d+/,
  );

  const [size] = result.sizes;
  const cell = (figure: string) => size?.cells.find((c) => c.figure === figure);
  expect(cell('load')).toMatchObject({ editor: 200, peer: 1100, ratio: 200 / 1100 });
  expect(cell('heap')).toMatchObject({ editor: 200, peer: 1100 });
  expect(cell('add condition')).toMatchObject({ editor: 20, peer: 110 });
  // Pooled over the three runs (13 keystrokes), not the median of the runs' own p95s.
  expect(cell('key p95')?.editor).toBe(90);
  expect(cell('key median')?.editor).toBe(2);
  expect(result.initialJs).toMatchObject({ editorKb: 1, peerKb: 2, ratio: 0.5 });
  expect(result.browser).toBe('Chromium test');
  expect(result.notes[0]).toContain('one run of each in turn (3 of each, pooled)');
});
