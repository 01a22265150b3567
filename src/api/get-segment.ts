import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { getSegmentResponseSchema, idRequestSchema, type SegmentInfo } from '../segment';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { isApiError } from './errors';
import { apiKeys } from './query-keys';
import { retryDelay, shouldRetry } from './retry';

/**
 * `segments/get`: the segment `id` with its rules in the shape update accepts, plus `count` and
 * (from the sandbox) the kind flags. Throws an ApiError.
 */
export async function getSegment(
  client: ApiClient,
  id: number,
  signal?: AbortSignal,
): Promise<SegmentInfo> {
  const reply = await client.call({
    method: 'segments/get',
    body: { id },
    bodySchema: idRequestSchema,
    replySchema: getSegmentResponseSchema,
    signal,
  });
  return reply.data;
}

/**
 * Query options of segment `id` (disabled while `id` is undefined). Loaded once and never
 * refetched behind the user's back (`staleTime: Infinity`): the form owns the edits; saving marks
 * it stale. A load that failed before the screen mounted (the page asks at start, see
 * src/app/early-start.ts) is shown with its Retry, not silently asked again (`retryOnMount`).
 */
export function segmentQueryOptions(client: ApiClient, id: number | undefined) {
  return queryOptions({
    queryKey: apiKeys.segment(client, id),
    queryFn: id === undefined ? skipToken : ({ signal }) => getSegment(client, id, signal),
    staleTime: Infinity,
    retryOnMount: false,
    retry: shouldRetry,
    retryDelay,
  });
}

/** The segment `id` through TanStack Query; idle while `id` is undefined (a new segment). */
export function useSegment(id: number | undefined) {
  const client = useApiClient();
  return useQuery(segmentQueryOptions(client, id));
}

/** Altcraft's codes that are about the caller (token, tariff, rights), not about the segment. */
const CALLER_CODES = new Set([401, 402, 403]);

/**
 * Whether a `segments/get` failure means there is no segment with that ID: Altcraft answered and
 * refused with a code that is not about the caller (the sandbox says `400 Segment N not found.`).
 * A network failure, a timeout or a refused token says nothing about the segment.
 */
export function isMissingSegment(error: unknown): boolean {
  return isApiError(error) && error.kind === 'api' && !CALLER_CODES.has(error.code ?? 0);
}
