/**
 * The origins of an allow-list in canonical form (`scheme://host[:port]`, no path, no trailing
 * slash), duplicates removed. Entries that are not http(s) origins are dropped, and so are `*` and
 * `null`: a wildcard would let any site drive the editor, and `null` is the origin of every sandboxed
 * or local document at once.
 */
export function normalizeOrigins(origins: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of origins) {
    const origin = normalizeOrigin(entry);
    if (origin) out.add(origin);
  }
  return [...out];
}

/** `entry` as a canonical http(s) origin, or null when it is not one. */
export function normalizeOrigin(entry: string): string | null {
  const text = entry.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
