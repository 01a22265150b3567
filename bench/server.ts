import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeRequest, type SegmentRequest } from '../src/segment';

/** A production server (`server/serve.ts`) with a fresh sandbox, for the benchmark. */
export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** Starts `npm run serve` on a free loopback port with its own sandbox data file. */
export async function startBenchServer(distDir: string): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'segment-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: distDir,
      SANDBOX_DATA: join(dataDir, 'data.json'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Creates a segment through `segments/add` and returns its id. */
export async function addSegment(url: string, request: SegmentRequest): Promise<number> {
  const res = await fetch(`${url}/api/v1.1/segments/add/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: serializeRequest(request, 'json'),
  });
  const reply = (await res.json()) as {
    error: number;
    error_text: string;
    data?: { saved_id?: number };
  };
  if (reply.error !== 0 || typeof reply.data?.saved_id !== 'number') {
    throw new Error(`segments/add failed: ${reply.error} ${reply.error_text}`);
  }
  return reply.data.saved_id;
}
