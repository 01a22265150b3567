import type { EditorHandle } from '../../editor';
import type { KindSource, SegmentInfo, SegmentRequest } from '../../segment';
import type { ComparedVersion, Difference } from '../conflict-diff';
import type { StoredDraft } from '../draft-store';

/** The segment the editor works on: how it was opened and what it is compared with. */
export interface OpenedDocument {
  /** The key of its draft on this device (also the editor's identity). */
  key: string;
  /** The segment it was loaded as or last saved as; undefined for a new one. */
  segmentId: number | undefined;
  request: SegmentRequest;
  /** Where the kind came from; `new` for a new segment. */
  kindSource: KindSource | 'new';
  /** The server's version (name and rules) when it was loaded or saved. */
  server: ComparedVersion | undefined;
}

/** What Save did to the server: created a segment, updated this one, or overwrote after a question. */
export type SavedHow = 'created' | 'updated' | 'overwrote';

/**
 * Why the answer to an add that did create its segment was lost, for the words that say so: the
 * connection dropped, the client stopped waiting, the server answered with an error (a proxy's
 * page, an unreadable reply), or an earlier attempt created it (found by the next add).
 */
export type LostAnswer = 'dropped' | 'timeout' | 'server' | 'earlier';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** Save asks the person first (the dialog is open): about `id`, for `reason`. */
  | { kind: 'asking'; id: number; reason: 'overwrite' | 'missing' | 'conflict' }
  /** An add failed in a way that may have reached the server: the list is being checked. */
  | { kind: 'checking' }
  | { kind: 'refused'; count: number }
  | { kind: 'saved'; id: number; how: SavedHow }
  /** An add failed, but its segment `id` was found: created before the answer was lost (`cause`). */
  | { kind: 'found'; id: number; message: string; cause: LostAnswer }
  /** An add failed and no segment appeared (`checked`), or the list could not tell; Retry looks first. */
  | { kind: 'not-created'; message: string; checked: boolean; asNew: boolean }
  | { kind: 'reloaded'; id: number }
  | { kind: 'failed'; message: string; asNew: boolean };

/** The segment's version on the server and how it differs: for the conflict and overwrite questions. */
export interface Conflict {
  id: number;
  fresh: SegmentInfo;
  differences: Difference[];
  more: number;
}

/**
 * A question Save asks before it changes a segment this editor did not load: `overwrite` (it
 * exists: what differs from what is sent) or `missing` (no segment has that ID; `detail` is the
 * server's word).
 */
export type OverwriteQuestion =
  | ({ kind: 'overwrite'; sending: SegmentRequest } & Conflict)
  | { kind: 'missing'; id: number; detail: string };

/** What the session uses of the editor (the editor handle has it; tests give a fake). */
export type DocumentEditor = Pick<
  EditorHandle,
  | 'readOnly'
  | 'validateAll'
  | 'getRequest'
  | 'getDraft'
  | 'replace'
  | 'getSnapshot'
  | 'subscribeSnapshot'
>;

/** Everything about the document that the screens render, as one immutable value. */
export interface DocumentSnapshot {
  /** The document being edited; null while it loads. */
  opened: OpenedDocument | null;
  /** Loading `?segment=` failed with this message (the loading screen offers Retry). */
  loadError: string | undefined;
  status: SaveStatus;
  /** A save is under way (one at a time). */
  pending: boolean;
  /** The own segment changed on the server: Overwrite, Reload or Cancel. */
  conflict: Conflict | null;
  /** Save asks before it changes a segment this editor did not load. */
  question: OverwriteQuestion | null;
  /** The own segment's name on the server, for the ID field's words. */
  ownName: string | undefined;
  /** A draft of an earlier visit, offered for Restore or Discard. */
  offered: StoredDraft | null;
}

/** An edit as the portal hears it: the request, whether it is valid, and whether it is unsaved. */
export interface DocumentChange {
  request: SegmentRequest;
  valid: boolean;
  dirty: boolean;
}
