import { collectMessages, getPath } from './paths';

/*
 * The validation messages by form path, with subscriptions that fire only when the messages of
 * their own path change. One subscription to the form serves every field: react-hook-form's
 * useFormState re-renders each of its subscribers on every change that names no field
 * (clearErrors, an array op), which would re-render every row on each click.
 */

type Listener = () => void;

export class ErrorWatch {
  private readonly entries = new Map<string, { key: string; listeners: Set<Listener> }>();
  private stop: (() => void) | undefined;

  constructor(
    /** The live errors tree. */
    private readonly errors: () => unknown,
    /** Subscribes to every change of the errors tree. */
    private readonly watch: (listener: Listener) => () => void,
  ) {}

  /**
   * The messages at and inside `path`, as one string (`[[subpath, message], ...]` in JSON, `''`
   * when none) that changes only when one of them does: cheap to compare.
   */
  messagesIn = (path: string): string => {
    const found: [string, string][] = [];
    collectMessages(getPath(this.errors(), path), path, found);
    return found.length === 0 ? '' : JSON.stringify(found);
  };

  /** The message at exactly `path`. */
  messageAt = (path: string): string | undefined => {
    const message = (getPath(this.errors(), path) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? message : undefined;
  };

  /** Every path that shows a message now. */
  paths(): string[] {
    const found: [string, string][] = [];
    collectMessages(this.errors(), '', found);
    return found.map(([path]) => path.slice(1));
  }

  /** Calls `listener` when {@link messagesIn} of `path` changes. */
  subscribe(path: string, listener: Listener): () => void {
    this.stop ??= this.watch(() => this.changed());
    let entry = this.entries.get(path);
    if (!entry)
      this.entries.set(path, (entry = { key: this.messagesIn(path), listeners: new Set() }));
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.entries.delete(path);
      if (this.entries.size === 0) {
        this.stop?.();
        this.stop = undefined;
      }
    };
  }

  private changed(): void {
    const calls: Listener[] = [];
    for (const [path, entry] of this.entries) {
      const key = this.messagesIn(path);
      if (key === entry.key) continue;
      entry.key = key;
      calls.push(...entry.listeners);
    }
    for (const listener of calls) listener();
  }
}
