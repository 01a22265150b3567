import type { FaultRequestInput } from '../server/faults';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

/*
 * Helpers of the specs that change the sandbox's data or arm its faults. Each Playwright worker has
 * a server and a sandbox of its own (playwright.config.ts), so a test only resets its own.
 */

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

/** `test` with fresh demo data for every test, and no faults left armed after it. */
export const test = base.extend<{ sandbox: Sandbox }>({
  sandbox: [
    async ({ request }, use) => {
      expect((await request.post('/__sandbox/reset')).ok()).toBe(true);
      await use(sandboxOf(request));
      await request.delete('/__sandbox/faults');
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
  page
    .getByRole('status')
    .filter({ hasText: /Created|Updated|Overwrote|Not saved|Nothing was created|Opened/ });

/** Waits for "Created segment N." and returns N. */
export async function savedId(page: Page): Promise<number> {
  const message = page.getByText(/^Created segment \d+\.$/);
  await expect(message).toBeVisible({ timeout: 30_000 });
  return Number(/\d+/.exec((await message.textContent()) ?? '')?.[0]);
}
