import type { SegmentRequest } from '../../segment';
import type { EditorCatalogue } from './catalogue';
import type { ArrayOp, CommandResult, Refusal } from './commands';
import { conditionCount, fromRequest, toRequest, type SegmentDraft } from './draft';
import {
  LARGE_SEGMENT,
  noView,
  type ArrayApi,
  type EditorSnapshot,
  type EditorView,
  type ValidateResult,
} from './editor-contract';
import { ErrorWatch } from './error-watch';
import { FormAdapter, type SegmentForm } from './form-adapter';
import { History, type Change } from './history';
import { ObservedValue } from './observed-value';
import { LiveSnapshot } from './live-snapshot';
import { PathListeners } from './path-listeners';
import { copy, getPath, leaves } from './paths';
import { validateDraft, type ValidationContext } from './validation';

/*
 * The editor's one door to the form: every edit, command, undo and redo goes through here, so that
 * history, validation and the live snapshot (request + every problem, for the preview and the
 * summary) stay consistent. Plain TypeScript, no React or DOM: the form is reached through
 * FormAdapter, and moving the focus or saying something is the view's (EditorView). What it
 * gives and asks is in editor-contract.ts; the snapshot is rebuilt by LiveSnapshot.
 */

export type { SegmentForm } from './form-adapter';
export { getPath } from './paths';
export {
  LARGE_SEGMENT,
  type ArrayApi,
  type EditorSnapshot,
  type EditorView,
  type ValidateResult,
} from './editor-contract';

type Listener = () => void;

export class EditorHandle {
  readonly history = new History(200);
  private readonly adapter: FormAdapter;
  private readonly snapshots: LiveSnapshot;
  private readonly paths = new PathListeners();
  private readonly errors: ErrorWatch;
  private arrays = new Map<string, ArrayApi>();
  /** Whether Save was tried: from then on every problem shows, touched or not. */
  private readonly attempted = new ObservedValue(false);
  private large: boolean;
  private readonly catalogue = new ObservedValue<EditorCatalogue>({});

  constructor(
    readonly form: SegmentForm,
    private readonly context: ValidationContext,
    readonly readOnly: boolean,
    initial: SegmentDraft,
    /** An existing segment (loaded with an id): its database cannot change. */
    readonly existing: boolean,
    /** The screen's side: focus and announcements (none in a test without a screen). */
    readonly view: EditorView = noView,
  ) {
    this.adapter = new FormAdapter(form);
    this.errors = new ErrorWatch(this.adapter.errors, (listener) =>
      this.adapter.watchErrors(listener),
    );
    this.snapshots = new LiveSnapshot(() => this.getDraft(), context);
    // Counted, not read from the snapshot: nothing on the first screen needs that built yet.
    this.large = conditionCount(initial) > LARGE_SEGMENT;
  }

  /** Whether the segment was large when loaded: its groups then open one at a time. */
  isLarge = (): boolean => this.large;

  /** The current draft (live: read it, do not keep it). */
  getDraft = (): SegmentDraft => this.adapter.draft();

  /**
   * The live value at form path `path`. Components read values through this and
   * {@link subscribePath} rather than react-hook-form's useWatch: every useWatch makes each write
   * copy the whole form (5,000 conditions) for its subscribers, which no keystroke can afford.
   */
  getValue = (path: string): unknown => getPath(this.adapter.values(), path);

  /** Calls `listener` when `path`, a path inside it or an array holding it is written. */
  subscribePath(path: string, listener: Listener): () => void {
    return this.paths.subscribe(path, listener);
  }

  /**
   * The validation messages at and inside `path`, as one string that changes only when one of
   * them does, so a row re-renders only when its own messages change (ErrorWatch).
   */
  getErrorsIn = (path: string): string => this.errors.messagesIn(path);

  /** The message at exactly `path`. */
  getError = (path: string): string | undefined => this.errors.messageAt(path);

  /** Calls `listener` when {@link getErrorsIn} of `path` changes. */
  subscribeErrors(path: string, listener: Listener): () => void {
    return this.errors.subscribe(path, listener);
  }

  /** The request the form describes now, as a fresh object. */
  getRequest = (): SegmentRequest => toRequest(this.getDraft(), this.context.extras);

  /** Sets one form path to `value` as one undoable edit (typing in one field merges by `key`). */
  setField(path: string, value: unknown, options: { key?: string; validate?: boolean } = {}): void {
    if (this.readOnly) return;
    const before = getPath(this.getDraft(), path);
    if (Object.is(before, value)) return;
    this.history.record([{ path, before: copy(before), after: copy(value) }], options.key ?? path);
    this.write(path, value, options.validate);
    this.changed();
  }

  /** Marks validation of `path` wanted now (the person left the field). */
  touch(path: string): void {
    this.validate(leaves(path, getPath(this.getDraft(), path)));
  }

  /** Applies a command's result as one undoable step; returns why nothing happened, if so. */
  run(result: CommandResult, focusSuffix?: string): Refusal | undefined {
    if (!result.ok) return result.reason;
    if (this.readOnly) return undefined;
    const current = this.getDraft();
    const changes: Change[] = result.changed.map((path) => ({
      path,
      before: copy(getPath(current, path)),
      after: copy(getPath(result.draft, path)),
    }));
    this.history.record(changes);
    const array = result.op ? this.arrays.get(result.op.path) : undefined;
    if (result.op && array) this.applyOp(array, result.op);
    else this.applyStructural(changes.map((c) => [c.path, c.after] as const));
    if (result.focus) this.focus(result.focus, focusSuffix);
    return undefined;
  }

  /** A group's conditions register their field array, so that one row added moves no other row. */
  registerArray(path: string, api: ArrayApi): () => void {
    this.arrays.set(path, api);
    return () => {
      if (this.arrays.get(path) === api) this.arrays.delete(path);
    };
  }

