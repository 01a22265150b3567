import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { apiError, refusalResponse } from './envelope';

/** Request bodies above this are refused with HTTP 413 before they are read (6 MB). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${+(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${+(bytes / 1024).toFixed(1)} KB`;

/** Refuses API bodies over `maxBytes` with HTTP 413 and Altcraft's envelope. */
export function apiBodyLimit(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () =>
      refusalResponse(
        apiError.tooLarge,
        `The request body is larger than ${sizeText(maxBytes)}; a segment request is far smaller.`,
        'json',
        413,
      ),
  });
}
