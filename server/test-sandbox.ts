import { afterAll, beforeAll } from 'vitest';
import { API_PREFIX } from '../src/segment';
import type { FaultRequestInput } from './faults';
import { startSandbox, type RunningSandbox } from './sandbox';
import { tempDir } from './testing';

/*
 * Test helpers of the browser code's tests (src/api, src/app): a real sandbox over real HTTP with
 * fresh data, and a fetch that records calls. Kept beside server/testing.ts, out of src/.
 */

export const TOKEN = 'test-token-8f3c';

/** A fault of the sandbox's fault injection (server/faults.ts). */
export type Fault = FaultRequestInput;

export interface TestSandbox {
  sandbox: RunningSandbox;
  apiBase: string;
  /** Arms a fault for the next `count` API requests. */
  fault(fault: Fault): Promise<void>;
  close(): Promise<void>;
}

/** Starts a sandbox with fault injection on a fresh data file; token {@link TOKEN} required. */
export async function startTestSandbox(): Promise<TestSandbox> {
  const dir = await tempDir();
  const sandbox = await startSandbox({ dataFile: dir.file, token: TOKEN, faults: true });
  return {
    sandbox,
    apiBase: `${sandbox.url}${API_PREFIX}`,
    async fault(fault) {
      const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(fault),
      });
      if (!response.ok) throw new Error(`fault not armed: ${await response.text()}`);
    },
    async close() {
      await sandbox.close();
      await dir.cleanup();
    },
  };
}

/**
 * One sandbox for the calling test file: started before its tests, closed after them. Its fields
 * are read when a test runs (before that there is no sandbox yet).
 */
export function sharedTestSandbox(): TestSandbox {
  let current: TestSandbox | undefined;
  beforeAll(async () => {
    current = await startTestSandbox();
  });
  afterAll(() => current?.close());
  const started = (): TestSandbox => {
    if (!current) throw new Error('The test sandbox starts in beforeAll: read it inside a test.');
    return current;
  };
  return {
    get sandbox() {
      return started().sandbox;
    },
    get apiBase() {
      return started().apiBase;
    },
    fault: (fault) => started().fault(fault),
    close: () => started().close(),
  };
}

/** One recorded fetch call. */
export interface Recorded {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The global fetch, recording every call's URL, headers and body. */
export function recordingFetch(): { fetch: typeof fetch; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const recording: typeof fetch = (input, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({
      url: String(input instanceof Request ? input.url : input),
      headers,
      body: typeof init?.body === 'string' ? init.body : '',
    });
    return fetch(input, init);
  };
  return { fetch: recording, calls };
}
