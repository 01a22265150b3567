import type { SegmentInfo, SegmentRequest } from '../segment';
import { canonicalJson } from './canonical-json';

/*
 * What changed on the server between the version the editor loaded and the one there now, for the
 * conflict dialog. Only the name and the rules are compared (the count changes all the time). The
 * keys Altcraft adds when it reads rules back (`child`, `condition`, `object_path`, `object_type`
 * on a condition, altcraft-api.md section 4) are left aside: a version the editor sent has none,
 * the same version read back has them.
 */

/** One difference: where (`name`, `segment[0].queries[1].value[0].value`), the old and the new value as short text. */
export interface Difference {
  path: string;
  /** Absent: the item was added. */
  before?: string;
  /** Absent: the item was removed. */
  after?: string;
}

/** The part of a segment that is compared. */
export interface ComparedVersion {
  name: string;
  segment: unknown[];
}

const READ_BACK_KEYS = ['child', 'condition', 'object_path', 'object_type'];
const MAX_TEXT = 80;

/** The compared part of a request or of a `segments/get` reply. */
export function comparedVersion(
  source: Pick<SegmentRequest | SegmentInfo, 'name' | 'segment'>,
): ComparedVersion {
  return {
    name: source.name,
    segment: (source.segment ?? []).map((group) => ({
      ...group,
      queries: group.queries.map((query) => {
        const copy: Record<string, unknown> = { ...query };
        for (const key of READ_BACK_KEYS) delete copy[key];
        return copy;
      }),
    })),
  };
}

/** Whether the two versions differ. */
export function versionsDiffer(a: ComparedVersion, b: ComparedVersion): boolean {
  return canonicalJson(a) !== canonicalJson(b);
}

/** A value as short text: JSON, cut at 80 characters. */
export function shortText(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (canonicalJson(value) ?? String(value));
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * The differences from `before` to `after`, leaf by leaf, in document order; at most `limit`
 * are listed and `more` counts the rest.
 */
export function diffVersions(
  before: ComparedVersion,
  after: ComparedVersion,
  limit = 40,
): { differences: Difference[]; more: number } {
  const all: Difference[] = [];
  walk(before, after, '', all);
  return { differences: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function walk(a: unknown, b: unknown, path: string, out: Difference[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      if (i >= a.length) out.push({ path: join(path, i), after: shortText(b[i]) });
      else if (i >= b.length) out.push({ path: join(path, i), before: shortText(a[i]) });
      else walk(a[i], b[i], join(path, i), out);
    }
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !(key in a))];
    for (const key of keys) {
      if (a[key] === undefined && b[key] === undefined) continue;
      if (a[key] === undefined) out.push({ path: join(path, key), after: shortText(b[key]) });
      else if (b[key] === undefined) out.push({ path: join(path, key), before: shortText(a[key]) });
      else walk(a[key], b[key], join(path, key), out);
    }
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b))
    out.push({ path, before: shortText(a), after: shortText(b) });
}
