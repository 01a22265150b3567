import type { SegmentRequest } from '../../segment';
import type { DraftIssue } from './validation';

/*
 * What the EditorHandle gives and asks: its snapshot, the outcome of Save's validation, the screen
 * it drives (EditorView) and the field arrays it moves rows in (ArrayApi).
 */

/** The request the draft describes and every problem it has, recomputed shortly after each edit. */
export interface EditorSnapshot {
  request: SegmentRequest;
  issues: readonly DraftIssue[];
  /** Number of conditions, for sizing work (large segments). */
  size: number;
  version: number;
}

export type ValidateResult =
  { ok: true; request: SegmentRequest } | { ok: false; issues: readonly DraftIssue[] };

/** How many conditions make a segment "large": groups start collapsed, updates are batched. */
export const LARGE_SEGMENT = 300;

/** What the handle asks of the screen: move the focus to a form path, say a text politely. */
export interface EditorView {
  /** Focuses the element of form path `path`; `suffix` picks a control of a row (`--up`). */
  focus(path: string, suffix?: string): void;
  announce(text: string): void;
}

export const noView: EditorView = { focus: () => undefined, announce: () => undefined };

/** The operations of a mounted field array (react-hook-form's useFieldArray), keeping row keys. */
export interface ArrayApi {
  insert: (index: number, value: never, options: { shouldFocus: boolean }) => void;
  remove: (index: number) => void;
  move: (from: number, to: number) => void;
}
