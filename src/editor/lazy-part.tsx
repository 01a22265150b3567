import { Component, Suspense, use, type ComponentType, type ReactNode } from 'react';

class PartBoundary extends Component<
  { fallback: ReactNode; retryKey: unknown; children: ReactNode },
  { failedAt: unknown; failed: boolean }
> {
  override state = { failed: false, failedAt: undefined as unknown };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  static getDerivedStateFromProps(
    props: { retryKey: unknown },
    state: { failed: boolean; failedAt: unknown },
  ) {
    // A failed load is tried again once the retry key changes (the next opening).
    if (!state.failed) return { failedAt: props.retryKey };
    return props.retryKey !== state.failedAt ? { failed: false, failedAt: props.retryKey } : null;
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A part of the editor whose code is split off the initial bundle (see lazyPart). */
export interface LazyPart<P extends object> {
  /** Renders the part once its code is there, `fallback` until then (and if it cannot load). */
  Part: (props: P & { retryKey?: unknown }) => ReactNode;
  /** Starts loading the code (once), e.g. when the pointer or the focus reaches the part's button. */
  preload: () => void;
}

/**
 * Splits a part that is not needed to show the segment (a menu, a notice, the sample slider) off
 * the initial bundle. Its code loads on first use, or on `preload()` when it is about to be used. A
 * load that fails (a dropped connection) shows the fallback instead of crashing the editor, and is
 * tried again on the next use.
 */
export function lazyPart<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
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
      <PartBoundary fallback={shown} retryKey={retryKey}>
        <Suspense fallback={shown}>
          <Loaded {...(props as P)} />
        </Suspense>
      </PartBoundary>
    );
  }
  return { Part, preload: () => void load().catch(() => undefined) };
}
