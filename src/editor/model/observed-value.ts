/**
 * A value that tells its listeners when it changes (whether Save was tried, the API's catalogue),
 * in the get/subscribe shape React's useSyncExternalStore reads.
 */
export class ObservedValue<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  get = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sets the value; the listeners hear of it only when it is another one. */
  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}
