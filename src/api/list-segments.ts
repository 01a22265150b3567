import { queryOptions, useQuery } from '@tanstack/react-query';
import { pageRequestSchema, segmentListResponseSchema, type SegmentListResponse } from '../segment';
import { useApiClient } from './api-client-context';
import { pageBody, type Page, type PageParams } from './bodies';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';
import { retryDelay, shouldRetry } from './retry';

/** An item of `segments/list`. */
export type SegmentListItem = SegmentListResponse['data'][number];

/** `segments/list`: one page of segments (`fromId` inclusive, `limit` up to 1000). */
export async function listSegments(
  client: ApiClient,
  page: PageParams = {},
  signal?: AbortSignal,
): Promise<Page<SegmentListItem>> {
  const reply = await client.call({
    method: 'segments/list',
    body: pageBody(page),
    bodySchema: pageRequestSchema,
    replySchema: segmentListResponseSchema,
    signal,
  });
  return { items: reply.data, nextFromId: reply.next_from_id, totalCount: reply.total_count };
}

/**
 * Query options of one page of segments. Fresh for 30 seconds: the page asks for it at start
 * (src/app/early-start.ts) and the pickers that mount a moment later must not ask again, while a
 * list opened later (the open-segment dialog) is still asked afresh.
 */
export function segmentListQueryOptions(client: ApiClient, page: PageParams = {}) {
  return queryOptions({
    queryKey: apiKeys.segmentList(client, page),
    queryFn: ({ signal }) => listSegments(client, page, signal),
    staleTime: 30_000,
    retry: shouldRetry,
    retryDelay,
  });
}

/** One page of segments through TanStack Query. */
export function useSegmentList(page: PageParams = {}) {
  const client = useApiClient();
  return useQuery(segmentListQueryOptions(client, page));
}
