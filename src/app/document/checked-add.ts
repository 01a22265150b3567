import {
  findCreatedSegment,
  isApiError,
  mayHaveBeenCreated,
  prepareAdd,
  waitForCreatedSegment,
  type AddAttempt,
  type ApiClient,
} from '../../api';
import { listIdOf, type SegmentRequest } from '../../segment';
import type { LostAnswer } from './types';

/*
 * An add that is never blind (issue 13): the segments carrying the name are noted first; the add is
 * sent once; when it fails in a way that may have reached the server, the list says whether it
 * was created. An attempt whose outcome stays unknown is kept, and the next add (Retry) looks for
 * its segment before it sends anything.
 */

/** What an add came to. */
export type AddOutcome =
  | { kind: 'created'; id: number }
  /** The add failed, but its segment exists: created before the answer was lost (`cause`). */
  | { kind: 'found'; id: number; error: unknown; cause: LostAnswer }
  /** The add failed in a way that may have reached the server, and no segment appeared. */
  | { kind: 'not-created'; error: unknown; attempt: AddAttempt }
  /** The add failed that way, and the list could not be read to tell: the next add looks first. */
  | { kind: 'unknown'; error: unknown; attempt: AddAttempt };

export interface CheckedAddOptions {
  client: ApiClient;
  /** Sends `segments/add` once (the save mutation, which never retries an add). */
  send: (request: SegmentRequest) => Promise<number>;
  /** An earlier attempt whose outcome is unknown: looked for before anything is sent. */
  earlier: AddAttempt | null;
  /** Called when the add failed and the list is being checked (a status for the person). */
  onChecking: () => void;
  /** The pauses before each check (tests shorten them). */
  delays?: readonly number[];
}

/** Why the add's answer was lost, by how it failed (an add Altcraft refused never gets here). */
function lostAnswerOf(error: unknown): LostAnswer {
  if (!isApiError(error) || error.kind === 'network') return 'dropped';
  return error.kind === 'timeout' ? 'timeout' : 'server';
}

/** The database an add names: the top-level `list_id`, else its groups' (the schema made them agree). */
const databaseOf = (request: SegmentRequest): number => listIdOf(request) ?? 0;

/**
 * Adds `request` (which has no `id`) without ever creating it twice. Throws what the add threw
 * when Altcraft refused it (nothing was created), and what the list threw when it cannot be read
 * before the add (nothing was sent).
 */
export async function checkedAdd(
  request: SegmentRequest,
  options: CheckedAddOptions,
): Promise<AddOutcome> {
  const { client, send, earlier, onChecking, delays } = options;
  if (earlier) {
    const found = await findCreatedSegment(client, earlier);
    if (found) return { kind: 'found', id: found.id, error: undefined, cause: 'earlier' };
  }
  const attempt = await prepareAdd(client, request.name, databaseOf(request));
  try {
    return { kind: 'created', id: await send(request) };
  } catch (error) {
    if (!mayHaveBeenCreated(error)) throw error;
    onChecking();
    try {
      const found = await waitForCreatedSegment(client, attempt, delays);
      return found
        ? { kind: 'found', id: found.id, error, cause: lostAnswerOf(error) }
        : { kind: 'not-created', error, attempt };
    } catch {
      return { kind: 'unknown', error, attempt };
    }
  }
}
