import { useMutation, useQueryClient } from '@tanstack/react-query';
import { envelopeSchema, idRequestSchema } from '../segment';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { apiKeys } from './query-keys';

/** `segments/delete`: deletes segment `id` (undocumented by Altcraft; any success reply will do). */
export async function deleteSegment(client: ApiClient, id: number): Promise<void> {
  await client.call({
    method: 'segments/delete',
    body: { id },
    bodySchema: idRequestSchema,
    replySchema: envelopeSchema,
  });
}

/** Deletes a segment (`mutate(id)`), then drops it from the cache and refetches the lists. Not retried. */
export function useDeleteSegment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteSegment(client, id),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: apiKeys.segment(client, id) });
      await queryClient.invalidateQueries({ queryKey: [...apiKeys.segments(client), 'list'] });
    },
  });
}
