import type { HarnessSize } from './peer';
import { quantile as nearestRank } from './stats';

/*
 * The side-by-side measures one run at a time, the peer and the editor in turn (side-by-side.ts),
 * and pools the runs of each afterwards. measure.mjs has no pooling of its own, so its summary is
 * made here again from its raw runs with its own statistics (nearest-rank quantile, median of an
 * even count the mean of the middle two, one decimal), for the figures the bench reads. A test
 * checks it against the summary measure.mjs itself wrote for the same runs.
 */

/** One run as measure.mjs writes it in `runs[]`, the parts the summary is made of. */
export interface HarnessRun {
  size: string;
  warnings: string[];
  load: { readyPainted: number; domNodes?: number };
  keys: { combined: number }[];
  addRule: { raf: number }[];
  heap: { usedAfterGC: number };
}

/** measure.mjs's `quantile`: the nearest rank (bench/stats.ts), not a number when there is none. */
export const quantile = (xs: readonly number[], q: number): number => nearestRank(xs, q) ?? NaN;

/** measure.mjs's `median`: of an even count, the mean of the middle two (unlike bench/stats.ts). */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** measure.mjs's `round` (one decimal; not a number gives null). */
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/** The summary of `size` over `runs` (those of other sizes are left out), as measure.mjs makes it. */
export function pooledSummary(runs: readonly HarnessRun[], size: string): HarnessSize {
  const rs = runs.filter((run) => run.size === size);
  if (!rs.length) throw new Error(`no run of ${size} to summarise`);
  const keys = rs.flatMap((run) => run.keys.map((key) => key.combined));
  const adds = rs.flatMap((run) => run.addRule.map((click) => click.raf));
  const [g = 0, r = 0] = size.split('x').map(Number);
  return {
    size,
    rules: g * r,
    loadMs: { median: round(median(rs.map((run) => run.load.readyPainted))) },
    keyMs: { median: round(median(keys)), p95: round(quantile(keys, 0.95)), n: keys.length },
    addRuleMs: { median: round(median(adds)), p95: round(quantile(adds, 0.95)), n: adds.length },
    heapUsedMiB: { median: round(median(rs.map((run) => run.heap.usedAfterGC / 2 ** 20))) },
    ...(rs[0]?.load.domNodes === undefined ? {} : { domNodes: rs[0].load.domNodes }),
    warnings: [...new Set(rs.flatMap((run) => run.warnings))],
  };
}
