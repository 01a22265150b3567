import { queryOptions, useQuery } from '@tanstack/react-query';
import { databaseListResponseSchema, pageRequestSchema, type Database } from '../segment';
import { useApiClient } from './api-client-context';
import { pageBody, type Page, type PageParams } from './bodies';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';
import { retryDelay, shouldRetry } from './retry';

/** `databases/list`: one page of profile databases (`fromId` inclusive, `limit` up to 1000). */
export async function listDatabases(
  client: ApiClient,
  page: PageParams = {},
  signal?: AbortSignal,
): Promise<Page<Database>> {
  const reply = await client.call({
    method: 'databases/list',
    body: pageBody(page),
    bodySchema: pageRequestSchema,
    replySchema: databaseListResponseSchema,
    signal,
  });
  return { items: reply.data, nextFromId: reply.next_from_id, totalCount: reply.total_count };
}

/** Query options of one page of databases (by default the first 1000: enough for a picker). */
export function databasesQueryOptions(client: ApiClient, page: PageParams = { limit: 1000 }) {
  return queryOptions({
    queryKey: apiKeys.databases(client, page),
    queryFn: ({ signal }) => listDatabases(client, page, signal),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
    retryDelay,
  });
}

/** The databases (first page) through TanStack Query. */
export function useDatabases(page?: PageParams) {
  const client = useApiClient();
  return useQuery(databasesQueryOptions(client, page));
}
