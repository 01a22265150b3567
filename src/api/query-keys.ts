import type { PageParams } from './bodies';
import type { ApiClient } from './client';

/*
 * Query keys, one place. Every key starts with the API base, so two clients on different APIs
 * never share cached data. The token is never part of a key (keys show up in devtools).
 */

const root = (client: ApiClient) => ['altcraft', client.apiBase] as const;

/** Keys of the API's queries; `apiKeys.segments(client)` matches every segment query. */
export const apiKeys = {
  all: root,
  segments: (client: ApiClient) => [...root(client), 'segments'] as const,
  segment: (client: ApiClient, id: number | undefined) =>
    [...root(client), 'segments', 'get', id ?? null] as const,
  segmentList: (client: ApiClient, page: PageParams) =>
    [...root(client), 'segments', 'list', page] as const,
  databases: (client: ApiClient, page: PageParams) =>
    [...root(client), 'databases', 'list', page] as const,
  database: (client: ApiClient, id: number | undefined) =>
    [...root(client), 'databases', 'get', id ?? null] as const,
  databaseFields: (client: ApiClient, id: number | undefined) =>
    [...root(client), 'databases', 'fields', id ?? null] as const,
};
