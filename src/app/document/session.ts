import type { AddAttempt } from '../../api';
import { requestFromInfo, type SegmentRequest } from '../../segment';
import { comparedVersion, type ComparedVersion } from '../conflict-diff';
import { baselineOf, draftKey, removeDraft, withoutSecrets } from '../draft-store';
import { writeLastDatabase } from '../last-database';
import { replaceSegmentInUrl } from '../navigation';
import { afterPaint } from '../../ui/idle';
import { DraftKeeper } from './draft';
import { addOnce, planSave, sendSave, type DocumentApi } from './save';
import type {
  DocumentChange,
  DocumentEditor,
  DocumentSnapshot,
  OpenedDocument,
  SaveStatus,
  SavedHow,
} from './types';

type RunMode = { kind: 'decide'; asNew: boolean } | { kind: 'confirmed' };

export interface DocumentSessionOptions {
  /**
   * A save created another segment (new, or "Save as new"), now the one edited: by default the
   * address becomes `?segment=<id>` and its database the one new segments start on.
   */
  onSwitched?: (savedId: number, listId: number | undefined) => void;
}

const browserSwitch = (savedId: number, listId: number | undefined) => {
  writeLastDatabase(listId);
  replaceSegmentInUrl(savedId);
};

/**
 * The one owner of the document being edited (no React): what is opened, the baseline that
 * "unsaved" is measured against, the server's version a save is checked against, the save's
 * status, the conflict or overwrite question, and the draft on this device. Screens read it with
 * `useSyncExternalStore` ({@link useDocument}) and call its commands; the embedding layer
 * subscribes to it. It outlives the editor screen, so a status survives the switch to a newly
 * created segment.
 */
