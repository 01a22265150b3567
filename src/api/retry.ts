import { isApiError } from './errors';

/** How many times a failed call is tried again (so at most 4 attempts). */
export const MAX_RETRIES = 3;

/**
 * TanStack Query's `retry` (`failureCount` is 0 after the first failure) for every query and mutation of this client: try again only after a
 * network error, a timeout or an HTTP 5xx, never after Altcraft refused (`api`) or an answer could
 * not be read (`parse`), which would fail the same way again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.retryable;
}

/**
 * Exponential backoff for TanStack Query's `retryDelay` (`failureCount` is 0 after the first
 * failure): 1 s, 2 s, 4 s, capped at 8 s.
 */
export function retryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 8000);
}
