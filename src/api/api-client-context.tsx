import { createContext, use, type ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiClientContext = createContext<ApiClient | null>(null);

/**
 * Provides the API client to the hooks of `src/api` (`useSegment`, `useSaveSegment`, ...). Place
 * it inside TanStack Query's `QueryClientProvider`.
 */
export function ApiClientProvider({
  client,
  children,
}: {
  client: ApiClient;
  children: ReactNode;
}) {
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

/** The client given to the nearest {@link ApiClientProvider}. */
export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (!client) throw new Error('useApiClient() needs an <ApiClientProvider> above it.');
  return client;
}
