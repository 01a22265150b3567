import { Component, type ErrorInfo, type ReactNode } from 'react';

/*
 * The one error boundary: the app's crash screen, a part whose code failed to load, the preview's
 * chunk with its Retry. What shows instead of the children is the caller's.
 */

export interface ErrorBoundaryProps {
  /** Shown instead of the children once they failed; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  /** When it changes after a failure, the children are tried again (the next opening of a part). */
  resetKey?: unknown;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
  failedAt: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, failedAt: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    if (!state.failed) return { failedAt: props.resetKey };
    return props.resetKey !== state.failedAt ? { failed: false, failedAt: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
