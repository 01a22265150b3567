import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { idRequestSchema, fieldsResponseSchema, type DatabaseField } from '../segment';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';

/**
 * `databases/fields_get`: the fields of database `id`. The call is undocumented by Altcraft
 * (altcraft-api.md section 4), so this throws an ApiError like any call, and the query below turns
 * any failure into "no catalogue".
 */
export async function getDatabaseFields(
  client: ApiClient,
  id: number,
  signal?: AbortSignal,
): Promise<DatabaseField[]> {
  const reply = await client.call({
    method: 'databases/fields_get',
    body: { id },
    bodySchema: idRequestSchema,
    replySchema: fieldsResponseSchema,
    signal,
  });
  return reply.data;
}

/**
 * Query options of database `id`'s fields. The data is the field list, or `null` when the server
 * could not give one ("no catalogue": the editor falls back to the built-in standard fields and
 * free text). It never fails and is not retried.
 */
export function databaseFieldsQueryOptions(client: ApiClient, id: number | undefined) {
  return queryOptions({
    queryKey: apiKeys.databaseFields(client, id),
    queryFn:
      id === undefined
        ? skipToken
        : ({ signal }): Promise<DatabaseField[] | null> =>
            getDatabaseFields(client, id, signal).catch((error: unknown) => {
              // The caller's own abort still cancels the query; everything else means no catalogue.
              if (signal.aborted) throw error;
              return null;
            }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Database `id`'s fields (`null`: no catalogue) through TanStack Query. */
export function useDatabaseFields(id: number | undefined) {
  const client = useApiClient();
  return useQuery(databaseFieldsQueryOptions(client, id));
}