  private applyOp(array: ArrayApi, op: ArrayOp): void {
    this.adapter.clearErrors(op.path);
    if (op.kind === 'insert')
      array.insert(op.index, structuredClone(op.value) as never, { shouldFocus: false });
    else if (op.kind === 'remove') array.remove(op.index);
    else array.move(op.from, op.to);
    this.notify(op.path);
    if (this.attempted.get()) this.validate([op.path]);
    this.changed();
  }

  undo = (): boolean => this.step('undo');
  redo = (): boolean => this.step('redo');

  /**
   * Replaces the whole segment (an import, edited source, or the host page's `set`); undoable. An
   * existing segment keeps its ID: what is brought in replaces its content, and a save must never
   * land on another segment because a pasted request named one.
   */
  replace(request: SegmentRequest): void {
    const own = this.existing ? this.getRequest().id : undefined;
    const { draft, extras } = fromRequest(own === undefined ? request : { ...request, id: own });
    this.context.extras = extras;
    const before = copy(this.getDraft());
    this.history.record([{ path: '', before, after: copy(draft) }]);
    const snapshot = this.snapshots.replace(draft);
    this.large = snapshot.size > LARGE_SEGMENT;
    this.adapter.reset(draft);
    this.notify('');
    this.changed();
  }

  /**
   * Validates the whole request once and shows every problem at its field (Save): the form's
   * resolver keeps what it found in the context, so the draft is not validated a second time.
   */
  async validateAll(): Promise<ValidateResult> {
    this.context.full = true;
    this.context.checked = undefined;
    try {
      await this.adapter.validate();
    } finally {
      this.context.full = false;
    }
    this.attempted.set(true);
    const { request, issues } =
      this.context.checked ?? validateDraft(this.getDraft(), this.context.extras);
    this.context.checked = undefined;
    return issues.length === 0 ? { ok: true, request } : { ok: false, issues };
  }

  /** Whether Save was tried: from then on every problem shows, touched or not. */
  getAttempted = (): boolean => this.attempted.get();
  subscribeAttempted = (listener: Listener): (() => void) => this.attempted.subscribe(listener);

  getSnapshot = (): EditorSnapshot => this.snapshots.get();
  subscribeSnapshot = (listener: Listener): (() => void) => this.snapshots.subscribe(listener);

  /**
   * Makes the validation messages again, in the language of now (the model's messages follow
   * `setMessageLocale`): the fields that show one are checked again and the snapshot (preview,
   * problem summary) is recomputed. Nothing is recorded in the history.
   */
  refreshMessages(): void {
    this.validate(this.errors.paths());
    this.snapshots.publish();
  }

  /** Moves the focus to the element of form path `path` (the view opens its group first). */
  focus(path: string, suffix?: string): void {
    this.view.focus(path, suffix);
  }

  /** Says `text` in the editor's polite live region (why a command did nothing, ...). */
  announce(text: string): void {
    this.view.announce(text);
  }

  /**
   * What the API knows (the SegmentEditor's `catalogue`), for the parts beside the builder that
   * speak its words too (the preview's summary names fields by title and databases by name).
   */
  getCatalogue = (): EditorCatalogue => this.catalogue.get();
  subscribeCatalogue = (listener: Listener): (() => void) => this.catalogue.subscribe(listener);
  setCatalogue(catalogue: EditorCatalogue): void {
    this.catalogue.set(catalogue);
  }

  dispose(): void {
    this.snapshots.dispose();
  }

  private step(direction: 'undo' | 'redo'): boolean {
    if (this.readOnly) return false;
    const entry = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (!entry) return false;
    const changes = direction === 'undo' ? [...entry.changes].reverse() : entry.changes;
    const writes = changes.map((c) => [c.path, direction === 'undo' ? c.before : c.after] as const);
    if (writes.length === 1 && writes[0]?.[0] === '') {
      this.adapter.reset(copy(writes[0][1]) as SegmentDraft);
      this.notify('');
      this.changed();
    } else if (entry.key !== undefined) {
      for (const [path, value] of writes) this.write(path, copy(value));
      this.changed();
    } else {
      this.applyStructural(writes.map(([path, value]) => [path, copy(value)] as const));
    }
    const first = writes[0]?.[0];
    if (first && entry.key !== undefined) this.focus(first);
    return true;
  }

  private applyStructural(writes: readonly (readonly [string, unknown])[]): void {
    // Errors and touched marks are kept by index: after a structural change they would point at
    // the wrong rows, so the changed arrays are validated afresh (only once Save was tried).
    const paths = writes.map(([path]) => path).filter((path) => path !== 'kind');
    if (paths.length > 0) this.adapter.clearErrors(paths);
    for (const [path, value] of writes) this.write(path, value, false);
    if (this.attempted.get()) this.validate(paths);
    this.changed();
  }

  private write(path: string, value: unknown, validate?: boolean): void {
    const state = this.adapter.state(path);
    const shouldValidate = validate ?? (this.attempted.get() || state.isTouched || state.invalid);
    this.adapter.set(path, value);
    this.notify(path);
    if (shouldValidate) this.validate(leaves(path, value));
  }

  /**
   * Validates `names` one by one: react-hook-form tells only the subscribers of the one name it
   * validated, where a list of names would re-render every row on each keystroke.
   */
  private validate(names: readonly string[]): void {
    for (const name of names) void this.adapter.validate(name);
  }

  /** Tells the subscribers of `path`, of the paths inside it and of the paths holding it. */
  private notify(path: string): void {
    this.snapshots.forget(path);
    this.paths.notify(path);
  }

  private changed(): void {
    this.snapshots.changed();
  }
}
