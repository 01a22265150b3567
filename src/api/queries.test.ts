import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fetchAppConfig } from './app-config';
import { createApiClient } from './client';
import { databaseFieldsQueryOptions } from './get-database-fields';
import { getSegment, segmentQueryOptions } from './get-segment';
import { apiKeys } from './query-keys';
import { retryDelay, shouldRetry } from './retry';
import { saveSegmentMutationOptions } from './save-segment';
import { recordingFetch, TOKEN, sharedTestSandbox } from '../../server/test-sandbox';

const sandbox = sharedTestSandbox();

function setup() {
  const recorder = recordingFetch();
  const client = createApiClient({ apiBase: sandbox.apiBase, token: TOKEN, fetch: recorder.fetch });
  const queryClient = new QueryClient();
  const saves = () => recorder.calls.filter((c) => c.url.endsWith('/segments/update/')).length;
  const save = (name: string) => {
    const observer = new MutationObserver(
      queryClient,
      saveSegmentMutationOptions(client, queryClient, { retryDelay: 1 }),
    );
    return observer.mutate({ id: 1, name, list_id: 5, is_static: true, is_refresh_daily: false });
  };
  return { client, queryClient, saves, save, calls: recorder.calls };
}

describe('the save mutation', () => {
  it('retries after HTTP 5xx, a dropped connection and an HTML error page, then saves', async () => {
    const { client, save, saves } = setup();
    await sandbox.fault({ mode: 'http500', count: 1, paths: ['segments/update'] });
    expect(await save('After one 500')).toEqual({ savedId: 1, created: false });
    expect(saves()).toBe(2);
    await sandbox.fault({ mode: 'drop', count: 2, paths: ['segments/update'] });
    expect(await save('After two drops')).toEqual({ savedId: 1, created: false });
    expect(saves()).toBe(5);
    await sandbox.fault({ mode: 'html', count: 1, paths: ['segments/update'] });
    await save('After a proxy page');
    expect((await getSegment(client, 1)).name).toBe('After a proxy page');
  });

  it('gives up after three retries', async () => {
    const { save, saves } = setup();
    await sandbox.fault({ mode: 'http500', count: 10, paths: ['segments/update'] });
    await expect(save('Never')).rejects.toMatchObject({ kind: 'http', status: 500 });
    expect(saves()).toBe(4);
    await fetch(`${sandbox.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  });

  it.each([
    ['an Altcraft refusal', { mode: 'api-error', error: 400, errorText: 'Bad request' }, 'api'],
    ['an unreadable answer', { mode: 'malformed' }, 'parse'],
  ] as const)('never retries %s', async (_name, fault, kind) => {
    const { save, saves } = setup();
    await sandbox.fault({ ...fault, paths: ['segments/update'] });
    await expect(save('Refused')).rejects.toMatchObject({ kind });
    expect(saves()).toBe(1);
  });

  it('marks the saved segment stale without refetching it', async () => {
    const { client, queryClient, save } = setup();
    await queryClient.fetchQuery(segmentQueryOptions(client, 1));
    await save('Stale now');
    const state = queryClient.getQueryState(apiKeys.segment(client, 1));
    expect(state?.isInvalidated).toBe(true);
    expect(queryClient.getQueryData(segmentQueryOptions(client, 1).queryKey)?.name).not.toBe(
      'Stale now',
    );
  });
});

describe('the fields query', () => {
  it('gives the fields of a database', async () => {
    const { client, queryClient } = setup();
    const fields = await queryClient.fetchQuery(databaseFieldsQueryOptions(client, 5));
    expect(fields?.map((f) => f.name)).toContain('visits');
  });

  it.each([
    ['an unknown database', 999, undefined],
    ['an HTTP 500', 5, { mode: 'http500' }],
    ['an HTML page', 5, { mode: 'html' }],
  ] as const)(
    'means "no catalogue" (null) after %s, without retrying',
    async (_name, id, fault) => {
      const { client, queryClient, calls } = setup();
      if (fault) await sandbox.fault({ ...fault, paths: ['databases/fields_get'] });
      const fields = await queryClient.fetchQuery(databaseFieldsQueryOptions(client, id));
      expect(fields).toBeNull();
      expect(calls).toHaveLength(1);
    },
  );
});

describe('shouldRetry and retryDelay', () => {
  it('back off exponentially and stop after three retries', () => {
    expect([0, 1, 2, 3, 4].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(shouldRetry(0, new Error('not an ApiError'))).toBe(false);
  });
});

describe('fetchAppConfig', () => {
  const serving =
    (status: number, body: string): typeof fetch =>
    () =>
      Promise.resolve(
        new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
      );

  it('reads the configuration', async () => {
    const config = {
      allowedOrigins: ['http://localhost:3000'],
      tokenInjected: true,
      mode: 'sandbox',
    };
    expect(await fetchAppConfig({ fetch: serving(200, JSON.stringify(config)) })).toEqual(config);
  });

  it('fills what is missing with safe defaults', async () => {
    expect(await fetchAppConfig({ fetch: serving(200, '{"allowedOrigins":"*"}') })).toEqual({
      allowedOrigins: [],
      tokenInjected: false,
      mode: 'unknown',
    });
  });

  it.each([
    ['a 404', serving(404, 'Not found')],
    ['an HTML page', serving(200, '<!doctype html><p>hi')],
    ['a list', serving(200, '[]')],
    ['a network error', () => Promise.reject(new TypeError('fetch failed'))],
  ] as [string, typeof fetch][])('is null after %s', async (_name, fetchImpl) => {
    expect(await fetchAppConfig({ fetch: fetchImpl })).toBeNull();
  });
});
