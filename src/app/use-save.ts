import { useCallback, useState } from 'react';
import { SUMMARY_ID, type EditorHandle } from '../editor';
import type { SegmentRequest } from '../segment';

/** Sends a valid request; the API layer supplies it (until then Save only validates). */
export type SaveHandler = (request: SegmentRequest) => Promise<{ savedId: number }>;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'refused'; count: number }
  | { kind: 'ready' }
  | { kind: 'saved'; id: number }
  | { kind: 'failed'; message: string };

/**
 * Save: validate everything, refuse with the reason (the summary gets the focus) while anything is
 * invalid, else hand the request to `onSave`.
 */
export function useSave(editor: EditorHandle, onSave?: SaveHandler) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback(async () => {
    setStatus({ kind: 'saving' });
    const result = await editor.validateAll();
    if (!result.ok) {
      setStatus({ kind: 'refused', count: result.issues.length });
      requestAnimationFrame(() => document.getElementById(SUMMARY_ID)?.focus());
      return;
    }
    if (!onSave) {
      setStatus({ kind: 'ready' });
      return;
    }
    try {
      const { savedId } = await onSave(result.request);
      setStatus({ kind: 'saved', id: savedId });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [editor, onSave]);
  return { status, save, clear: () => setStatus({ kind: 'idle' }) };
}
