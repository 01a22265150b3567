/*
 * Subscriptions by form path: a write at one path tells the subscribers of that path, of the paths
 * inside it and of the paths holding it, and nobody else.
 */

type Listener = () => void;

export class PathListeners {
  private readonly byPath = new Map<string, Set<Listener>>();

  /** Calls `listener` when `path`, a path inside it or an array holding it is written. */
  subscribe(path: string, listener: Listener): () => void {
    let set = this.byPath.get(path);
    if (!set) this.byPath.set(path, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byPath.delete(path);
    };
  }

  /** Tells the subscribers of `path` (`''`: everyone), of the paths inside it and holding it. */
  notify(path: string): void {
    const calls: Listener[] = [];
    for (const [key, listeners] of this.byPath) {
      if (path === '' || key === path || key.startsWith(`${path}.`) || path.startsWith(`${key}.`))
        calls.push(...listeners);
    }
    for (const listener of calls) listener();
  }
}
