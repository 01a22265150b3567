import type { ComponentType } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import { lazyPart } from './lazy';
import { LoadFailedNotice } from './load-failed-notice';
import { PlainBackdrop } from './plain-backdrop';
import { useOpenedOnce } from './use-opened-once';

/** A dialog whose code is split off the initial bundle, and a way to start loading it early. */
export interface LazyDialog<P extends object> {
  Dialog: (props: P) => React.JSX.Element | null;
  preload: () => void;
}

function Loading() {
  const { t } = useTranslation('preview');
  return (
    <PlainBackdrop>
      <CircularProgress aria-label={t('loadingDialog')} />
    </PlainBackdrop>
  );
}

/**
 * Splits a rarely opened dialog off the initial bundle ({@link lazyPart}): nothing is loaded before
 * its first opening (or `preload()`, e.g. when the pointer reaches its button), a progress backdrop
 * shows while it loads, and it stays mounted afterwards so that it can animate closed. Code that
 * cannot load says so, with Retry and Close (`close`, the dialog's own way out, so that the next
 * opening tries again).
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  isOpen: (props: P) => boolean,
  close: (props: P) => void,
): LazyDialog<P> {
  const part = lazyPart<P>(
    load,
    (props) => (isOpen(props) ? <Loading /> : null),
    (props, retry) =>
      isOpen(props) ? (
        <LoadFailedNotice part="dialog" onRetry={retry} onClose={() => close(props)} />
      ) : null,
  );
  function Dialog(props: P) {
    const open = isOpen(props);
    return useOpenedOnce(open) ? <part.Part {...props} retryKey={open} /> : null;
  }
  return { Dialog, preload: part.preload };
}
