import { loadXmlCodec } from '../segment';
import type { ImportDialogProps } from './import-dialog';
import { lazyDialog } from '../ui/lazy-dialog';

// The dialog reads XML: its chunk comes with the XML reader (kept out of the initial bundle).
const importDialog = lazyDialog<ImportDialogProps>(
  () =>
    Promise.all([import('./import-dialog'), loadXmlCodec()]).then(
      ([module]) => module.ImportDialog,
    ),
  (props) => props.open,
  (props) => props.onClose(),
);

/** The import dialog, loaded on its first opening (see {@link lazyDialog}). */
export const LazyImportDialog = importDialog.Dialog;
/** Starts loading the import dialog's code early, e.g. when the pointer reaches the Import button. */
export const preloadImportDialog = importDialog.preload;
