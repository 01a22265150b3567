import { useCallback, useRef, useState, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { segmentQueryOptions, useApiClient, useApiErrorMessage, useSaveSegment } from '../api';
import { SUMMARY_ID, type EditorHandle } from '../editor';
import type { SegmentInfo, SegmentRequest } from '../segment';
import { comparedVersion, diffVersions, versionsDiffer, type ComparedVersion, type Difference } from './conflict-diff';
import { withoutSecrets } from './draft-store';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'refused'; count: number }
  | { kind: 'saved'; id: number }
  | { kind: 'reloaded'; id: number }
  | { kind: 'failed'; message: string; asNew: boolean };

/** The server's version changed since it was loaded: what differs, and that version (for Reload). */
export interface Conflict {
  id: number;
  fresh: SegmentInfo;
  differences: Difference[];
  more: number;
}

export interface UseSaveOptions {
  editor: EditorHandle;
  /** The segment this document was loaded as; a save of it is checked against the server first. */
  segmentId: number | undefined;
  /** The server's version as last seen (loaded, saved or reloaded); compared before an update. */
  serverVersion: RefObject<ComparedVersion | undefined>;
  setStatus: (status: SaveStatus) => void;
  /** A save succeeded: `request` is what was sent, with the id it was saved under. */
  onSaved: (request: SegmentRequest & { id: number }, savedId: number) => void;
}

/**
 * Save over the API: validate everything (refuse with the reason while anything is invalid), fetch
 * the segment afresh and stop at a conflict when it changed on the server since it was loaded,
 * then `segments/update` (or `segments/add` for a new segment or "Save as new"). Network errors,
 * timeouts and 5xx are retried with backoff by the mutation; Altcraft's refusals are not. One save
 * at a time: a second call while one runs does nothing. Every edit stays in the editor on failure.
 */
export function useSave({ editor, segmentId, serverVersion, setStatus, onSaved }: UseSaveOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const mutation = useSaveSegment();
  const errorMessage = useApiErrorMessage();
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const run = useCallback(
    async (asNew: boolean, checkServer: boolean) => {
      if (busy.current || editor.readOnly) return;
      busy.current = true;
      setPending(true);
      setStatus({ kind: 'saving' });
      try {
        const result = await editor.validateAll();
        if (!result.ok) {
          setStatus({ kind: 'refused', count: result.issues.length });
          requestAnimationFrame(() => document.getElementById(SUMMARY_ID)?.focus());
          return;
        }
        const { id, ...rest } = withoutSecrets(result.request);
        const request: SegmentRequest = asNew ? rest : withoutSecrets(result.request);
        const loaded = serverVersion.current;
        if (checkServer && !asNew && id !== undefined && id === segmentId && loaded) {
          // Fresh from the server, never the cache: the point is to see what others saved.
          const fresh = await queryClient.fetchQuery({ ...segmentQueryOptions(client, id), staleTime: 0 });
          const now = comparedVersion(fresh);
          // Changed, but to exactly what is being sent: an earlier attempt that timed out was
          // applied after all. That is no conflict.
          if (versionsDiffer(loaded, now) && versionsDiffer(comparedVersion(request), now)) {
            setConflict({ id, fresh, ...diffVersions(loaded, now) });
            setStatus({ kind: 'idle' });
            return;
          }
        }
        const { savedId } = await mutation.mutateAsync(request);
        onSaved({ ...request, id: savedId }, savedId);
        setStatus({ kind: 'saved', id: savedId });
      } catch (error) {
        setStatus({ kind: 'failed', message: errorMessage(error), asNew });
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [client, editor, errorMessage, mutation, onSaved, queryClient, segmentId, serverVersion, setStatus],
  );

  const save = useCallback((asNew = false) => void run(asNew, true), [run]);
  const overwrite = useCallback(() => {
    setConflict(null);
    void run(false, false);
  }, [run]);
  const cancelConflict = useCallback(() => setConflict(null), []);
  return { save, overwrite, conflict, cancelConflict, pending };
}
