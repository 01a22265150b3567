import type { UseFormReturn } from 'react-hook-form';
import type { SegmentRequest } from '../segment';
import type { EditorCatalogue } from './catalogue-context';
import type { ArrayOp, CommandResult, Refusal } from './commands';
import { conditionCount, fromRequest, toRequest, type SegmentDraft } from './draft';
import { fieldId } from './field-id';
import { History, type Change } from './history';
import {
  IncrementalRequest,
  validateDraft,
  type DraftIssue,
  type ValidationContext,
} from './validation';

/*
 * The editor's one door to the form: every edit, command, undo and redo goes through here, so that
 * history, validation and the live snapshot (request + every problem, for the preview and the
 * summary) stay consistent. Plain TypeScript over react-hook-form's API; components get it from
 * context and never subscribe to the whole form.
 */

export type SegmentForm = UseFormReturn<SegmentDraft, ValidationContext>;

/** The request the draft describes and every problem it has, recomputed shortly after each edit. */
export interface EditorSnapshot {
  request: SegmentRequest;
  issues: readonly DraftIssue[];
  /** Number of conditions, for sizing work (large segments). */
  size: number;
  version: number;
}

export type ValidateResult =
  { ok: true; request: SegmentRequest } | { ok: false; issues: readonly DraftIssue[] };

/** How many conditions make a segment "large": groups start collapsed, updates are batched. */
export const LARGE_SEGMENT = 300;

