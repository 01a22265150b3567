import { lazyXmlDialog } from './lazy-xml-dialog';
import type { SourceEditorDialogProps } from './source-editor-dialog';
import { retryableImport } from '../ui/retry-import';

const sourceEditorDialog = lazyXmlDialog<SourceEditorDialogProps>(
  retryableImport(
    () => import('./source-editor-dialog'),
    (module) => module.SourceEditorDialog,
  ),
);

/** The source editor dialog, loaded on its first opening (see {@link lazyXmlDialog}). */
export const LazySourceEditorDialog = sourceEditorDialog.Dialog;
/** Starts loading the source editor's code early, e.g. when the pointer reaches Edit source. */
export const preloadSourceEditorDialog = sourceEditorDialog.preload;
