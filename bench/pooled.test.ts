import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HarnessSize } from './peer';
import { median, pooledSummary, quantile, type HarnessRun } from './pooled';

/** Three runs of the peer and the summary measure.mjs itself wrote for them (harness-sample.json). */
const sample = JSON.parse(
  readFileSync(new URL('./harness-sample.json', import.meta.url), 'utf8'),
) as {
  runs: HarnessRun[];
  summary: HarnessSize;
};

describe('pooledSummary', () => {
  it('makes from measure.mjs runs the summary measure.mjs wrote for them', () => {
    expect(pooledSummary(sample.runs, '10x10')).toEqual(sample.summary);
  });

  it('pools the runs given one at a time as one series (what the side-by-side does)', () => {
    const runs = sample.runs.map((run) => [run]);
    expect(pooledSummary(runs.flat(), '10x10')).toEqual(sample.summary);
  });

  it('leaves out the runs of other sizes and refuses a size it has no run of', () => {
    const other = sample.runs.map((run) => ({ ...run, size: '50x40', load: { readyPainted: 1 } }));
    expect(pooledSummary([...sample.runs, ...other], '10x10')).toEqual(sample.summary);
    expect(() => pooledSummary(sample.runs, '100x50')).toThrow(/no run of 100x50/);
  });

  it('keeps each warning once', () => {
    const runs = sample.runs.map((run) => ({
      ...run,
      warnings: ['value input did not take focus'],
    }));
    expect(pooledSummary(runs, '10x10').warnings).toEqual(['value input did not take focus']);
  });
});

describe('the statistics of measure.mjs', () => {
  it('takes the nearest rank for a quantile and the middle two for an even median', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(
      quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95),
    ).toBe(19);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, Number.NaN, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});
