import { lazy, Suspense, useState } from 'react';
import { Backdrop, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { loadXmlCodec } from '../segment';
import type { SourceEditorDialogProps } from './source-editor-dialog';

// The dialog reads XML: its chunk comes with the XML reader (kept out of the initial bundle).
const load = () => Promise.all([import('./source-editor-dialog'), loadXmlCodec()]).then(([module]) => module);
const SourceEditorDialog = /* @__PURE__ */ lazy(() => load().then((m) => ({ default: m.SourceEditorDialog })));

/** Starts loading the source editor's code early, e.g. when the pointer reaches the Edit source button. */
export function preloadSourceEditorDialog(): void {
  void load();
}

/**
 * The source editor dialog, with its code split out of the initial bundle: nothing is loaded before the
 * first opening, and it stays mounted afterwards so that it can animate closed.
 */
export function LazySourceEditorDialog(props: SourceEditorDialogProps) {
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
      <SourceEditorDialog {...props} />
    </Suspense>
  );
}
