import { isApiError } from './errors';
import { sleep } from './sleep';

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

/**
 * Runs `attempt`, and again after each failure {@link shouldRetry} accepts, waiting `delay` between
 * (the same policy as the queries, for calls made outside TanStack Query's retry). Only for calls
 * that are safe to repeat: reads and updates, never `segments/add`.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  delay: number | ((failureCount: number) => number) = retryDelay,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await attempt();
    } catch (error) {
      if (!shouldRetry(failures, error)) throw error;
      await sleep(typeof delay === 'number' ? delay : delay(failures));
    }
  }
}
