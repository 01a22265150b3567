import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { savedResponseSchema, segmentRequestSchema, type SegmentRequest } from '../segment';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';
import { withRetry } from './retry';

/** What a save answers. */
export interface SaveResult {
  /** The segment's id (`saved_id`): the same on update, the new one on add. */
  savedId: number;
  /** True when the segment was created (`segments/add`). */
  created: boolean;
}

async function post(client: ApiClient, method: string, request: SegmentRequest): Promise<number> {
  const reply = await client.call({
    method,
    body: request,
    bodySchema: segmentRequestSchema,
    replySchema: savedResponseSchema,
  });
  return reply.data.saved_id;
}

/** `segments/update`: saves the existing segment `request.id`; returns `saved_id`. */
export function updateSegment(
  client: ApiClient,
  request: SegmentRequest & { id: number },
): Promise<number> {
  return post(client, 'segments/update', request);
}

/** `segments/add`: creates a segment from `request` (any `id` is left out); returns the new id. */
export function addSegment(client: ApiClient, request: SegmentRequest): Promise<number> {
  const { id: _id, ...body } = request;
  return post(client, 'segments/add', body);
}

/** Updates `request` when it has an `id`, else adds it. */
export async function saveSegment(client: ApiClient, request: SegmentRequest): Promise<SaveResult> {
  if (request.id !== undefined) {
    return { savedId: await updateSegment(client, { ...request, id: request.id }), created: false };
  }
  return { savedId: await addSegment(client, request), created: true };
}

/** Overrides of the save mutation's retry policy (tests shorten the backoff). */
export interface SaveSegmentOptions {
  retryDelay?: number | ((failureCount: number) => number);
}

/**
 * Mutation options of a save: {@link saveSegment}. An update (idempotent) is retried with
 * exponential backoff after network errors, timeouts and HTTP 5xx (never after Altcraft's refusals
 * or unreadable answers). An add is never retried: a create that timed out may have been applied,
 * and a second one would duplicate the segment; the caller checks what exists instead
 * ({@link findCreatedSegment}). On success the segment lists are refetched and the saved segment
 * is marked stale (not refetched, so the form is not disturbed).
 */
export function saveSegmentMutationOptions(
  client: ApiClient,
  queryClient: QueryClient,
  options: SaveSegmentOptions = {},
) {
  return mutationOptions({
    mutationKey: [...apiKeys.segments(client), 'save'],
    mutationFn: async (request: SegmentRequest): Promise<SaveResult> => {
      const { id } = request;
      if (id === undefined) return { savedId: await addSegment(client, request), created: true };
      const savedId = await withRetry(
        () => updateSegment(client, { ...request, id }),
        options.retryDelay,
      );
      return { savedId, created: false };
    },
    retry: false,
    onSuccess: async ({ savedId }) => {
      await queryClient.invalidateQueries({
        queryKey: apiKeys.segment(client, savedId),
        refetchType: 'none',
      });
      await queryClient.invalidateQueries({ queryKey: [...apiKeys.segments(client), 'list'] });
    },
  });
}

/**
 * The save mutation: `mutate(request)` / `mutateAsync(request)`; `isPending` while a save (with
 * an update's retries) runs, so the UI can refuse a second submit; `error` is an ApiError.
 */
export function useSaveSegment(options?: SaveSegmentOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(saveSegmentMutationOptions(client, queryClient, options));
}
