import { Suspense, use, type ComponentType, type ReactNode } from 'react';
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
 * load that fails (a dropped connection) shows the fallback instead of crashing the editor, and is
 * tried again on the next use.
 */
export function lazyPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
  /** Shown when the code cannot load; the fallback by default. */
  failed: (props: P) => ReactNode = fallback,
): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const load = () =>
    (loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  function Loaded(props: P) {
    const Inner = use(load());
    return <Inner {...props} />;
  }
  function Part({ retryKey, ...props }: P & { retryKey?: unknown }) {
    const shown = fallback(props as P);
    return (
      <ErrorBoundary fallback={() => failed(props as P)} resetKey={retryKey}>
        <Suspense fallback={shown}>
          <Loaded {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return { Part, preload: () => void load().catch(() => undefined) };
}
