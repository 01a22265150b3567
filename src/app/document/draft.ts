import { canonicalJson } from '../canonical-json';
import {
  readDraft,
  removeDraft,
  syncDraft,
  withoutSecrets,
  type StoredDraft,
} from '../draft-store';
import type { DocumentEditor } from './types';

/** How long the draft waits after the last change before it is written. */
export const DRAFT_DELAY_MS = 500;

/**
 * Keeps one editor's draft on this device: written a pause after each change (off the keystroke
 * path: the editor's snapshot is already computed after a pause in typing, and this waits longer),
 * flushed when the page is hidden, removed when the request is back to the baseline (as loaded or
 * last saved). Offers the draft found at start when it differs from the baseline, and asks before
 * the page is left with unsaved changes.
 */
export class DraftKeeper {
  /** The draft found at start, while it is offered. */
  offered: StoredDraft | null;
  private leaving = false;
  private readonly stop: () => void;

  constructor(
    private readonly editor: DocumentEditor,
    private readonly key: string,
    /** The canonical JSON the request is compared with (it moves on after a save or a reload). */
    private readonly baseline: () => string,
  ) {
    // A read-only editor (`readonly=1`) neither keeps nor offers a draft: restoring edits there
    // would only show changes that cannot be saved. The draft stays for the editable page.
    const draft = editor.readOnly ? null : readDraft(key);
    this.offered = draft && canonicalJson(draft.request) !== baseline() ? draft : null;
    this.stop = editor.readOnly ? () => {} : this.keep();
  }

  private keep(): () => void {
    const { editor, key } = this;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The snapshot already holds the request: converting the whole form again would double the
    // work after each pause in typing (thousands of conditions in a large segment).
    const write = (request = editor.getSnapshot().request) => {
      timer = undefined;
      syncDraft(key, request, this.baseline());
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
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (this.leaving || !this.isDirty()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const page = typeof window === 'undefined' ? undefined : window;
    page?.addEventListener('pagehide', flush);
    page?.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      // Not flushed: the editor goes away only when another document replaces it (after a save).
      unsubscribe();
      clearTimeout(timer);
      page?.removeEventListener('pagehide', flush);
      page?.removeEventListener('beforeunload', onBeforeUnload);
    };
  }

  /** Whether the editor holds changes not saved (compared with the baseline). */
  isDirty(): boolean {
    return canonicalJson(withoutSecrets(this.editor.getRequest())) !== this.baseline();
  }

  /** Puts the offered draft into the editor. */
  restore(): void {
    if (this.offered) this.editor.replace(this.offered.request);
    this.offered = null;
  }

  /** Forgets the offered draft; edits made while it was offered are kept as the new draft. */
  discard(): void {
    this.offered = null;
    removeDraft(this.key);
    syncDraft(this.key, this.editor.getRequest(), this.baseline());
  }

  /** Lets the page go without asking (the person already confirmed). */
  allowLeaving(): void {
    this.leaving = true;
  }

  /** Stops keeping the draft (the editor goes away). */
  close(): void {
    this.stop();
  }
}
