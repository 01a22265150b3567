/*
 * Form paths (`segment.0.queries.1.value`) over plain objects: reading a value and gathering the
 * messages of react-hook-form's errors tree.
 */

/** The value at `path` in `source` (`''` is the whole of it); undefined when a step is missing. */
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
export function collectMessages(node: unknown, path: string, out: [string, string][]): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types') continue;
    if (key === 'message') {
      if (typeof child === 'string') out.push([path, child]);
    } else collectMessages(child, `${path}.${key}`, out);
  }
}

/** A deep copy for the history, so that later writes cannot change a recorded value. */
export const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

/**
 * The paths to validate for a write at `path`: react-hook-form keeps errors only at paths of
 * fields or arrays, so a condition (an object nobody registered) is validated by its parts.
 */
export function leaves(path: string, value: unknown): string[] {
  // The two ends of a sample are checked together: moving one can fix or break the other.
  const sample = /^(segment\.\d+)\.percent_(from|to)$/.exec(path);
  if (sample) return [`${sample[1]}.percent_from`, `${sample[1]}.percent_to`];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [path];
  return Object.keys(value).map((key) => `${path}.${key}`);
}
