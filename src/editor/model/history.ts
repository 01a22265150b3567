/*
 * Undo and redo as a stack of changes to form paths. An entry holds the value of each path before
 * and after the edit (arrays as copies), so undo writes `before` back and redo writes `after`.
 * Undo is strictly last-in-first-out, so a path recorded with indices is valid again when its entry
 * is undone. Typing in one field within a short pause is one step, as in a text editor.
 */

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  changes: Change[];
  /** Edits with the same key in quick succession merge into one step (typing in one field). */
  key?: string;
  at: number;
}

/** How long a pause splits typing in one field into separate undo steps. */
export const MERGE_WINDOW_MS = 1000;

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Grows with every recorded, undone or redone step: a cheap "has anything changed" signal. */
  version: number;
}

export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private listeners = new Set<() => void>();
  private state: HistoryState = { canUndo: false, canRedo: false, version: 0 };

  constructor(readonly limit = 200) {}

  /** Records an edit; `key` merges it with the previous step when that was the same field, just now. */
  record(changes: Change[], key?: string, now = Date.now()): void {
    if (changes.length === 0) return;
    const top = this.undoStack[this.undoStack.length - 1];
    if (
      key !== undefined &&
      top?.key === key &&
      now - top.at <= MERGE_WINDOW_MS &&
      this.redoStack.length === 0
    ) {
      for (const change of changes) {
        const same = top.changes.find((c) => c.path === change.path);
        if (same) same.after = change.after;
        else top.changes.push(change);
      }
      top.at = now;
    } else {
      this.undoStack.push({ changes, key, at: now });
      if (this.undoStack.length > this.limit) this.undoStack.shift();
    }
    this.redoStack = [];
    this.emit();
  }

  /** Takes the last step off the undo stack; the caller writes each change's `before`, last first. */
  undo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    this.redoStack.push(entry);
    this.emit();
    return entry;
  }

  /** Takes the last undone step back; the caller writes each change's `after`, first first. */
  redo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    // A redone step never merges with the next typing.
    this.undoStack.push({ ...entry, key: undefined });
    this.emit();
    return entry;
  }

  /** Forgets everything (a new segment was loaded). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.emit();
  }

  getState = (): HistoryState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.state = {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      version: this.state.version + 1,
    };
    for (const listener of this.listeners) listener();
  }
}
