import { QueryClient } from '@tanstack/react-query';
import {
  appConfigQueryOptions,
  createApiClient,
  getSegment,
  databaseFieldsQueryOptions,
  databasesQueryOptions,
  segmentListQueryOptions,
  segmentQueryOptions,
  sleep,
} from '../api';
import { listIdOf } from '../segment';
import { isEmbedded } from '../embed/is-embedded';
import { apiClientOptions } from './api-connection-options';
import { parseConfig, type ParsedConfig } from './config';
import { readRememberedToken } from './token-store';

/** What the page starts before the application's code has arrived. */
export interface EarlyStart extends ParsedConfig {
  /** The query cache the application uses, already fetching what the first screen shows. */
  queryClient: QueryClient;
  /** Settles when the segment asked for (with its database's fields) is in, or failed; at once without one. */
  segmentSettled: Promise<unknown>;
  /**
   * Settles when the segment's own reply is in and read (and its database's fields asked for), or
   * failed; at once without one.
   */
  segmentReceived: Promise<unknown>;
}

/** How long the segment waits for its database's fields before the screen gets it without them. */
const FIELDS_WAIT_MS = 400;

/** The query client of the application (one per page). */
export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/*
 * The first thing the page does (src/main.tsx), while the rest of the code downloads: read the URL's
 * configuration and ask for the segment, then for what its pickers offer (the databases, the
 * segments, the fields of its database). The answers land in the query cache the application then
 * reads, under the keys its own queries use, so nothing is asked twice. The request goes through the
 * same API client, with the same options and headers, as the application's (api-connection.tsx).
 * An embedded editor waits for its host's `init` (its token and segment) and prefetches nothing.
 */
export function startEarly(search: string): EarlyStart {
  const parsed = parseConfig(search);
  const queryClient = createQueryClient();
  const { config } = parsed;
  if (config.embed && isEmbedded())
    return {
      ...parsed,
      queryClient,
      segmentSettled: Promise.resolve(),
      segmentReceived: Promise.resolve(),
    };
  const client = createApiClient(apiClientOptions(config, config.format, readRememberedToken()));
  // Prefetches never throw: a failure is the query's error state, which the screen shows.
  const fields = (listId: number | undefined) =>
    listId === undefined
      ? Promise.resolve()
      : queryClient.prefetchQuery(databaseFieldsQueryOptions(client, listId));
  let segmentSettled: Promise<unknown> = Promise.resolve();
  let received = () => {};
  const segmentReceived = new Promise<void>((resolve) => (received = resolve));
  if (config.segment !== undefined) {
    const options = segmentQueryOptions(client, config.segment);
    const id = config.segment;
    segmentSettled = queryClient.prefetchQuery({
      ...options,
      // The segment is handed to the screen with its database's fields when they follow within
      // FIELDS_WAIT_MS: the pickers then show the fields' names in the first render, instead of a
      // second render of every condition (and a second tree of them in memory) a moment later.
      queryFn: async ({ signal }) => {
        const info = await getSegment(client, id, signal).catch((error: unknown) => {
          received();
          throw error;
        });
        const asked = fields(listIdOf(info) ?? config.list);
        received();
        await Promise.race([asked, sleep(FIELDS_WAIT_MS)]);
        return info;
      },
    });
  } else {
    received();
    void fields(config.list ?? 1);
  }
  void queryClient.prefetchQuery(appConfigQueryOptions());
  void queryClient.prefetchQuery(databasesQueryOptions(client));
  void queryClient.prefetchQuery(segmentListQueryOptions(client));
  return { ...parsed, queryClient, segmentSettled, segmentReceived };
}
