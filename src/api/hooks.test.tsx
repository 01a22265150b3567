// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../i18n';
import { ApiClientProvider } from './api-client-context';
import { createApiClient } from './client';
import { ApiError } from './errors';
import { useDatabaseFields } from './get-database-fields';
import { useSegment } from './get-segment';
import { useSaveSegment } from './save-segment';
import { useApiErrorMessage } from './use-api-error-message';

/** A fetch answering per API method; methods not listed fail with HTTP 500. */
function fakeApi(replies: Record<string, unknown>) {
  const methods: string[] = [];
  let release: () => void = () => {};
  const gate = { held: false };
  const fetchImpl: typeof fetch = async (input) => {
    const method = (typeof input === 'string' ? input : '').replace(/^\/api\/v1\.1\/|\/$/g, '');
    methods.push(method);
    if (gate.held) await new Promise<void>((resolve) => (release = resolve));
    const reply = replies[method];
    return reply === undefined
      ? new Response('oops', { status: 500 })
      : new Response(JSON.stringify({ error: 0, error_text: 'Successful operation', data: reply }));
  };
  return { fetchImpl, methods, gate, release: () => release() };
}

function wrapperFor(fetchImpl: typeof fetch) {
  const client = createApiClient({ fetch: fetchImpl });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
}

describe('the query hooks', () => {
  it('load a segment by id and stay idle without one', async () => {
    const api = fakeApi({ 'segments/get': { id: 7, name: 'VIP', count: 15 } });
    const wrapper = wrapperFor(api.fetchImpl);
    const loaded = renderHook(() => useSegment(7), { wrapper });
    await waitFor(() => expect(loaded.result.current.data?.name).toBe('VIP'));
    const idle = renderHook(() => useSegment(undefined), { wrapper });
    expect(idle.result.current.fetchStatus).toBe('idle');
    expect(api.methods).toEqual(['segments/get']);
  });

  it('give null fields ("no catalogue") instead of an error', async () => {
    const api = fakeApi({});
    const { result } = renderHook(() => useDatabaseFields(5), {
      wrapper: wrapperFor(api.fetchImpl),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    expect(result.current.isError).toBe(false);
  });
});

describe('useSaveSegment', () => {
  it('adds a new segment and is pending while the request runs', async () => {
    const api = fakeApi({ 'segments/add': { saved_id: 33 } });
    api.gate.held = true;
    const { result } = renderHook(() => useSaveSegment(), { wrapper: wrapperFor(api.fetchImpl) });
    let saved: Promise<unknown> = Promise.resolve();
    act(() => {
      saved = result.current.mutateAsync({
        name: 'New',
        list_id: 5,
        is_static: true,
        is_refresh_daily: false,
      });
    });
    await waitFor(() => expect(result.current.isPending).toBe(true));
    await waitFor(() => expect(api.methods).toEqual(['segments/add']));
    api.release();
    await expect(saved).resolves.toEqual({ savedId: 33, created: true });
    await waitFor(() => expect(result.current.isPending).toBe(false));
  });
});

describe('useApiErrorMessage', () => {
  it('says an ApiError in the UI language and other errors as they are', async () => {
    const i18n = initI18n();
    await setLanguage('ru');
    const error = new ApiError({
      kind: 'api',
      messageKey: 'api',
      params: { code: 403, text: 'Access denied' },
      code: 403,
    });
    const { result } = renderHook(() => useApiErrorMessage());
    expect(result.current(error)).toBe('Altcraft отклонил запрос (ошибка 403): Access denied');
    await act(() => i18n.changeLanguage('en'));
    expect(result.current(error)).toBe(error.message);
    expect(result.current(new Error('plain'))).toBe('plain');
  });
});
