import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Backdrop, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A dialog whose code is split off the initial bundle, and a way to start loading it early. */
export interface LazyDialog<P extends object> {
  Dialog: (props: P) => React.JSX.Element | null;
  preload: () => void;
}

/**
 * Splits a rarely opened dialog off the initial bundle: nothing is loaded before its first opening
 * (or `preload()`, e.g. when the pointer reaches its button), a progress backdrop shows while it
 * loads, and it stays mounted afterwards so that it can animate closed.
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  isOpen: (props: P) => boolean,
): LazyDialog<P> {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  function Dialog(props: P) {
    const { t } = useTranslation('preview');
    const open = isOpen(props);
    const [used, setUsed] = useState(open);
    if (open && !used) setUsed(true);
    if (!used && !open) return null;
    return (
      <Suspense
        fallback={
          <Backdrop open>
            <CircularProgress aria-label={t('loadingDialog')} />
          </Backdrop>
        }
      >
        <Loaded {...props} />
      </Suspense>
    );
  }
  return { Dialog, preload: () => void load() };
}
