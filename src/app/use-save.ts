import { useCallback, useRef, useState, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  isMissingSegment,
  segmentQueryOptions,
  useApiClient,
  useApiErrorMessage,
  useSaveSegment,
  type AddAttempt,
} from '../api';
import { SUMMARY_ID, type EditorHandle } from '../editor';
import type { SegmentInfo, SegmentRequest } from '../segment';
import { checkedAdd } from './checked-add';
import {
  comparedVersion,
  diffVersions,
  type ComparedVersion,
  type Difference,
} from './conflict-diff';
import { withoutSecrets } from './draft-store';
import { decideSave, segmentToRead, type ServerRead } from './save-decision';

/** What Save did to the server: created a segment, updated this one, or overwrote after a question. */
export type SavedHow = 'created' | 'updated' | 'overwrote';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** Save asks the person first (the dialog is open): about `id`, for `reason`. */
  | { kind: 'asking'; id: number; reason: 'overwrite' | 'missing' | 'conflict' }
  /** An add failed in a way that may have reached the server: the list is being checked. */
  | { kind: 'checking' }
  | { kind: 'refused'; count: number }
  | { kind: 'saved'; id: number; how: SavedHow }
  /** An add failed, but its segment `id` was found: created before the answer was lost. */
  | { kind: 'found'; id: number; message: string }
  /** An add failed and no segment appeared (`checked`), or the list could not tell; Retry looks first. */
  | { kind: 'not-created'; message: string; checked: boolean; asNew: boolean }
  | { kind: 'reloaded'; id: number }
  | { kind: 'failed'; message: string; asNew: boolean };

/** The segment's version on the server and how it differs: for the conflict and overwrite questions. */
export interface Conflict {
  id: number;
  fresh: SegmentInfo;
  differences: Difference[];
  more: number;
}

/**
 * A question Save asks before it changes a segment this editor did not load: `overwrite` (it
 * exists: what differs from what is sent) or `missing` (no segment has that ID; `detail` is the
 * server's word).
 */
export type OverwriteQuestion =
  | ({ kind: 'overwrite'; sending: SegmentRequest } & Conflict)
  | { kind: 'missing'; id: number; detail: string };

export interface UseSaveOptions {
  editor: EditorHandle;
  /** The segment this editor loaded or created; only it is updated without a question. */
  segmentId: number | undefined;
  /** The server's version as last seen (loaded, saved or reloaded); compared before an update. */
  serverVersion: RefObject<ComparedVersion | undefined>;
  setStatus: (status: SaveStatus) => void;
  /** A save succeeded: `request` is what was sent, with the id it was saved under. */
  onSaved: (request: SegmentRequest & { id: number }, savedId: number) => void;
}

type RunMode = { kind: 'decide'; asNew: boolean } | { kind: 'confirmed'; how: 'overwrote' };

/**
 * Save over the API: validate everything (refuse with the reason while anything is invalid), then
 * follow the one rule for overwriting (save-decision.ts): the own segment is updated silently while
 * unchanged on the server, a conflict asks; any other ID asks before it is overwritten, or offers
 * a new segment when none has it. An update is retried with backoff; an add never is: after a
 * failure that may have reached the server, the list says whether it was created (checked-add.ts).
 * One save at a time. Every edit stays in the editor on failure.
 */
