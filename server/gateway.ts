import type { Context, MiddlewareHandler } from 'hono';
import { apiError, refusalResponse } from './envelope';
import { API_METHODS, API_PREFIX, SESSION_HEADER, type ApiMethod } from '../src/segment';
import { sessionRefusalText, verifyEditorSession } from './session';

/*
 * The gateway in front of the sandbox and the proxy (DESIGN.md principle 6): the API answers only
 * POST to the methods below, only with a JSON or XML body, only for its own origin and
 * ALLOWED_ORIGINS, and with EDITOR_SESSION_SECRET only with a valid signed session. Everything else
 * is refused here, before any body is read, and never reaches the sandbox's data or Altcraft.
 */

const byPath = new Map<string, ApiMethod>(
  API_METHODS.flatMap((method) => [
    [`${API_PREFIX}/${method}`, method],
    [`${API_PREFIX}/${method}/`, method],
  ]),
);

/**
 * The method a request path names, matched exactly (with or without the trailing slash) on the
 * URL's normalised path; anything else, encoded slashes and doubled slashes included, is undefined.
 */
export function apiMethodOf(url: string): ApiMethod | undefined {
  return byPath.get(new URL(url).pathname);
}

/** The request body types accepted; both force a CORS preflight on cross-origin fetches. */
const bodyTypes = new Set(['application/json', 'application/xml']);

const mediaType = (header: string | undefined) =>
  (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Options of {@link gateway}. */
export interface GatewayOptions {
  /** Other origins that may call the API (the embedding portals). */
  allowedOrigins: readonly string[];
  /** With a secret, every API call needs a session signed with it ({@link SESSION_HEADER}). */
  sessionSecret?: string | undefined;
}

/** The headers of every answer under the API prefix: data only, never a page. */
const apiHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

/**
 * Who sent the request, from `Origin` and `Sec-Fetch-Site`: `same` (this origin, or no browser
 * context at all, e.g. curl or the portal's server), an allowed origin, or `foreign`.
 */
function callerOf(c: Context, allowed: readonly string[]): 'same' | 'foreign' | { cors: string } {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if (origin !== undefined) {
    if (allowed.includes(origin)) return { cors: origin };
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      return 'foreign';
    }
    // A browser sets Origin and Host itself; a page cannot forge either.
    if (host === c.req.header('host') && (site === undefined || site === 'same-origin'))
      return 'same';
    return 'foreign';
  }
  return site === undefined || site === 'same-origin' || site === 'none' ? 'same' : 'foreign';
}

const corsHeaders = (origin: string): Record<string, string> => ({
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Expose-Headers': 'X-Editor-Session-Refused',
  Vary: 'Origin',
});

const foreignText =
  'Requests from other sites are refused: this API answers its own origin and ALLOWED_ORIGINS only.';

/**
 * The gateway for `/api/v1.1/*` and `/__sandbox/*`; other paths pass. Answers CORS preflights for
 * allowed origins only, and adds the API's headers to every answer it lets through.
 */
export function gateway(options: GatewayOptions): MiddlewareHandler {
  const { allowedOrigins, sessionSecret } = options;
  return async (c, next) => {
    const path = c.req.path;
    const api = path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
    if (!api && !path.startsWith('/__sandbox/')) return next();
    const caller = callerOf(c, allowedOrigins);
    const cors = typeof caller === 'object' ? corsHeaders(caller.cors) : {};
    const type = c.req.header('content-type');
    // The gateway reads no body: its refusals are XML when the body is declared XML, else JSON.
    const format = mediaType(type) === 'application/xml' ? 'xml' : 'json';
    const refuse = (error: number, text: string, status: number) =>
      refusalResponse(error, text, format, status);
    const answer = (response: Response) => {
      for (const [name, value] of Object.entries({ ...apiHeaders, ...cors }))
        response.headers.set(name, value);
      return response;
    };

    if (api && !apiMethodOf(c.req.url))
      return answer(
        refuse(
          apiError.notFound,
          `Unknown API method: this server answers POST to ${API_METHODS.join(', ')}.`,
          404,
        ),
      );
    if (c.req.method === 'OPTIONS') {
      if (typeof caller !== 'object')
        return answer(refuse(apiError.accessDenied, foreignText, 403));
      return answer(
        new Response(null, {
          status: 204,
          headers: {
            'Access-Control-Allow-Methods': api ? 'POST' : 'POST, DELETE',
            'Access-Control-Allow-Headers': `Content-Type, Authorization, ${SESSION_HEADER}`,
            'Access-Control-Max-Age': '600',
          },
        }),
      );
    }
    if (caller === 'foreign') return answer(refuse(apiError.accessDenied, foreignText, 403));
    if (api && c.req.method !== 'POST')
      return answer(
        refuse(apiError.notFound, `Only POST is answered here, not ${c.req.method}.`, 404),
      );
    // Another origin's request without a body is a "simple" one, sent with no preflight: the
    // control endpoints then want the JSON type too, so that only a preflighted call gets through.
    const needsType = api || type !== undefined || hasBody(c) || typeof caller === 'object';
    if (needsType && !bodyTypes.has(mediaType(type)))
      return answer(
        refuse(
          apiError.badRequest,
          'The request body must be sent as Content-Type: application/json or application/xml.',
          415,
        ),
      );
    if (!api && mediaType(type) === 'application/xml')
      return answer(refuse(apiError.badRequest, 'The control endpoints read JSON only.', 415));
    if (api && sessionSecret !== undefined) {
      const check = verifyEditorSession(c.req.header(SESSION_HEADER), sessionSecret);
      if (!check.ok) {
        const response = refuse(apiError.tokenRequired, sessionRefusalText[check.problem], 401);
        response.headers.set('X-Editor-Session-Refused', check.problem);
        return answer(response);
      }
    }
    await next();
    answer(c.res);
  };
}

const hasBody = (c: Context) =>
  Number(c.req.header('content-length') ?? 0) > 0 ||
  c.req.header('transfer-encoding') !== undefined;
