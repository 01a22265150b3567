import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiKeys, createApiClient, getSegment } from '../api';
import { TOKEN, sharedTestSandbox } from '../../server/test-sandbox';
import { startEarly } from './early-start';
import { rememberToken } from './token-store';

const sandbox = sharedTestSandbox();
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A tab whose sessionStorage remembers `token` (token-store.ts reads it from there). */
function tabWithToken(token: string) {
  const items = new Map<string, string>();
  const sessionStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  vi.stubGlobal('window', { sessionStorage });
  rememberToken(token);
}

/** Records every request the page's fetch is asked for (URL and body), and lets it through. */
function recordFetch() {
  const calls: { url: string; body: string }[] = [];
  const real = globalThis.fetch.bind(globalThis);
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    calls.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      body: typeof init?.body === 'string' ? init.body : '',
    });
    return real(input, init);
  });
  return calls;
}

const methods = (calls: { url: string }[]) =>
  calls.map((c) => c.url.replace(sandbox.apiBase, '')).sort();

describe('startEarly', () => {
  it("asks for the segment, then its database's fields, the databases and the segments, into the app's query cache", async () => {
    tabWithToken(TOKEN);
    const calls = recordFetch();
    const client = createApiClient({ apiBase: sandbox.apiBase, token: TOKEN });
    const expected = await getSegment(client, 1);
    calls.length = 0;

    const { config, queryClient } = startEarly(
      `?segment=1&apiBase=${encodeURIComponent(sandbox.apiBase)}`,
    );
    expect(config.segment).toBe(1);
    await vi.waitFor(() =>
      expect(
        queryClient.getQueryData(apiKeys.databaseFields(client, expected.list_id)),
      ).toBeDefined(),
    );
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));

    expect(queryClient.getQueryData(apiKeys.segment(client, 1))).toEqual(expected);
    expect(methods(calls)).toEqual([
      '/app-config.json',
      '/databases/fields_get/',
      '/databases/list/',
      '/segments/get/',
      '/segments/list/',
    ]);
    // The token travels in the body, as the app's own client sends it, never in the URL.
    for (const call of calls) expect(call.url).not.toContain(TOKEN);
    for (const call of calls.filter((c) => c.url.startsWith(sandbox.apiBase))) {
      expect(JSON.parse(call.body)).toMatchObject({ token: TOKEN });
    }
  });

  it("says the segment's reply is read once its database's fields are asked for, before they are answered", async () => {
    tabWithToken(TOKEN);
    const calls = recordFetch();
    const { segmentReceived, segmentSettled } = startEarly(
      `?segment=1&apiBase=${encodeURIComponent(sandbox.apiBase)}`,
    );
    let settled = false;
    void segmentSettled.then(() => (settled = true));
    await segmentReceived;
    // The application's code is evaluated from here on (main.tsx) while the fields travel.
    expect(methods(calls)).toContain('/databases/fields_get/');
    expect(settled).toBe(false);
    await segmentSettled;
    expect(settled).toBe(true);
  });

  it("says the reply is read when the segment cannot be had too, so the application's code is not held", async () => {
    tabWithToken(TOKEN);
    recordFetch();
    const { segmentReceived, segmentSettled } = startEarly(
      `?segment=987654&apiBase=${encodeURIComponent(sandbox.apiBase)}`,
    );
    await expect(segmentReceived).resolves.toBeUndefined();
    await segmentSettled;
  });

  it('asks for the fields of the database of a new segment, and no segment', async () => {
    tabWithToken(TOKEN);
    const calls = recordFetch();
    const { queryClient } = startEarly(`?list=2&apiBase=${encodeURIComponent(sandbox.apiBase)}`);
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(methods(calls)).toEqual([
      '/app-config.json',
      '/databases/fields_get/',
      '/databases/list/',
      '/segments/list/',
    ]);
    expect(
      JSON.parse(calls.find((c) => c.url.endsWith('/fields_get/'))?.body ?? '{}'),
    ).toMatchObject({ id: 2 });
  });

  it('reports a bad parameter and still starts with the others', () => {
    recordFetch();
    const { problems, config } = startEarly(
      `?segment=abc&apiBase=${encodeURIComponent(sandbox.apiBase)}`,
    );
    expect(problems).toEqual(['segment: must be a whole number of 1 or more']);
    expect(config.segment).toBeUndefined();
  });
});