export class DocumentSession {
  private snapshot: DocumentSnapshot = {
    opened: null,
    loadError: undefined,
    status: { kind: 'idle' },
    pending: false,
    conflict: null,
    question: null,
    ownName: undefined,
    offered: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(change: DocumentChange) => void>();
  private api: DocumentApi | undefined;
  private editor: DocumentEditor | undefined;
  private draft: DraftKeeper | undefined;
  private stopChanges: (() => void) | undefined;
  /**
   * What "unsaved" is measured against: the request as opened or last saved, turned into canonical
   * JSON when first needed ({@link baseline}).
   */
  private baselineRequest: SegmentRequest | undefined;
  private baselineJson = '';
  private leaving = false;
  private serverVersion: ComparedVersion | undefined;
  private busy = false;
  private earlierAdd: AddAttempt | null = null;
  private readonly onSwitched: NonNullable<DocumentSessionOptions['onSwitched']>;

  constructor(options: DocumentSessionOptions = {}) {
    this.onSwitched = options.onSwitched ?? browserSwitch;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** Hears every edit (after the editor's pause in typing), with whether it is valid and unsaved. */
  subscribeChanges(listener: (change: DocumentChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private update(next: Partial<DocumentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of [...this.listeners]) listener();
  }

  /** The API to save through (again when the connection changes). */
  connect(api: DocumentApi): void {
    this.api = api;
  }

  /** Starts on `document` (loaded, new, given by the portal, or just created by a save). */
  open(document: OpenedDocument): void {
    this.serverVersion = document.server;
    this.update({ opened: document, ownName: document.server?.name, loadError: undefined });
  }

  /** Loading the segment failed with `message` (undefined: no failure, or no longer). */
  loadFailed(message: string | undefined): void {
    if (message !== this.snapshot.loadError) this.update({ loadError: message });
  }

  /**
   * The editor of document `key` (by default the opened one) is ready: what it holds now is the
   * baseline. Returns detach. The screen may attach its editor in the same commit as the document
   * opens, just before {@link open}.
   */
  attach(editor: DocumentEditor, key = this.snapshot.opened?.key): () => void {
    if (key === undefined) return () => {};
    this.detach();
    this.editor = editor;
    this.leaving = false;
    this.baselineRequest = editor.getRequest();
    this.stopChanges = editor.subscribeSnapshot(() => this.reportChange());
    // The draft on this device waits for the first screen's paint: reading local storage (its first
    // read opens the origin's storage, some 20 ms at start-up) and the baseline's canonical JSON
    // (as long again for a hundred conditions) are not what that screen shows. Nothing can be edited
    // before it is painted.
    afterPaint(() => {
      if (this.editor !== editor || this.draft) return;
      this.draft = new DraftKeeper(editor, key, this.baseline);
      if (this.leaving) this.draft.allowLeaving();
      if (this.draft.offered) this.update({ offered: this.draft.offered });
    });
    return () => {
      if (this.editor === editor) this.detach();
    };
  }

  private detach(): void {
    this.draft?.close();
    this.stopChanges?.();
    this.draft = undefined;
    this.stopChanges = undefined;
    this.editor = undefined;
    if (this.snapshot.offered) this.update({ offered: null });
  }

  /** The baseline as canonical JSON (computed once per baseline, when first needed). */
  private baseline = (): string => {
    if (this.baselineRequest) {
      this.baselineJson = baselineOf(this.baselineRequest);
      this.baselineRequest = undefined;
    }
    return this.baselineJson;
  };

  private setBaseline(request: SegmentRequest): void {
    this.baselineRequest = request;
  }

  private reportChange(): void {
    if (this.changeListeners.size === 0 || !this.editor) return;
    const { request, issues } = this.editor.getSnapshot();
    const change = {
      request,
      valid: issues.length === 0,
      dirty: baselineOf(request) !== this.baseline(),
    };
    for (const listener of [...this.changeListeners]) listener(change);
  }

  /** Whether the editor holds changes not saved. */
  isDirty = (): boolean =>
    this.editor !== undefined && baselineOf(this.editor.getRequest()) !== this.baseline();

  /** The person confirmed leaving: the page may go without the browser's prompt. */
  allowLeaving = (): void => {
    this.leaving = true;
    this.draft?.allowLeaving();
  };

  restoreDraft = (): void => {
    this.draft?.restore();
    this.update({ offered: null });
  };

  discardDraft = (): void => {
    this.draft?.discard();
    this.update({ offered: null });
  };

  /** Puts `request` into the editor (the portal's `set`). */
  replace(request: SegmentRequest): void {
    this.editor?.replace(request);
  }

  /** Save: validate, then follow the one rule for overwriting. */
  save = (asNew = false): void => void this.run({ kind: 'decide', asNew });

  /** Overwrite, confirmed in the conflict or the overwrite question. */
  overwrite = (): void => {
    this.update({ conflict: null, question: null });
    void this.run({ kind: 'confirmed' });
  };

  /** Save as a new segment, chosen in the overwrite or missing question. */
  saveAsNew = (): void => {
    this.update({ question: null });
    void this.run({ kind: 'decide', asNew: true });
  };

  /** Cancel in a question: nothing is saved. */
  cancel = (): void => this.update({ conflict: null, question: null, status: { kind: 'idle' } });

  /** Closes the status line. */
  dismissStatus = (): void => this.update({ status: { kind: 'idle' } });

  /** Reload in the conflict question: the server's version replaces the edits. */
  reload = (): void => {
    const { conflict, opened } = this.snapshot;
    const editor = this.editor;
    if (!conflict || !opened || !editor) return;
    this.cancel();
    const result = requestFromInfo(conflict.fresh, {
      kind: editor.getDraft().kind,
      listId: opened.request.list_id,
    });
    if (!result.ok) return;
    editor.replace(result.request);
    this.setBaseline(editor.getRequest());
    this.serverVersion = comparedVersion(conflict.fresh);
    removeDraft(opened.key);
    this.update({ ownName: conflict.fresh.name, status: { kind: 'reloaded', id: conflict.id } });
  };

  /**
   * Save over the API: validate everything (refuse with the reason while anything is invalid), then
   * follow the one rule for overwriting (save.ts). An update is retried with backoff; an add never
   * is: after a failure that may have reached the server, the list says whether it was created
   * (checked-add.ts, through addOnce). One save at a time. Every edit stays in the editor on failure.
   */
  private async run(mode: RunMode): Promise<void> {
    const { editor, api } = this;
    if (this.busy || !editor || !api || editor.readOnly) return;
    this.busy = true;
    this.update({ pending: true, status: { kind: 'saving' } });
    const asNew = mode.kind === 'decide' && mode.asNew;
    try {
      const result = await editor.validateAll();
      if (!result.ok) {
        this.update({ status: { kind: 'refused', count: result.issues.length } });
        return;
      }
      const { id: formId, ...withoutId } = withoutSecrets(result.request);
      const request: SegmentRequest = asNew ? withoutId : withoutSecrets(result.request);
      let how: SavedHow = 'overwrote';
      if (mode.kind === 'decide') {
        const intent = {
          formId,
          ownId: this.snapshot.opened?.segmentId,
          loaded: this.serverVersion,
          asNew,
        };
        const plan = await planSave(api, intent, request);
        if (plan.action === 'ask') {
          this.update({ status: plan.status, conflict: plan.conflict, question: plan.question });
          return;
        }
        if (plan.action === 'add') {
          const checking = () => this.update({ status: { kind: 'checking' } });
          const added = await addOnce(api, request, asNew, this.earlierAdd, checking);
          this.earlierAdd = added.earlier;
          if (added.savedId === undefined) this.update({ status: added.status });
          else this.saved({ ...request, id: added.savedId }, added.status);
          return;
        }
        how = 'updated';
      }
      const { savedId } = await sendSave(api, request);
      this.saved({ ...request, id: savedId }, { kind: 'saved', id: savedId, how });
    } catch (error) {
      this.update({ status: { kind: 'failed', message: api.errorMessage(error), asNew } });
    } finally {
      this.busy = false;
      this.update({ pending: false });
    }
  }

  /** A save succeeded: `request` is what was sent, with the id it was saved under. */
  private saved(request: SegmentRequest & { id: number }, status: SaveStatus): void {
    const opened = this.snapshot.opened;
    if (opened) removeDraft(opened.key);
    if (request.id !== opened?.segmentId) {
      this.draft?.allowLeaving();
      this.onSwitched(request.id, request.list_id);
      this.serverVersion = comparedVersion(request);
      const key = draftKey({ segmentId: request.id });
      const next: OpenedDocument = {
        key,
        segmentId: request.id,
        request,
        kindSource: 'given',
        server: this.serverVersion,
      };
      this.update({ opened: next, ownName: request.name, status });
      return;
    }
    this.setBaseline(request);
    this.serverVersion = comparedVersion(request);
    this.update({ ownName: request.name, status });
  }
}
