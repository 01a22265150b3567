/*
 * The visual segment builder. The app composes it: `useSegmentEditor` creates the form and its
 * handle, `<SegmentEditor editor>` renders the builder, `<UndoRedoButtons editor>` the history
 * controls; the handle feeds the preview (`subscribeSnapshot`/`getSnapshot`), validates for Save
 * (`validateAll`) and takes an imported request (`replace`).
 */
export { SegmentEditor, SUMMARY_ID } from './segment-editor';
export { UndoRedoButtons } from './undo-redo-buttons';
export { useSegmentEditor, type UseSegmentEditorOptions } from './use-segment-editor';
export {
  EditorHandle,
  LARGE_SEGMENT,
  type EditorSnapshot,
  type ValidateResult,
} from './model/editor-handle';
export {
  fromRequest,
  toRequest,
  type SegmentDraft,
  type DraftGroup,
  type RequestExtras,
} from './model/draft';
export type { DraftIssue } from './model/validation';
export type { EditorCatalogue, CatalogueField, CatalogueItem } from './catalogue-context';
export type { SaveTarget } from './save-target-context';
export * as commands from './model/commands';
