import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import {
  isMissingSegment,
  saveSegmentMutationOptions,
  segmentQueryOptions,
  type AddAttempt,
  type ApiClient,
  type SaveResult,
} from '../../api';
import type { SegmentInfo, SegmentRequest } from '../../segment';
import { comparedVersion, diffVersions } from '../conflict-diff';
import { checkedAdd } from './checked-add';
import { decideSave, segmentToRead, type SaveIntent, type ServerRead } from './save-decision';
import type { Conflict, OverwriteQuestion, SaveStatus } from './types';

/** What the session saves through: the API client, the query cache, and errors in words. */
export interface DocumentApi {
  client: ApiClient;
  queryClient: QueryClient;
  /** Any error of the client as a sentence in the UI's language. */
  errorMessage: (error: unknown) => string;
  /** The pause before each retry of an update, and before each check after an add (tests shorten them). */
  retryDelay?: number;
  addCheckDelays?: readonly number[];
}

/** Sends `request` through the save mutation (an update retried with backoff, an add never). */
export function sendSave(api: DocumentApi, request: SegmentRequest): Promise<SaveResult> {
  const options = saveSegmentMutationOptions(api.client, api.queryClient, {
    ...(api.retryDelay === undefined ? {} : { retryDelay: api.retryDelay }),
  });
  return new MutationObserver(api.queryClient, options).mutate(request);
}

/** Segment `id` as the server holds it now (never the cache), or why there is none. */
async function readNow(
  api: DocumentApi,
  id: number,
): Promise<{ info: SegmentInfo } | { missing: string }> {
  try {
    return {
      info: await api.queryClient.fetchQuery({
        ...segmentQueryOptions(api.client, id),
        staleTime: 0,
      }),
    };
  } catch (error) {
    if (isMissingSegment(error)) return { missing: api.errorMessage(error) };
    throw error;
  }
}

/** What Save does after reading the server: add, update, or ask the person first. */
export type SavePlan =
  | { action: 'add' }
  | { action: 'update' }
  | {
      action: 'ask';
      status: SaveStatus & { kind: 'asking' };
      conflict: Conflict | null;
      question: OverwriteQuestion | null;
    };

/**
 * Reads the segment the form names (unless it adds without reading) and follows the one rule for
 * overwriting (save-decision.ts): the own segment, unchanged on the server, is updated silently; a
 * conflict or another segment's ID asks with what differs; an ID no segment has offers a new one.
 */
export async function planSave(
  api: DocumentApi,
  intent: SaveIntent,
  request: SegmentRequest,
): Promise<SavePlan> {
  const toRead = segmentToRead(intent);
  let server: ServerRead | undefined;
  let fresh: SegmentInfo | undefined;
  let missing = '';
  if (toRead !== undefined) {
    const found = await readNow(api, toRead);
    if ('info' in found) {
      fresh = found.info;
      server = { exists: true, version: comparedVersion(found.info) };
    } else {
      missing = found.missing;
      server = { exists: false };
    }
  }
  const decision = decideSave(intent, server, comparedVersion(request));
  if (decision.action === 'ask-missing') {
    return {
      action: 'ask',
      status: { kind: 'asking', id: decision.id, reason: 'missing' },
      conflict: null,
      question: { kind: 'missing', id: decision.id, detail: missing },
    };
  }
  if ((decision.action === 'ask-conflict' || decision.action === 'ask-overwrite') && fresh) {
    const conflicting = decision.action === 'ask-conflict';
    const differences =
      conflicting && intent.loaded
        ? diffVersions(intent.loaded, comparedVersion(fresh))
        : diffVersions(comparedVersion(fresh), comparedVersion(request));
    const found = { id: decision.id, fresh, ...differences };
    return {
      action: 'ask',
      status: { kind: 'asking', id: decision.id, reason: conflicting ? 'conflict' : 'overwrite' },
      conflict: conflicting ? found : null,
      question: conflicting ? null : { kind: 'overwrite', sending: request, ...found },
    };
  }
  return { action: decision.action === 'add' ? 'add' : 'update' };
}

/** What an add came to: the status to show, the segment when one exists, what Retry looks for first. */
export interface AddResult {
  status: SaveStatus;
  /** The segment created (or found created after a lost answer); undefined when none is known. */
  savedId: number | undefined;
  /** An attempt of unknown outcome, looked for before the next add sends anything. */
  earlier: AddAttempt | null;
}

/** Adds `request` once, never blindly (checked-add.ts), and says what came of it. */
export async function addOnce(
  api: DocumentApi,
  request: SegmentRequest,
  asNew: boolean,
  earlier: AddAttempt | null,
  onChecking: () => void,
): Promise<AddResult> {
  const outcome = await checkedAdd(request, {
    client: api.client,
    send: async (body) => (await sendSave(api, body)).savedId,
    earlier,
    onChecking,
    ...(api.addCheckDelays ? { delays: api.addCheckDelays } : {}),
  });
  if (outcome.kind === 'not-created' || outcome.kind === 'unknown') {
    const checked = outcome.kind === 'not-created';
    const message = api.errorMessage(outcome.error);
    return {
      status: { kind: 'not-created', message, checked, asNew },
      savedId: undefined,
      earlier: outcome.attempt,
    };
  }
  // Found: the segment holds what was sent, so the editor goes on with it as if the answer had come.
  const status: SaveStatus =
    outcome.kind === 'created'
      ? { kind: 'saved', id: outcome.id, how: 'created' }
      : {
          kind: 'found',
          id: outcome.id,
          cause: outcome.cause,
          message: outcome.error === undefined ? '' : api.errorMessage(outcome.error),
        };
  return { status, savedId: outcome.id, earlier: null };
}
