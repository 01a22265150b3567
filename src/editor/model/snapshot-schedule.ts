/*
 * A value recomputed shortly after each change and published to its subscribers: the editor's
 * snapshot (request + every problem) for the preview and the summary. Changes in quick succession
 * make one recomputation.
 */

type Listener = () => void;

export class SnapshotSchedule<T> {
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  private value: T | undefined;

  constructor(
    /** The first value, computed when it is first asked for (a first screen may never ask). */
    private readonly first: () => T,
    /** Computes the next value from the current one. */
    private readonly compute: (current: T) => T,
  ) {}

  get = (): T => (this.value ??= this.first());

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Recomputes after `delay` ms without a further change. */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.publish(), delay);
  }

  /** Sets the value now without telling anyone (a later {@link schedule} or publish does). */
  set(value: T): void {
    this.value = value;
  }

  /** Recomputes now and tells the subscribers. */
  publish(): void {
    this.value = this.compute(this.get());
    for (const listener of this.listeners) listener();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}
