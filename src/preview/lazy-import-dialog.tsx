import type { ImportDialogProps } from './import-dialog';
import { lazyXmlDialog } from './lazy-xml-dialog';
import { retryableImport } from '../ui/retry-import';

const importDialog = lazyXmlDialog<ImportDialogProps>(
  retryableImport(
    () => import('./import-dialog'),
    (module) => module.ImportDialog,
  ),
);

/** The import dialog, loaded on its first opening (see {@link lazyXmlDialog}). */
export const LazyImportDialog = importDialog.Dialog;
/** Starts loading the import dialog's code early, e.g. when the pointer reaches the Import button. */
export const preloadImportDialog = importDialog.preload;
