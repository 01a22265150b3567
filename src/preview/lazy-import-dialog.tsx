import { lazy, Suspense, useState } from 'react';
import { Backdrop, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { loadXmlCodec } from '../segment';
import type { ImportDialogProps } from './import-dialog';

// The dialog reads XML: its chunk comes with the XML reader (kept out of the initial bundle).
const load = () => Promise.all([import('./import-dialog'), loadXmlCodec()]).then(([module]) => module);
const ImportDialog = /* @__PURE__ */ lazy(() => load().then((m) => ({ default: m.ImportDialog })));

/** Starts loading the import dialog's code early, e.g. when the pointer reaches the Import button. */
export function preloadImportDialog(): void {
  void load();
}

/**
 * The import dialog, with its code split out of the initial bundle: nothing is loaded before the
 * first opening, and it stays mounted afterwards so that it can animate closed.
 */
export function LazyImportDialog(props: ImportDialogProps) {
  const { t } = useTranslation('preview');
  const [used, setUsed] = useState(props.open);
  if (props.open && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense
      fallback={
        <Backdrop open>
          <CircularProgress aria-label={t('loadingDialog')} />
        </Backdrop>
      }
    >
      <ImportDialog {...props} />
    </Suspense>
  );
}
