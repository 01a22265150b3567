import { loadXmlCodec } from '../segment';
import { lazyDialog } from '../ui/lazy-dialog';
import type { SourceEditorDialogProps } from './source-editor-dialog';

// The dialog reads XML: its chunk comes with the XML reader (kept out of the initial bundle).
const sourceEditorDialog = lazyDialog<SourceEditorDialogProps>(
  () =>
    Promise.all([import('./source-editor-dialog'), loadXmlCodec()]).then(
      ([module]) => module.SourceEditorDialog,
    ),
  (props) => props.open,
  (props) => props.onClose(),
);

/** The source editor dialog, loaded on its first opening (see {@link lazyDialog}). */
export const LazySourceEditorDialog = sourceEditorDialog.Dialog;
/** Starts loading the source editor's code early, e.g. when the pointer reaches Edit source. */
export const preloadSourceEditorDialog = sourceEditorDialog.preload;
