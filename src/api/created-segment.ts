import { listIdOf } from '../segment';
import type { ApiClient } from './client';
import { isApiError } from './errors';
import { getSegment } from './get-segment';
import { listSegments, type SegmentListItem } from './list-segments';
import { withRetry } from './retry';
import { sleep } from './sleep';

/*
 * A `segments/add` is never repeated blindly (issue 13): a create that timed out, lost its
 * connection or got a proxy's 5xx may have been applied, and repeating it would make two segments.
 * Before an add the caller notes which segments carry the name already; after an add whose outcome
 * is unknown it looks for a segment with that name on that database that was not there before.
 */

/** An add about to be sent, or sent with an unknown outcome: what identifies its segment. */
export interface AddAttempt {
  name: string;
  listId: number;
  /** IDs of the segments that already had this name before the add was sent. */
  before: ReadonlySet<number>;
}

const PAGE = 1000;
/** Far more segments than an account holds; a guard against a list whose paging never ends. */
const MAX_PAGES = 100;

/** Every segment named `name` (`segments/list`, all pages; each page retried like a query). */
export async function listSegmentsNamed(
  client: ApiClient,
  name: string,
  retryDelay?: number,
): Promise<SegmentListItem[]> {
  const found: SegmentListItem[] = [];
  let fromId: number | undefined = 0;
  for (let pages = 0; fromId !== undefined && pages < MAX_PAGES; pages++) {
    const page = await withRetry(() => listSegments(client, { fromId, limit: PAGE }), retryDelay);
    found.push(...page.items.filter((item) => item.name === name));
    fromId =
      page.nextFromId !== undefined && page.nextFromId > (fromId ?? 0)
        ? page.nextFromId
        : undefined;
  }
  return found;
}

/** Notes what exists before an add of `name` on database `listId`. */
export async function prepareAdd(
  client: ApiClient,
  name: string,
  listId: number,
  retryDelay?: number,
): Promise<AddAttempt> {
  const named = await listSegmentsNamed(client, name, retryDelay);
  return { name, listId, before: new Set(named.map((item) => item.id)) };
}

/**
 * Whether an add that failed this way may still have been applied: anything but Altcraft's own
 * refusal (a timeout, a dropped connection, an HTTP error such as a proxy's 504, an answer that
 * could not be read). A refusal (`error != 0`) means nothing was created.
 */
export function mayHaveBeenCreated(error: unknown): boolean {
  return !isApiError(error) || error.kind !== 'api';
}

/** The database of a listed segment: from the list when it says, else from `segments/get`. */
async function databaseOf(
  client: ApiClient,
  item: SegmentListItem,
  retryDelay?: number,
): Promise<number | undefined> {
  if (typeof item.list_id === 'number') return item.list_id;
  const info = await withRetry(() => getSegment(client, item.id), retryDelay);
  return listIdOf(info);
}

/**
 * The segment `attempt` created, if one exists now: named as it, on its database, and not among
 * the segments that had the name before. The lowest such ID (the first created) when several do.
 */
export async function findCreatedSegment(
  client: ApiClient,
  attempt: AddAttempt,
  retryDelay?: number,
): Promise<SegmentListItem | undefined> {
  const named = await listSegmentsNamed(client, attempt.name, retryDelay);
  const candidates = named
    .filter((item) => !attempt.before.has(item.id))
    .sort((a, b) => a.id - b.id);
  for (const item of candidates) {
    const listId = await databaseOf(client, item, retryDelay);
    // A list that names no database cannot rule the segment out: name and newness decide.
    if (listId === undefined || listId === attempt.listId) return item;
  }
  return undefined;
}

/** Pauses before each check after an add of unknown outcome: a slow server may apply it late. */
export const CREATED_CHECK_DELAYS: readonly number[] = [0, 1000, 2000, 4000];

/**
 * Looks for the segment of `attempt` once after each of `delays` (ms), and returns it as soon as
 * it appears; undefined when it never did. Throws when the list cannot be read at all.
 */
export async function waitForCreatedSegment(
  client: ApiClient,
  attempt: AddAttempt,
  delays: readonly number[] = CREATED_CHECK_DELAYS,
  retryDelay?: number,
): Promise<SegmentListItem | undefined> {
  for (const delay of delays) {
    if (delay > 0) await sleep(delay);
    const found = await findCreatedSegment(client, attempt, retryDelay);
    if (found) return found;
  }
  return undefined;
}
