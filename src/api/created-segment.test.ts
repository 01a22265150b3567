import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import {
  findCreatedSegment,
  mayHaveBeenCreated,
  prepareAdd,
  waitForCreatedSegment,
} from './created-segment';
import { listSegments } from './list-segments';
import { saveSegmentMutationOptions } from './save-segment';
import { recordingFetch, TOKEN, sharedTestSandbox } from '../../server/test-sandbox';

const sandbox = sharedTestSandbox();

function setup(timeoutMs = 15_000) {
  const recorder = recordingFetch();
  const client = createApiClient({
    apiBase: sandbox.apiBase,
    token: TOKEN,
    fetch: recorder.fetch,
    timeoutMs,
  });
  const queryClient = new QueryClient();
  const adds = () => recorder.calls.filter((c) => c.url.endsWith('/segments/add/')).length;
  const add = (name: string, listId = 5) =>
    new MutationObserver(
      queryClient,
      saveSegmentMutationOptions(client, queryClient, { retryDelay: 1 }),
    ).mutate({
      name,
      list_id: listId,
      is_static: true,
      is_refresh_daily: false,
    });
  const named = async (name: string) =>
    (await listSegments(client, { limit: 1000 })).items.filter((s) => s.name === name);
  return { client, add, adds, named };
}

describe('an add of unknown outcome', () => {
  it('is never retried by the save mutation, whatever the failure (regression: a timeout made two segments)', async () => {
    const { add, adds, named } = setup();
    await sandbox.fault({ mode: 'http500', count: 5, paths: ['segments/add'] });
    await expect(add('Once only')).rejects.toMatchObject({ kind: 'http', status: 500 });
    expect(adds()).toBe(1);
    expect(await named('Once only')).toEqual([]);
    await fetch(`${sandbox.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  });

  it('finds the segment a timed-out add created late, and only a new one with that name on that database', async () => {
    const { client, add, named } = setup(300);
    // A namesake before the attempt, and one on another database: neither is the one created.
    await setup().add('Late arrival');
    await setup().add('Late arrival', 6);
    const attempt = await prepareAdd(client, 'Late arrival', 5);
    expect(attempt.before.size).toBe(2);
    await sandbox.fault({ mode: 'slow', delayMs: 700, paths: ['segments/add'] });
    const error = await add('Late arrival').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(mayHaveBeenCreated(error)).toBe(true);
    expect(await findCreatedSegment(client, attempt)).toBeUndefined();
    const found = await waitForCreatedSegment(client, attempt, [0, 300, 300, 300, 300]);
    expect(found?.name).toBe('Late arrival');
    expect(attempt.before.has(found?.id ?? 0)).toBe(false);
    expect((await named('Late arrival')).map((s) => s.id)).toContain(found?.id);
    expect(await named('Late arrival')).toHaveLength(3);
  });

  it('finds nothing after a dropped connection that never reached the data', async () => {
    const { client, add } = setup();
    const attempt = await prepareAdd(client, 'Dropped', 5);
    await sandbox.fault({ mode: 'drop', paths: ['segments/add'] });
    const error = await add('Dropped').catch((e: unknown) => e);
    expect(mayHaveBeenCreated(error)).toBe(true);
    expect(await waitForCreatedSegment(client, attempt, [0, 10])).toBeUndefined();
  });

  it('is known not to exist after Altcraft refused it', async () => {
    const { add } = setup();
    const error = await add('Nowhere', 999).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'api' });
    expect(mayHaveBeenCreated(error)).toBe(false);
  });
});
