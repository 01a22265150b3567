import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { HarnessRun } from './pooled';

/*
 * The peer harness (`../shared/peer-bench/`, or `PEER_BENCH_DIR`): react-querybuilder 8 with its MUI
 * bindings, and `measure.mjs`, which measures any builder app the same way. The shared folder is
 * read-only, so it is copied (without node_modules, dist or results) into a cache folder under the
 * OS temp dir keyed by its content, installed there once (`npm ci`; playwright-core, no browser
 * download) and built there by measure.mjs itself.
 */

/** What measure.mjs writes per size (`summary[]` of its JSON output), the parts the bench reads. */
export interface HarnessSize {
  size: string;
  rules: number;
  loadMs: { median: number | null };
  keyMs: { median: number | null; p95: number | null; n: number };
  addRuleMs: { median: number | null; p95: number | null; n: number };
  heapUsedMiB: { median: number | null };
  domNodes?: number;
  warnings: string[];
}

export interface HarnessResult {
  label: string;
  browser: string;
  bundle: { gzip9: number; raw: number; files: unknown[] } | null;
  summary: HarnessSize[];
  /** Each run's raw figures (the side-by-side pools them, bench/pooled.ts). */
  runs: HarnessRun[];
}

const SKIP = new Set(['node_modules', 'dist', '.git']);

/** The peer-bench folder when present: `PEER_BENCH_DIR`, else `<repo>/../shared/peer-bench`. */
export function findPeerDir(root: string): string | null {
  const dir = resolve(process.env.PEER_BENCH_DIR ?? join(root, '..', 'shared', 'peer-bench'));
  return existsSync(join(dir, 'measure.mjs')) && existsSync(join(dir, 'package.json')) ? dir : null;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SKIP.has(entry.name) && !/^results.*\.json$/.test(entry.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/**
 * Copies the harness into a writable cache folder (same content, same folder) and installs it there
 * once; returns that folder. The copy is made beside and renamed into place, so that a run cut short
 * never leaves a half copy that looks complete.
 */
export function preparePeer(sourceDir: string): string {
  const files = listFiles(sourceDir);
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(sourceDir, file)));
  const cacheRoot = process.env.PEER_BENCH_CACHE ?? join(tmpdir(), 'segment-editor-peer-bench');
  const dir = join(cacheRoot, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) return dir;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, 'staging-'));
  for (const file of files) {
    mkdirSync(join(staging, file, '..'), { recursive: true });
    copyFileSync(join(sourceDir, file), join(staging, file));
  }
  console.log(`Installing the peer harness in ${dir} (npm ci)...`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    stdio: 'inherit',
  });
  // Another run (a second worktree, the e2e smoke test) may have installed it meanwhile: use
  // that one and leave it in place, since it may be measuring right now.
  if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) {
    rmSync(staging, { recursive: true, force: true });
    return dir;
  }
  try {
    renameSync(staging, dir);
    return dir;
  } catch {
    return staging; // a half-made folder of that name: measure from this run's own copy
  }
}

/** Runs `node measure.mjs ARGS --out FILE` in `harnessDir` and returns what it wrote. */
export function runHarness(harnessDir: string, args: readonly string[]): Promise<HarnessResult> {
  const out = join(mkdtempSync(join(tmpdir(), 'segment-bench-harness-')), 'results.json');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['measure.mjs', ...args, '--out', out], {
      cwd: harnessDir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0 || !existsSync(out) || statSync(out).size === 0) {
        reject(new Error(`measure.mjs ${args.join(' ')} exited with code ${code}`));
        return;
      }
      resolvePromise(JSON.parse(readFileSync(out, 'utf8')) as HarnessResult);
    });
  });
}