export function getPath(source: unknown, path: string): unknown {
  if (path === '') return source;
  let node = source;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Collects `[path, message]` of every error at or under `node` (react-hook-form's errors tree). */
function collectMessages(node: unknown, path: string, out: [string, string][]): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types') continue;
    if (key === 'message') {
      if (typeof child === 'string') out.push([path, child]);
    } else collectMessages(child, `${path}.${key}`, out);
  }
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

type Listener = () => void;

/** The operations of a mounted field array (react-hook-form's useFieldArray), keeping row keys. */
export interface ArrayApi {
  insert: (index: number, value: never, options: { shouldFocus: boolean }) => void;
  remove: (index: number) => void;
  move: (from: number, to: number) => void;
}

export class EditorHandle {
  readonly history = new History(200);
  /** Builds and validates for the snapshot only the groups changed since the last one. */
  private readonly incremental = new IncrementalRequest();
  private snapshot: EditorSnapshot;
  private snapshotListeners = new Set<Listener>();
  private pathListeners = new Map<string, Set<Listener>>();
  private errorListeners = new Map<string, { key: string; listeners: Set<Listener> }>();
  private stopErrors: (() => void) | undefined;
  private arrays = new Map<string, ArrayApi>();
  private attemptListeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempted = false;
  private large: boolean;
  private expander: ((group: number) => void) | undefined;
  private announcer: ((text: string) => void) | undefined;
  private catalogue: EditorCatalogue = {};
  private catalogueListeners = new Set<Listener>();

  constructor(
    readonly form: SegmentForm,
    private readonly context: ValidationContext,
    readonly readOnly: boolean,
    initial: SegmentDraft,
    /** An existing segment (loaded with an id): its database cannot change. */
    readonly existing: boolean,
  ) {
    this.snapshot = this.computeSnapshot(initial, 0);
    this.large = this.snapshot.size > LARGE_SEGMENT;
  }

  /** Whether the segment was large when loaded: its groups then open one at a time. */
  isLarge = (): boolean => this.large;

  /** The current draft (live: read it, do not keep it). */
  getDraft = (): SegmentDraft => this.form.getValues();

  /**
   * The live value at form path `path`. Components read values through this and
   * {@link subscribePath} rather than react-hook-form's useWatch: every useWatch makes each write
   * copy the whole form (5,000 conditions) for its subscribers, which no keystroke can afford.
   */
  getValue = (path: string): unknown => getPath(this.form.control._formValues, path);

  /** Calls `listener` when `path`, a path inside it or an array holding it is written. */
  subscribePath(path: string, listener: Listener): () => void {
    let set = this.pathListeners.get(path);
    if (!set) this.pathListeners.set(path, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.pathListeners.delete(path);
    };
  }

  /**
   * The validation messages at and inside `path`, as one string (`[[subpath, message], ...]` in
   * JSON, `''` when none) that changes only when one of them does: cheap to compare, so a row
   * re-renders only when its own messages change.
   */
  getErrorsIn = (path: string): string => {
    const found: [string, string][] = [];
    collectMessages(getPath(this.form.control._formState.errors, path), path, found);
    return found.length === 0 ? '' : JSON.stringify(found);
  };

  /** The message at exactly `path`. */
  getError = (path: string): string | undefined => {
    const message = (
      getPath(this.form.control._formState.errors, path) as { message?: unknown } | undefined
    )?.message;
    return typeof message === 'string' ? message : undefined;
  };

  /**
   * Calls `listener` when {@link getErrorsIn} of `path` changes. One form subscription serves every
   * field: react-hook-form's useFormState re-renders each of its subscribers on every change that
   * names no field (clearErrors, an array op), which would re-render every row on each click.
   */
  subscribeErrors(path: string, listener: Listener): () => void {
    this.stopErrors ??= this.form.control._subscribe({
      formState: { errors: true },
      callback: () => this.errorsChanged(),
    });
    let entry = this.errorListeners.get(path);
    if (!entry)
      this.errorListeners.set(
        path,
        (entry = { key: this.getErrorsIn(path), listeners: new Set() }),
      );
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.errorListeners.delete(path);
      if (this.errorListeners.size === 0) {
        this.stopErrors?.();
        this.stopErrors = undefined;
      }
    };
  }

  private errorsChanged(): void {
    const calls: Listener[] = [];
    for (const [path, entry] of this.errorListeners) {
      const key = this.getErrorsIn(path);
      if (key === entry.key) continue;
      entry.key = key;
      calls.push(...entry.listeners);
    }
    for (const listener of calls) listener();
  }

  /** The request the form describes now, as a fresh object. */
  getRequest = (): SegmentRequest => toRequest(this.getDraft(), this.context.extras);

  /** Sets one form path to `value` as one undoable edit (typing in one field merges by `key`). */
  setField(path: string, value: unknown, options: { key?: string; validate?: boolean } = {}): void {
    if (this.readOnly) return;
    const before = getPath(this.form.getValues(), path);
    if (Object.is(before, value)) return;
    this.history.record([{ path, before: copy(before), after: copy(value) }], options.key ?? path);
    this.write(path, value, options.validate);
    this.changed();
  }

  /** Marks validation of `path` wanted now (the person left the field). */
  touch(path: string): void {
    this.validate(this.leaves(path, getPath(this.form.getValues(), path)));
  }

  /** Applies a command's result as one undoable step; returns why nothing happened, if so. */
  run(result: CommandResult, focusSuffix?: string): Refusal | undefined {
    if (!result.ok) return result.reason;
    if (this.readOnly) return undefined;
    const current = this.form.getValues();
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
    this.form.clearErrors(op.path as never);
    if (op.kind === 'insert')
      array.insert(op.index, structuredClone(op.value) as never, { shouldFocus: false });
    else if (op.kind === 'remove') array.remove(op.index);
    else array.move(op.from, op.to);
    this.notify(op.path);
    if (this.attempted) this.validate([op.path]);
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
    const before = copy(this.form.getValues());
    this.history.record([{ path: '', before, after: copy(draft) }]);
    this.incremental.forget('');
    this.snapshot = this.computeSnapshot(draft, this.snapshot.version + 1);
    this.large = this.snapshot.size > LARGE_SEGMENT;
    this.form.reset(draft, { keepDefaultValues: true });
    this.notify('');
    this.changed();
  }

  /** Validates the whole request and shows every problem at its field (Save). */
  async validateAll(): Promise<ValidateResult> {
    this.context.full = true;
    try {
      await this.form.trigger();
    } finally {
      this.context.full = false;
    }
    this.setAttempted();
    const { request, issues } = validateDraft(this.getDraft(), this.context.extras);
    return issues.length === 0 ? { ok: true, request } : { ok: false, issues };
  }

  /** Whether Save was tried: from then on every problem shows, touched or not. */
  getAttempted = (): boolean => this.attempted;
  subscribeAttempted = (listener: Listener): (() => void) => {
    this.attemptListeners.add(listener);
    return () => this.attemptListeners.delete(listener);
  };

  getSnapshot = (): EditorSnapshot => this.snapshot;
  subscribeSnapshot = (listener: Listener): (() => void) => {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  };

  /**
   * Makes the validation messages again, in the language of now (the model's messages follow
   * `setMessageLocale`): the fields that show one are checked again and the snapshot (preview,
   * problem summary) is recomputed. Nothing is recorded in the history.
   */
  refreshMessages(): void {
    const found: [string, string][] = [];
    collectMessages(this.form.control._formState.errors, '', found);
    this.validate(found.map(([path]) => path.slice(1)));
    this.snapshot = this.computeSnapshot(this.getDraft(), this.snapshot.version + 1);
    for (const listener of this.snapshotListeners) listener();
  }

  /** The rules list registers how to open a collapsed group, so that focus can reach its fields. */
  registerExpander(expand: ((group: number) => void) | undefined): void {
    this.expander = expand;
  }

  /**
   * Moves the focus to the element of form path `path` (a field, a row, a group's "Add condition"),
   * opening its group first; `suffix` picks a control of a row (`--up`), falling back to the field.
   */
  focus(path: string, suffix?: string): void {
    const group = /^segment\.(\d+)/.exec(path);
    if (group) this.expander?.(Number(group[1]));
    const attempt = (tries: number) => {
      const element = this.findElement(path, suffix);
      if (element) {
        element.focus({ preventScroll: true });
        element.scrollIntoView?.({ block: 'nearest' });
      } else if (tries > 0) {
        requestAnimationFrame(() => attempt(tries - 1));
      }
    };
    requestAnimationFrame(() => attempt(5));
  }

  /**
   * What the API knows (the SegmentEditor's `catalogue`), for the parts beside the builder that
   * speak its words too (the preview's summary names fields by title and databases by name).
   */
  getCatalogue = (): EditorCatalogue => this.catalogue;
  subscribeCatalogue = (listener: Listener): (() => void) => {
    this.catalogueListeners.add(listener);
    return () => this.catalogueListeners.delete(listener);
  };
  setCatalogue(catalogue: EditorCatalogue): void {
    if (catalogue === this.catalogue) return;
    this.catalogue = catalogue;
    for (const listener of this.catalogueListeners) listener();
  }

  /** Says `text` in the editor's polite live region (why a command did nothing, ...). */
  announce(text: string): void {
    this.announcer?.(text);
  }

  registerAnnouncer(announce: ((text: string) => void) | undefined): void {
    this.announcer = announce;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.snapshotListeners.clear();
  }

  private findElement(path: string, suffix?: string): HTMLElement | null {
    if (suffix) {
      for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
        const control = document.getElementById(`${fieldId(parts.join('.'))}--${suffix}`);
        if (control && !control.hasAttribute('disabled')) return control;
      }
    }
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const element = document.getElementById(fieldId(parts.join('.')));
      if (element) return element;
    }
    return null;
  }

  private step(direction: 'undo' | 'redo'): boolean {
    if (this.readOnly) return false;
    const entry = direction === 'undo' ? this.history.undo() : this.history.redo();
    if (!entry) return false;
    const changes = direction === 'undo' ? [...entry.changes].reverse() : entry.changes;
    const writes = changes.map((c) => [c.path, direction === 'undo' ? c.before : c.after] as const);
    if (writes.length === 1 && writes[0]?.[0] === '') {
      this.form.reset(copy(writes[0][1]) as SegmentDraft, { keepDefaultValues: true });
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
    if (paths.length > 0) this.form.clearErrors(paths as never);
    for (const [path, value] of writes) this.write(path, value, false);
    if (this.attempted) this.validate(paths);
    this.changed();
  }

  private write(path: string, value: unknown, validate?: boolean): void {
    const state = this.form.getFieldState(path as never);
    const shouldValidate = validate ?? (this.attempted || state.isTouched || state.invalid);
    this.form.setValue(path as never, value as never);
    this.notify(path);
    if (shouldValidate) this.validate(this.leaves(path, value));
  }

  /**
   * Validates `names` one by one: react-hook-form tells only the subscribers of the one name it
   * validated, where a list of names would re-render every row on each keystroke.
   */
  private validate(names: readonly string[]): void {
    for (const name of names) void this.form.trigger(name as never);
  }

  /**
   * The paths to validate for a write at `path`: react-hook-form keeps errors only at paths of
   * fields or arrays, so a condition (an object nobody registered) is validated by its parts.
   */
  private leaves(path: string, value: unknown): string[] {
    // The two ends of a sample are checked together: moving one can fix or break the other.
    const sample = /^(segment\.\d+)\.percent_(from|to)$/.exec(path);
    if (sample) return [`${sample[1]}.percent_from`, `${sample[1]}.percent_to`];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [path];
    return Object.keys(value).map((key) => `${path}.${key}`);
  }

  /** Tells the subscribers of `path`, of the paths inside it and of the paths holding it. */
  private notify(path: string): void {
    this.incremental.forget(path);
    const calls: Listener[] = [];
    for (const [key, listeners] of this.pathListeners) {
      if (path === '' || key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`))
        calls.push(...listeners);
    }
    for (const listener of calls) listener();
  }

  private setAttempted(): void {
    if (this.attempted) return;
    this.attempted = true;
    for (const listener of this.attemptListeners) listener();
  }

  private changed(): void {
    clearTimeout(this.timer);
    // Small segments update at once; large ones wait for a pause in typing, so that serializing
    // thousands of conditions never sits between two keystrokes.
    const delay = this.snapshot.size > LARGE_SEGMENT ? 90 : 15;
    this.timer = setTimeout(() => {
      this.snapshot = this.computeSnapshot(this.getDraft(), this.snapshot.version + 1);
      for (const listener of this.snapshotListeners) listener();
    }, delay);
  }

  private computeSnapshot(draft: SegmentDraft, version: number): EditorSnapshot {
    const { request, issues } = this.incremental.build(draft, this.context.extras);
    return { request, issues, size: conditionCount(draft), version };
  }
}
