import type { FaultRequestInput } from '../server/faults';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

/*
 * Helpers of the load/save/draft/conflict/fault specs. These specs change the sandbox's data and arm
 * its faults, which every page of the same server shares: each test holds a lock (a directory,
 * shared by the workers of one run) from its reset to its end, so no two of them overlap.
 */

const LOCK = join(tmpdir(), `segment-editor-e2e-sandbox-${process.env.E2E_PORT ?? 'default'}.lock`);
/** A lock older than this is left over from a killed run. */
const STALE_MS = 180_000;

async function lock(): Promise<void> {
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch {
      const age = await stat(LOCK).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A fault of the sandbox's fault injection (server/faults.ts). */
export type Fault = FaultRequestInput;

/** The sandbox of the run: fresh data for each test, faults, and direct API calls. */
export interface Sandbox {
  fault(fault: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  /** `segments/<method>` straight to the API (the server adds the token). */
  call(
    method: string,
    body: Record<string, unknown>,
  ): Promise<{ error: number; error_text: string; data?: unknown }>;
  getSegment(id: number): Promise<Record<string, unknown> & { name: string }>;
}

function sandboxOf(request: APIRequestContext): Sandbox {
  const call: Sandbox['call'] = async (method, body) => {
    const response = await request.post(`/api/v1.1/${method}/`, { data: body });
    return (await response.json()) as Awaited<ReturnType<Sandbox['call']>>;
  };
  return {
    async fault(fault) {
      const response = await request.post('/__sandbox/faults', { data: fault });
      expect(response.ok()).toBe(true);
    },
    async clearFaults() {
      await request.delete('/__sandbox/faults');
    },
    call,
    async getSegment(id) {
      const reply = await call('segments/get', { id });
      expect(reply.error).toBe(0);
      return reply.data as Record<string, unknown> & { name: string };
    },
  };
}

/** `test` with the sandbox lock held and fresh demo data for every test. */
export const test = base.extend<{ sandbox: Sandbox }>({
  sandbox: [
    async ({ request }, use, testInfo) => {
      // Waiting for another spec's test is not this test's time: no timeout while waiting, then
      // the test's own timeout from the moment it holds the lock.
      const own = testInfo.timeout;
      const asked = Date.now();
      testInfo.setTimeout(0);
      await lock();
      testInfo.setTimeout(own + (Date.now() - asked));
      try {
        expect((await request.post('/__sandbox/reset')).ok()).toBe(true);
        await use(sandboxOf(request));
        await request.delete('/__sandbox/faults');
      } finally {
        await rm(LOCK, { recursive: true, force: true });
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Opens segment `id` and waits until the editor shows `name`. */
export async function openSegment(page: Page, id: number, name: string, query = ''): Promise<void> {
  await page.goto(`/?segment=${id}${query}`);
  await expect(page.locator('#f-name')).toHaveValue(name, { timeout: 15_000 });
}

/** The Save button (exact: "More options" beside it is another button). */
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

/** The save status line. */
export const statusLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Saved|Not saved|Opened/ });

/** Waits for "Saved as segment N." and returns N. */
export async function savedId(page: Page): Promise<number> {
  const message = page.getByText(/^Saved as segment \d+\.$/);
  await expect(message).toBeVisible({ timeout: 30_000 });
  return Number(/\d+/.exec((await message.textContent()) ?? '')?.[0]);
}
