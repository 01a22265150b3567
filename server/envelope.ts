import type * as z from 'zod/mini';
import { CodecError, CONTENT_TYPES, serializeResponse, type WireFormat } from '../src/segment';

/*
 * Altcraft's reply envelope: `error` (0 = success), `error_text`, and `data`. Like Altcraft, API-level
 * refusals (bad token, invalid request, unknown segment) travel with HTTP 200 and `error != 0`; only
 * transport-level failures use other HTTP statuses (404 unknown method, 413 body too large, 502/504
 * upstream unreachable or too slow), still with the envelope in the body.
 */

/** The text Altcraft sends with `error: 0`. */
export const SUCCESS_TEXT = 'Successful operation';

/** Altcraft's error codes used here (altcraft-api.md section 1). */
export const apiError = {
  badRequest: 400,
  tokenRequired: 401,
  accessDenied: 403,
  notFound: 404,
  tooLarge: 413,
  internal: 500,
  badGateway: 502,
  gatewayTimeout: 504,
} as const;

/** A refusal the API answers with `error` and `error_text`; `status` is the HTTP status. */
export class ApiRefusal extends Error {
  override readonly name = 'ApiRefusal';
  constructor(
    readonly error: number,
    message: string,
    readonly status = 200,
  ) {
    super(message);
  }
}

/** A reply in `format`, fields ordered by `schema`. */
export function envelopeResponse(
  body: unknown,
  format: WireFormat,
  schema?: z.core.$ZodType,
  status = 200,
): Response {
  return new Response(serializeResponse(body, format, schema), {
    status,
    headers: { 'Content-Type': CONTENT_TYPES[format], 'Cache-Control': 'no-store' },
  });
}

/** A refusal as a reply. */
export function refusalResponse(
  error: number,
  errorText: string,
  format: WireFormat,
  status = 200,
): Response {
  return envelopeResponse({ error, error_text: errorText }, format, undefined, status);
}

/** Any error thrown while answering, as a reply; unexpected errors become 500 without details. */
export function errorResponse(error: unknown, format: WireFormat): Response {
  if (error instanceof ApiRefusal)
    return refusalResponse(error.error, error.message, format, error.status);
  if (error instanceof CodecError)
    return refusalResponse(apiError.badRequest, error.message, format);
  console.error('sandbox: unexpected error', error instanceof Error ? error.message : error);
  return refusalResponse(apiError.internal, 'Internal error of the sandbox.', format, 500);
}

/**
 * The reply format a raw body asks for, read without parsing it (for requests too broken to parse,
 * and for the proxy): `format` set to `xml` in JSON or XML, else JSON.
 */
export function requestedFormat(text: string): WireFormat {
  return /"format"\s*:\s*"xml"|<format(\s[^>]*)?>\s*xml\s*<\/format>/i.test(text) ? 'xml' : 'json';
}
