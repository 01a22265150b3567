import { describe, expect, it } from 'vitest';
import { addSegment, ApiError, createApiClient, listSegments, type ApiErrorKind } from '../../api';
import { recordingFetch, TOKEN, sharedTestSandbox } from '../../../server/test-sandbox';
import type { SegmentRequest } from '../../segment';
import { checkedAdd } from './checked-add';

const sandbox = sharedTestSandbox();

const request = (name: string): SegmentRequest => ({
  name,
  list_id: 5,
  is_static: true,
  is_refresh_daily: false,
});

function setup(timeoutMs = 15_000) {
  const recorder = recordingFetch();
  const client = createApiClient({
    apiBase: sandbox.apiBase,
    token: TOKEN,
    fetch: recorder.fetch,
    timeoutMs,
  });
  const adds = () => recorder.calls.filter((c) => c.url.endsWith('/segments/add/')).length;
  const named = async (name: string) =>
    (await listSegments(client, { limit: 1000 })).items.filter((s) => s.name === name);
  return { client, adds, named, send: (body: SegmentRequest) => addSegment(client, body) };
}

describe('checkedAdd', () => {
  it('creates a segment with one add', async () => {
    const { client, send, adds } = setup();
    const outcome = await checkedAdd(request('Plain add'), {
      client,
      send,
      earlier: null,
      onChecking: () => undefined,
    });
    expect(outcome).toMatchObject({ kind: 'created' });
    expect(adds()).toBe(1);
  });

  it('never creates twice: an add applied after the check said "nothing" is found by the next attempt, which sends nothing', async () => {
    const { client, send, adds, named } = setup(200);
    await sandbox.fault({ mode: 'slow', delayMs: 600, paths: ['segments/add'] });
    let checking = false;
    const first = await checkedAdd(request('Landed late'), {
      client,
      send,
      earlier: null,
      onChecking: () => (checking = true),
      delays: [0],
    });
    expect(checking).toBe(true);
    expect(first).toMatchObject({ kind: 'not-created', error: { kind: 'timeout' } });
    if (first.kind !== 'not-created') return;
    // The held add lands on the server now.
    await expect.poll(async () => (await named('Landed late')).length, { timeout: 5000 }).toBe(1);
    const retry = await checkedAdd(request('Landed late'), {
      client,
      send,
      earlier: first.attempt,
      onChecking: () => undefined,
    });
    expect(retry).toMatchObject({ kind: 'found', cause: 'earlier' });
    expect(adds()).toBe(1);
    expect(await named('Landed late')).toHaveLength(1);
  });

  it('throws an add Altcraft refused, with nothing to look for', async () => {
    const { client, send } = setup();
    let checking = false;
    await expect(
      checkedAdd(
        { ...request('Refused'), list_id: 999 },
        { client, send, earlier: null, onChecking: () => (checking = true) },
      ),
    ).rejects.toMatchObject({ kind: 'api' });
    expect(checking).toBe(false);
  });

  // Regression: a found segment's message said "before the connection dropped" whatever the cause.
  it.each([
    ['network', 'dropped'],
    ['timeout', 'timeout'],
    ['http', 'server'],
    ['parse', 'server'],
  ] as const)(
    'names why the answer was lost: a %s error that created the segment is "%s"',
    async (kind: ApiErrorKind, cause) => {
      const { client, adds, named } = setup();
      const name = `Lost by ${kind}`;
      const outcome = await checkedAdd(request(name), {
        client,
        // The add reaches the data, then its answer is lost this way.
        send: async (body) => {
          await addSegment(client, body);
          throw new ApiError({ kind, messageKey: 'network', params: { apiBase: '/api' } });
        },
        earlier: null,
        onChecking: () => undefined,
        delays: [0],
      });
      const [created] = await named(name);
      expect(outcome).toMatchObject({ kind: 'found', id: created?.id, error: { kind }, cause });
      expect(adds()).toBe(1);
    },
  );
});
