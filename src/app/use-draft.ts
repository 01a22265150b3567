import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorHandle } from '../editor';
import { canonicalJson } from './canonical-json';
import { readDraft, removeDraft, syncDraft, withoutSecrets, type StoredDraft } from './draft-store';

/** How long the draft waits after the last change before it is written. */
export const DRAFT_DELAY_MS = 500;

/**
 * Keeps the editor's draft on this device: written a pause after each change (off the keystroke
 * path: the editor's snapshot is already computed after a pause in typing, and this waits longer),
 * flushed when the page is hidden, removed when the request is back to `baseline` (as loaded or
 * last saved). Offers the draft found at start when it differs from what was loaded, and asks
 * before the page is left with unsaved changes.
 */
export function useDraft(editor: EditorHandle, key: string, baseline: RefObject<string>) {
  const [offered, setOffered] = useState<StoredDraft | null>(() => {
    const draft = readDraft(key);
    return draft && canonicalJson(draft.request) !== baseline.current ? draft : null;
  });
  const leaving = useRef(false);

  useEffect(() => {
    if (editor.readOnly) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The snapshot already holds the request: converting the whole form again would double the
    // work after each pause in typing (thousands of conditions in a large segment).
    const write = (request = editor.getSnapshot().request) => {
      timer = undefined;
      syncDraft(key, request, baseline.current);
    };
    const unsubscribe = editor.subscribeSnapshot(() => {
      clearTimeout(timer);
      timer = setTimeout(write, DRAFT_DELAY_MS);
    });
    const flush = () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        // Leaving the page: the very latest edits, which the snapshot may not hold yet.
        write(editor.getRequest());
      }
    };
    window.addEventListener('pagehide', flush);
    return () => {
      // Not flushed: the editor goes away only when another document replaces it (after a save).
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [editor, key, baseline]);

  const isDirty = useCallback(() => canonicalJson(withoutSecrets(editor.getRequest())) !== baseline.current, [editor, baseline]);

  useEffect(() => {
    if (editor.readOnly) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current || !isDirty()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor, isDirty]);

  const restore = useCallback(() => {
    if (offered) editor.replace(offered.request);
    setOffered(null);
  }, [editor, offered]);

  const discard = useCallback(() => {
    setOffered(null);
    removeDraft(key);
    // Edits made while the offer was shown are kept as the new draft.
    syncDraft(key, editor.getRequest(), baseline.current);
  }, [editor, key, baseline]);

  /** Lets the page go without asking (the person already confirmed). */
  const allowLeaving = useCallback(() => {
    leaving.current = true;
  }, []);

  return { offered, restore, discard, isDirty, allowLeaving };
}
