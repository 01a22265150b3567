import { LARGE_SEGMENT } from '../src/editor/model/editor-handle';
import { chromiumExecutable } from '../e2e/chromium';
import { benchRequest } from './fixtures';
import { preparePeer, runHarness, type HarnessResult, type HarnessSize } from './peer';
import { pooledSummary, type HarnessRun } from './pooled';
import { addSegment, startBenchServer } from './server';

/*
 * The editor beside the peer (react-querybuilder 8 + MUI), both measured by the peer's own harness
 * (measure.mjs: the same browser flags, probes and statistics), size by size and one run at a time,
 * the two in turn (peer, editor, then editor, peer, ...), so that the shared machine's drift, which
 * can move a load by half within minutes, touches both alike. Each side's runs are then pooled
 * (pooled.ts). Only ratios editor/peer are compared.
 */

export type Figure = 'load' | 'key median' | 'key p95' | 'add condition' | 'heap';

/** One figure at one size: both values and their ratio, and the goal the issue sets for it. */
export interface RatioCell {
  figure: Figure;
  unit: 'ms' | 'MiB';
  editor: number | null;
  peer: number | null;
  ratio: number | null;
  goal: number | null;
}

export interface SideBySide {
  browser: string;
  sizes: { size: string; cells: RatioCell[]; editorWarnings: string[]; peerWarnings: string[] }[];
  initialJs: { editorKb: number; peerKb: number | null; ratio: number | null; goalKb: number };
  /** Where the two measurements differ in shape, printed with the table. */
  notes: string[];
}

/** Runs measure.mjs with these arguments and returns what it wrote (peer.ts; a fake in tests). */
export type HarnessRunner = (harnessDir: string, args: readonly string[]) => Promise<HarnessResult>;

export interface SideBySideOptions {
  harnessSource: string;
  distDir: string;
  sizes: readonly { groups: number; conditions: number }[];
  runs: number;
  keys: number;
  clicks: number;
  editorInitialJsGzip: number;
  /** measure.mjs itself by default. */
  runHarness?: HarnessRunner;
  /** Copies and installs the harness (peer.ts) by default. */
  preparePeer?: (source: string) => string;
}

const GOALS: Record<Figure, (size: string) => number | null> = {
  load: (size) => (size === '10x10' ? 0.5 : null),
  'key median': () => null,
  'key p95': () => 0.5,
  'add condition': () => 0.5,
  heap: (size) => (size === '10x10' ? 1 : null),
};

const ratio = (editor: number | null, peer: number | null) =>
  editor !== null && peer !== null && peer > 0 ? editor / peer : null;

function cells(editor: HarnessSize, peer: HarnessSize): RatioCell[] {
  const pick = (
    figure: Figure,
    unit: RatioCell['unit'],
    get: (s: HarnessSize) => number | null,
  ) => {
    const e = get(editor);
    const p = get(peer);
    return {
      figure,
      unit,
      editor: e,
      peer: p,
      ratio: ratio(e, p),
      goal: GOALS[figure](editor.size),
    };
  };
  return [
    pick('load', 'ms', (s) => s.loadMs.median),
    pick('key median', 'ms', (s) => s.keyMs.median),
    pick('key p95', 'ms', (s) => s.keyMs.p95),
    pick('add condition', 'ms', (s) => s.addRuleMs.median),
    pick('heap', 'MiB', (s) => s.heapUsedMiB.median),
  ];
}

/**
 * The harness's selectors for a segment of `groups` x `conditions` (bench/fixtures.ts): ready when
 * an input of the last shown condition is enabled; typed into the city text value of the middle
 * group (the first group when a large segment opens with only that one expanded); conditions added
 * to that group; one `Condition N` group per rendered condition.
 */
export function editorSelectors(groups: number, conditions: number) {
  const large = groups * conditions > LARGE_SEGMENT;
  const lastGroup = large ? 0 : groups - 1;
  const group = large ? 0 : Math.floor(groups / 2);
  const text = Math.floor(conditions / 8) * 4; // a multiple of 4: the `_city` text condition
  return [
    '--ready',
    `#f-segment-${lastGroup}-queries-${conditions - 1} input:not(:disabled)`,
    '--value-input',
    `#f-segment-${group}-queries-${text}-value`,
    '--add-button',
    `#f-segment-${group}-queries`,
    '--rule',
    '[role="group"][aria-label^="Condition "]',
  ];
}

/**
 * Measures the peer and the editor size by size, one run of each in turn, the first of the pair
 * changing from round to round; the editor through a fresh production server.
 */
