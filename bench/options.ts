import { join } from 'node:path';

/** What `npm run bench` does, from its command line (`--sizes 10x10 --runs 1`) or environment. */
export interface BenchOptions {
  sizes: { groups: number; conditions: number }[];
  runs: number;
  /** Keystrokes and add-condition clicks per side-by-side run (the harness's --keys, --clicks). */
  keys: number;
  clicks: number;
  skipBuild: boolean;
  /** The editor-only figures (preview, save, start-up JS) of bench/page.ts. */
  pages: boolean;
  /** The side-by-side with the peer, when its folder is present. */
  peer: boolean;
  codecConditions: number;
  distDir: string;
  out: string;
}

export const USAGE = `npm run bench [-- OPTIONS]   (each option also as an environment variable)
  --sizes 10x10,50x40     BENCH_SIZES   groups x conditions (default 10x10,50x40,100x50)
  --runs N                BENCH_RUNS    runs per size (default 3)
  --keys N --clicks N     BENCH_KEYS, BENCH_CLICKS   side by side: keystrokes, add clicks per run (20, 10)
  --skip-build            BENCH_SKIP_BUILD=1   reuse the build in BENCH_DIST (default dist/)
  --no-pages              BENCH_PAGES=0        skip the editor-only figures (preview, save, start-up JS)
  --no-peer               BENCH_PEER=0         skip the side by side with the peer
  PEER_BENCH_DIR (default ../shared/peer-bench), BENCH_CODEC_CONDITIONS (2000), BENCH_OUT (bench/results.json)`;

const parseSizes = (text: string) =>
  text.split(',').map((part) => {
    const [groups, conditions] = part.trim().toLowerCase().split('x').map(Number);
    if (!groups || !conditions) throw new Error(`sizes: "${part}" is not GROUPSxCONDITIONS`);
    return { groups, conditions };
  });

const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: "${text}" is not a whole number of 1 or more`);
  return value;
};

/** Reads the options; throws with the usage on an unknown or malformed one. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  root: string,
): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [key, inline] = arg.replace(/^--/, '').split('=', 2);
    if (!arg.startsWith('--') || !key) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    if (['skip-build', 'no-pages', 'no-peer', 'help'].includes(key)) flags.set(key, '1');
    else if (['sizes', 'runs', 'keys', 'clicks'].includes(key))
      flags.set(key, inline ?? argv[++i] ?? '');
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (flags.has('help')) throw new Error(USAGE);
  const get = (flag: string, name: string, fallback: string) =>
    flags.get(flag) ?? env[name] ?? fallback;
  return {
    sizes: parseSizes(get('sizes', 'BENCH_SIZES', '10x10,50x40,100x50')),
    runs: positive('runs', get('runs', 'BENCH_RUNS', '3')),
    keys: positive('keys', get('keys', 'BENCH_KEYS', '20')),
    clicks: positive('clicks', get('clicks', 'BENCH_CLICKS', '10')),
    skipBuild: flags.has('skip-build') || env.BENCH_SKIP_BUILD === '1',
    pages: !flags.has('no-pages') && env.BENCH_PAGES !== '0',
    peer: !flags.has('no-peer') && env.BENCH_PEER !== '0',
    codecConditions: positive('codec conditions', env.BENCH_CODEC_CONDITIONS ?? '2000'),
    distDir: env.BENCH_DIST ?? join(root, 'dist'),
    out: env.BENCH_OUT ?? join(root, 'bench', 'results.json'),
  };
}
