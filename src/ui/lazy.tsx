import { Suspense, use, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/*
 * The one way code is split off the initial bundle: menus, notices, the sample slider, dialogs.
 */

/** A part whose code is split off the initial bundle (see lazyPart). */
export interface LazyPart<P extends object> {
  /** Renders the part once its code is there, `fallback` until then (and if it cannot load). */
  Part: (props: P & { retryKey?: unknown }) => ReactNode;
  /** Starts loading the code (once), e.g. when the pointer or the focus reaches the part's button. */
  preload: () => void;
}

/**
 * Splits a part that is not needed to show the segment (a menu, a notice, a dialog) off
 * the initial bundle. Its code loads on first use, or on `preload()` when it is about to be used. A
 * load that fails (a dropped connection) shows `failed` instead of crashing the editor, and is
 * tried again on its `retry`, or on the next use (a new mount or `retryKey`).
 */
export function lazyPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
  /** Shown when the code cannot load (the fallback by default); `retry` loads it again. */
  failed: (props: P, retry: () => void) => ReactNode = fallback,
): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let failure: Promise<ComponentType<P>> | undefined;
  const load = () => {
    const attempt = (loading ??= importer().catch((error: unknown) => {
      failure = attempt;
      throw error;
    }));
    return attempt;
  };
  // A failed load is kept until a new use asks again: React renders a suspended part again once
  // its promise settles, and a fresh download at each of those renders would never show the
  // failure, only a spinner and endless requests (the bug this guards against).
  const forgetFailure = () => {
    if (loading !== undefined && loading === failure) loading = failure = undefined;
  };
  function Loaded(props: P) {
    const Inner = use(load());
    return <Inner {...props} />;
  }
  function Part({ retryKey, ...props }: P & { retryKey?: unknown }) {
    // A new use (mounting, or a new retryKey: the next opening) tries a failed download again.
    const [usedKey, setUsedKey] = useState(() => {
      forgetFailure();
      return retryKey;
    });
    if (usedKey !== retryKey) {
      forgetFailure();
      setUsedKey(retryKey);
    }
    const shown = fallback(props as P);
    const retry = (reset: () => void) => () => {
      forgetFailure();
      reset();
    };
    return (
      <ErrorBoundary fallback={(reset) => failed(props as P, retry(reset))} resetKey={retryKey}>
        <Suspense fallback={shown}>
          <Loaded {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return { Part, preload: () => void load().catch(() => undefined) };
}
