import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { databaseGetResponseSchema, idRequestSchema, type Database } from '../segment';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';
import { retryDelay, shouldRetry } from './retry';

/** `databases/get`: the profile database `id`. */
export async function getDatabase(
  client: ApiClient,
  id: number,
  signal?: AbortSignal,
): Promise<Database> {
  const reply = await client.call({
    method: 'databases/get',
    body: { id },
    bodySchema: idRequestSchema,
    replySchema: databaseGetResponseSchema,
    signal,
  });
  return reply.data;
}

/** Query options of database `id` (disabled while `id` is undefined). */
export function databaseQueryOptions(client: ApiClient, id: number | undefined) {
  return queryOptions({
    queryKey: apiKeys.database(client, id),
    queryFn: id === undefined ? skipToken : ({ signal }) => getDatabase(client, id, signal),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
    retryDelay,
  });
}

/** Database `id` through TanStack Query. */
export function useDatabase(id: number | undefined) {
  const client = useApiClient();
  return useQuery(databaseQueryOptions(client, id));
}
