import { versionsDiffer, type ComparedVersion } from '../conflict-diff';

/*
 * The one rule for overwriting (DESIGN.md principle 7, issue 13): Save changes an existing segment
 * without a question only when it is the segment this editor loaded or created, unchanged on the
 * server since. Every other way an ID reaches the form (typed, imported, pasted as source, set by
 * the host page) asks first. Pure, so that the rule is tested apart from React and the network.
 */

/** What the form and the document say before anything is read from the server. */
export interface SaveIntent {
  /** The ID in the form, wherever it came from; undefined for a new segment. */
  formId: number | undefined;
  /** The segment this editor loaded or created (the document's own); undefined when neither. */
  ownId: number | undefined;
  /** The server's version as this editor last saw its own segment (loaded, saved or reloaded). */
  loaded: ComparedVersion | undefined;
  /** "Save as new": always a new segment, whatever the form's ID. */
  asNew: boolean;
}

/** What reading segment `formId` found: its compared version, or that there is none. */
export type ServerRead = { exists: true; version: ComparedVersion } | { exists: false };

/**
 * - `add`: create a new segment (`segments/add`);
 * - `update-silently`: the own segment, unchanged on the server (or changed to exactly what is sent:
 *   an earlier attempt that timed out was applied after all);
 * - `ask-conflict`: the own segment changed on the server since it was loaded;
 * - `ask-overwrite`: another segment that exists: Overwrite, Save as new or Cancel;
 * - `ask-missing`: the ID names no segment on the server: offer Save as new.
 */
export type SaveDecision =
  | { action: 'add' }
  | { action: 'update-silently'; id: number }
  | { action: 'ask-conflict'; id: number }
  | { action: 'ask-overwrite'; id: number }
  | { action: 'ask-missing'; id: number };

/** The segment Save must read before it decides, or undefined when it adds without reading. */
export function segmentToRead(intent: SaveIntent): number | undefined {
  return intent.asNew ? undefined : intent.formId;
}

/**
 * The decision, given what reading {@link segmentToRead} found (`read` is ignored when nothing
 * had to be read). `sending` is the compared part of the request about to be sent.
 */
export function decideSave(
  intent: SaveIntent,
  read: ServerRead | undefined,
  sending: ComparedVersion,
): SaveDecision {
  const id = segmentToRead(intent);
  if (id === undefined) return { action: 'add' };
  if (!read?.exists) return { action: 'ask-missing', id };
  const { loaded } = intent;
  if (id !== intent.ownId || loaded === undefined) return { action: 'ask-overwrite', id };
  const unchanged = !versionsDiffer(loaded, read.version) || !versionsDiffer(sending, read.version);
  return unchanged ? { action: 'update-silently', id } : { action: 'ask-conflict', id };
}
