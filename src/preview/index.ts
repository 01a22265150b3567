/*
 * The request preview feature: live JSON/XML preview, cURL snippet, import and source editing.
 * The app composes these; nothing here imports the editor or the app.
 */
export { RequestPreview, type RequestPreviewProps } from './request-preview';
export { CurlSnippet, type CurlSnippetProps } from './curl-snippet';
export { buildCurl } from './curl';
export { LazyImportDialog as ImportDialog, preloadImportDialog } from './lazy-import-dialog';
export {
  LazySourceEditorDialog as SourceEditorDialog,
  preloadSourceEditorDialog,
} from './lazy-source-editor-dialog';
export type { ImportDialogProps } from './import-dialog';
export type { SourceEditorDialogProps } from './source-editor-dialog';
export { importText, summarize, type ImportResult, type ImportSummary } from './import-text';
export { ImportButton } from './import-button';
export { SegmentSummary } from './segment-summary';