export function useSave({ editor, segmentId, serverVersion, setStatus, onSaved }: UseSaveOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const mutation = useSaveSegment();
  const errorMessage = useApiErrorMessage();
  const busy = useRef(false);
  const earlierAdd = useRef<AddAttempt | null>(null);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [question, setQuestion] = useState<OverwriteQuestion | null>(null);

  /** Segment `id` as the server holds it now (never the cache), or why there is none. */
  const read = useCallback(
    async (id: number): Promise<{ info: SegmentInfo } | { missing: string }> => {
      try {
        return {
          info: await queryClient.fetchQuery({ ...segmentQueryOptions(client, id), staleTime: 0 }),
        };
      } catch (error) {
        if (isMissingSegment(error)) return { missing: errorMessage(error) };
        throw error;
      }
    },
    [client, errorMessage, queryClient],
  );

  const add = useCallback(
    async (request: SegmentRequest, asNew: boolean) => {
      const outcome = await checkedAdd(request, {
        client,
        send: async (body) => (await mutation.mutateAsync(body)).savedId,
        earlier: earlierAdd.current,
        onChecking: () => setStatus({ kind: 'checking' }),
      });
      if (outcome.kind === 'not-created' || outcome.kind === 'unknown') {
        earlierAdd.current = outcome.attempt;
        setStatus({
          kind: 'not-created',
          message: errorMessage(outcome.error),
          checked: outcome.kind === 'not-created',
          asNew,
        });
        return;
      }
      earlierAdd.current = null;
      // Found: the segment holds what was sent, so the editor goes on with it as if the answer had come.
      onSaved({ ...request, id: outcome.id }, outcome.id);
      if (outcome.kind === 'created') setStatus({ kind: 'saved', id: outcome.id, how: 'created' });
      else
        setStatus({
          kind: 'found',
          id: outcome.id,
          message: outcome.error === undefined ? '' : errorMessage(outcome.error),
        });
    },
    [client, errorMessage, mutation, onSaved, setStatus],
  );

  const run = useCallback(
    async (mode: RunMode) => {
      if (busy.current || editor.readOnly) return;
      busy.current = true;
      setPending(true);
      setStatus({ kind: 'saving' });
      const asNew = mode.kind === 'decide' && mode.asNew;
      try {
        const result = await editor.validateAll();
        if (!result.ok) {
          setStatus({ kind: 'refused', count: result.issues.length });
          requestAnimationFrame(() => document.getElementById(SUMMARY_ID)?.focus());
          return;
        }
        const { id: formId, ...withoutId } = withoutSecrets(result.request);
        const request: SegmentRequest = asNew ? withoutId : withoutSecrets(result.request);
        let how: SavedHow = 'overwrote';
        if (mode.kind === 'decide') {
          const intent = { formId, ownId: segmentId, loaded: serverVersion.current, asNew };
          const toRead = segmentToRead(intent);
          let server: ServerRead | undefined;
          let fresh: SegmentInfo | undefined;
          let missing = '';
          if (toRead !== undefined) {
            const found = await read(toRead);
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
            setQuestion({ kind: 'missing', id: decision.id, detail: missing });
            setStatus({ kind: 'asking', id: decision.id, reason: 'missing' });
            return;
          }
          if (
            (decision.action === 'ask-conflict' || decision.action === 'ask-overwrite') &&
            fresh
          ) {
            const differences =
              decision.action === 'ask-conflict' && intent.loaded
                ? diffVersions(intent.loaded, comparedVersion(fresh))
                : diffVersions(comparedVersion(fresh), comparedVersion(request));
            const found = { id: decision.id, fresh, ...differences };
            if (decision.action === 'ask-conflict') setConflict(found);
            else setQuestion({ kind: 'overwrite', sending: request, ...found });
            setStatus({
              kind: 'asking',
              id: decision.id,
              reason: decision.action === 'ask-conflict' ? 'conflict' : 'overwrite',
            });
            return;
          }
          if (decision.action === 'add') {
            await add(request, asNew);
            return;
          }
          how = 'updated';
        }
        const { savedId } = await mutation.mutateAsync(request);
        onSaved({ ...request, id: savedId }, savedId);
        setStatus({ kind: 'saved', id: savedId, how });
      } catch (error) {
        setStatus({ kind: 'failed', message: errorMessage(error), asNew });
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [add, editor, errorMessage, mutation, onSaved, read, segmentId, serverVersion, setStatus],
  );

  const save = useCallback((asNew = false) => void run({ kind: 'decide', asNew }), [run]);
  /** Overwrite, confirmed in the conflict or the overwrite question. */
  const overwrite = useCallback(() => {
    setConflict(null);
    setQuestion(null);
    void run({ kind: 'confirmed', how: 'overwrote' });
  }, [run]);
  /** Save as a new segment, chosen in the overwrite or missing question. */
  const saveAsNew = useCallback(() => {
    setQuestion(null);
    void run({ kind: 'decide', asNew: true });
  }, [run]);
  const cancel = useCallback(() => {
    setConflict(null);
    setQuestion(null);
    setStatus({ kind: 'idle' });
  }, [setStatus]);
  return { save, overwrite, saveAsNew, cancel, conflict, question, pending };
}
