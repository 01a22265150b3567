import * as z from 'zod/mini';
import type { SegmentRequest } from '../segment';
import { canonicalJson } from './canonical-json';

/*
 * Unsaved edits kept on this device (localStorage), one draft per segment (or per database for a
 * new one), so that a reload or a crash loses nothing. The draft never holds the API token. What
 * is read back is checked for the shape the editor needs: the drafts may be invalid requests (a
 * person mid-edit), but never something that could break the form.
 */

const PREFIX = 'segment-editor:draft:';

/** Which draft: an existing segment's, or a new segment's on a database. */
export type DraftTarget = { segmentId: number } | { listId: number };

/** The storage key of `target`'s draft: `segment-editor:draft:14`, `segment-editor:draft:new:5`. */
export function draftKey(target: DraftTarget): string {
  return 'segmentId' in target ? `${PREFIX}${target.segmentId}` : `${PREFIX}new:${target.listId}`;
}

/** A number field of a draft: a number, or the text typed where a number belongs. */
const numberInput = z.union([z.number(), z.string()]);

const storedRequestSchema = z.looseObject({
  id: z.optional(numberInput),
  list_id: z.optional(numberInput),
  name: z.string(),
  is_static: z.boolean(),
  is_refresh_daily: z.optional(z.boolean()),
  segment: z.optional(
    z.array(
      z.looseObject({
        condition: z.string(),
        limit: z.optional(numberInput),
        percent_from: z.optional(numberInput),
        percent_to: z.optional(numberInput),
        queries: z.array(
          z.looseObject({
            compo: z.string(),
            name: z.string(),
            operator: z.string(),
            type: z.string(),
            value: z.array(
              z.looseObject({ name: z.string(), value: z.union([z.string(), z.number()]) }),
            ),
          }),
        ),
      }),
    ),
  ),
});

const storedDraftSchema = z.object({
  v: z.literal(1),
  savedAt: z.number(),
  request: storedRequestSchema,
});

/** A draft read back: when it was written and the request it holds (possibly invalid, never a token). */
export interface StoredDraft {
  savedAt: number;
  request: SegmentRequest;
}

/** The request without the token (and without the response format, which the client sets). */
export function withoutSecrets(request: SegmentRequest): SegmentRequest {
  const { token: _token, format: _format, ...rest } = request;
  return rest;
}

/** Whether two requests hold the same values (the token and format left aside). */
export function sameRequest(a: SegmentRequest, b: SegmentRequest): boolean {
  return canonicalJson(withoutSecrets(a)) === canonicalJson(withoutSecrets(b));
}

/** The draft stored under `key`, or null when there is none or it is not a draft this editor wrote. */
export function readDraft(
  key: string,
  storage: Storage | undefined = safeLocalStorage(),
): StoredDraft | null {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedDraftSchema.safeParse(raw);
  if (!parsed.success) return null;
  // The shape checked above is what fromRequest reads; values are the editor's to validate.
  return {
    savedAt: parsed.data.savedAt,
    request: withoutSecrets(parsed.data.request as SegmentRequest),
  };
}

/** Stores `request` (without the token) as the draft under `key`; false when storage refused (full, disabled). */
export function writeDraft(
  key: string,
  request: SegmentRequest,
  now = Date.now(),
  storage: Storage | undefined = safeLocalStorage(),
): boolean {
  try {
    storage?.setItem(key, JSON.stringify({ v: 1, savedAt: now, request: withoutSecrets(request) }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets the draft under `key`. */
export function removeDraft(key: string, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}

/**
 * Brings the draft under `key` in line with the editor: removed when `request` equals what was
 * loaded (`baseline`, canonical JSON), written otherwise. Returns what it did.
 */
export function syncDraft(
  key: string,
  request: SegmentRequest,
  baseline: string,
  now = Date.now(),
  storage: Storage | undefined = safeLocalStorage(),
): 'removed' | 'written' | 'failed' {
  if (canonicalJson(withoutSecrets(request)) === baseline) {
    removeDraft(key, storage);
    return 'removed';
  }
  return writeDraft(key, request, now, storage) ? 'written' : 'failed';
}

/** The canonical JSON a draft is compared with: the request as loaded or last saved. */
export function baselineOf(request: SegmentRequest): string {
  return canonicalJson(withoutSecrets(request));
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