export async function measureSideBySide(options: SideBySideOptions): Promise<SideBySide> {
  const run = options.runHarness ?? runHarness;
  const harnessDir = (options.preparePeer ?? preparePeer)(options.harnessSource);
  const common = [
    '--runs',
    '1',
    '--keys',
    String(options.keys),
    '--clicks',
    String(options.clicks),
    ...(chromiumExecutable ? ['--chromium', chromiumExecutable] : []),
  ];
  const server = await startBenchServer(options.distDir);
  const out: SideBySide['sizes'] = [];
  let peerBundle: HarnessResult['bundle'] = null;
  let browser = '';
  try {
    for (const { groups, conditions } of options.sizes) {
      const size = `${groups}x${conditions}`;
      const id = await addSegment(server.url, benchRequest(groups, conditions));
      const sides = {
        peer: { args: ['--sizes', size, ...common], runs: [] as HarnessRun[] },
        editor: {
          args: [
            '--url',
            `${server.url}/?segment=${id}`,
            '--label',
            'segment-editor',
            '--sizes',
            size,
            ...editorSelectors(groups, conditions),
            ...common,
          ],
          runs: [] as HarnessRun[],
        },
      };
      for (let round = 0; round < options.runs; round++) {
        const order =
          round % 2 === 0 ? (['peer', 'editor'] as const) : (['editor', 'peer'] as const);
        for (const side of order) {
          console.log(
            `\nSide by side ${size}, run ${round + 1}/${options.runs}: ${side === 'peer' ? 'the peer (react-querybuilder)' : 'the editor'}`,
          );
          const result = await run(harnessDir, sides[side].args);
          sides[side].runs.push(...result.runs);
          if (side === 'peer') {
            peerBundle = result.bundle;
            browser = result.browser;
          }
        }
      }
      const e = pooledSummary(sides.editor.runs, size);
      const p = pooledSummary(sides.peer.runs, size);
      out.push({ size, cells: cells(e, p), editorWarnings: e.warnings, peerWarnings: p.warnings });
    }
  } finally {
    await server.stop();
  }
  const peerKb = peerBundle ? peerBundle.gzip9 / 1024 : null;
  const editorKb = options.editorInitialJsGzip / 1024;
  const notes = [
    `Both measured by the peer harness (measure.mjs) in this run, size by size, one run of each in turn (${options.runs} of each, pooled); ratio = editor / peer (below 1: the editor is ahead).`,
    'Load: the editor fetches its segment over the API (segments/get through the production server and sandbox); the peer builds its query in the page.',
    "Segments: the editor's mix 4 kinds of condition (text, domain group, segment, data URL), the peer's 20 fields (text, number, date, select); both type into a text value.",
    "Initial JS: the editor's = the scripts dist/index.html loads; the peer's = its one chunk (gzip level 9).",
  ];
  if (options.sizes.some((s) => s.groups * s.conditions > LARGE_SEGMENT)) {
    notes.push(
      `Above ${LARGE_SEGMENT} conditions the editor expands only the first group (the others show their headers), so its "load" is until the first group's last condition, and it types and adds in the first group; the peer renders every rule and works in the middle group.`,
    );
  }
  return {
    browser,
    sizes: out,
    initialJs: { editorKb, peerKb, ratio: ratio(editorKb, peerKb), goalKb: 200 },
    notes,
  };
}

const fmt = (value: number | null, unit: string) =>
  value === null ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;

/** Prints the table of ratios (one row per size, one column per figure) and the notes. */
export function printSideBySide(result: SideBySide): void {
  console.log(`\nEditor / peer, same run (${result.browser})`);
  const goalsMissed: string[] = [];
  console.table(
    Object.fromEntries(
      result.sizes.map(({ size, cells: row }) => [
        size,
        Object.fromEntries(
          row.map((c) => {
            if (c.goal !== null && (c.ratio === null || c.ratio > c.goal))
              goalsMissed.push(`${c.figure} at ${size} (goal <= ${c.goal})`);
            const mark =
              c.goal === null ? '' : c.ratio !== null && c.ratio <= c.goal ? ' ok' : ' !';
            const r = c.ratio === null ? 'n/a' : c.ratio.toFixed(2);
            return [c.figure, `${r}${mark} (${fmt(c.editor, c.unit)} / ${fmt(c.peer, c.unit)})`];
          }),
        ),
      ]),
    ),
  );
  const js = result.initialJs;
  console.log(
    `initial JS (gzip): editor ${js.editorKb.toFixed(1)} KB / peer ${js.peerKb === null ? 'n/a' : `${js.peerKb.toFixed(1)} KB`}` +
      ` = ${js.ratio === null ? 'n/a' : js.ratio.toFixed(2)}; goal <= ${js.goalKb} KB: ${js.editorKb <= js.goalKb ? 'ok' : 'not met'}`,
  );
  console.log(
    goalsMissed.length ? `Goals not met: ${goalsMissed.join(', ')}` : 'Every ratio goal is met.',
  );
  for (const note of result.notes) console.log(`- ${note}`);
  for (const s of result.sizes) {
    for (const w of s.editorWarnings) console.log(`  editor ${s.size}: ${w}`);
    for (const w of s.peerWarnings) console.log(`  peer ${s.size}: ${w}`);
  }
}
