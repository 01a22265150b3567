import { Hono, type Context } from 'hono';
import type { WireFormat } from '../src/segment';
import { apiError, errorResponse, refusalResponse, requestedFormat } from './envelope';
import { API_METHODS, API_PREFIX } from '../src/segment';
import { gateway } from './gateway';
import { apiBodyLimit } from './limits';
import { readCapped, ReplyTooLarge } from './read-capped';
import { withToken } from './token-edit';
import { guardXmlBody } from './xml-guard';

/** Options of {@link createProxyApp}. */
export interface ProxyOptions {
  /** Altcraft's address, e.g. `https://example.altcraft.com` (a trailing `/api/v1.1` is tolerated). */
  url: string;
  /** The API token put into every request; without it the browser's token passes through. */
  token?: string;
  /** How long Altcraft may take to answer (headers and body) before the client gets a 504. */
  timeoutMs: number;
  maxBodyBytes?: number;
  /** Replies of Altcraft over this many bytes become a 502 (default {@link MAX_REPLY_BYTES}). */
  maxReplyBytes?: number;
  /** Other origins that may call the API. */
  allowedOrigins?: readonly string[];
  /** Requires a signed editor session on every call (EDITOR_SESSION_SECRET). */
  sessionSecret?: string | undefined;
}

/** Altcraft's replies above this are refused with 502 without being read further (10 MB). */
export const MAX_REPLY_BYTES = 10 * 1024 * 1024;

/** `ALTCRAFT_URL` without a trailing slash or `/api/v1.1`, so that both spellings work. */
export function upstreamBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api\/v1\.1$/i, '');
}

/** The format of Altcraft's reply, from its Content-Type or else its first character. */
function replyFormat(contentType: string | null, text: string): WireFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/xml' || type === 'text/xml') return 'xml';
  const start = text.trimStart();
  if (type === '' || type === 'text/plain') {
    if (start.startsWith('{')) return 'json';
    if (start.startsWith('<xml') || start.startsWith('<?xml')) return 'xml';
  }
  return undefined;
}

const contentTypes: Record<WireFormat, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/**
 * The eight methods of {@link API_METHODS} forwarded to a real Altcraft, POST only, without the
 * query string. With `token`, the server's token replaces whatever the browser sent (body field,
 * any spelling, and Authorization header); the browser's token is dropped, never logged. Replies
 * are bounded in size and time, must be JSON or XML, and have the server's token masked.
 */
export function createProxyApp(options: ProxyOptions): Hono {
  const base = upstreamBase(options.url);
  const host = new URL(base).host;
  const maxReply = options.maxReplyBytes ?? MAX_REPLY_BYTES;
  const app = new Hono();
  app.get('/healthz', (c) => c.text('ok'));
  app.use(
    '*',
    gateway({
      allowedOrigins: options.allowedOrigins ?? [],
      sessionSecret: options.sessionSecret,
    }),
  );
  app.use(`${API_PREFIX}/*`, apiBodyLimit(options.maxBodyBytes));

  const forward = (method: string) => async (c: Context) => {
    const text = await c.req.text();
    const format = requestedFormat(text);
    const contentType = c.req.header('content-type');
    const headers = new Headers({ Accept: 'application/json, application/xml' });
    let body = text;
    try {
      guardXmlBody(text, contentType);
      if (options.token) {
        const edited = withToken(text, contentType, options.token);
        body = edited.body;
        headers.set('Content-Type', contentTypes[edited.format]);
        headers.set('Authorization', `Bearer ${options.token}`);
      } else {
        if (contentType) headers.set('Content-Type', contentType);
        const authorization = c.req.header('authorization');
        if (authorization) headers.set('Authorization', authorization);
      }
    } catch (error) {
      return errorResponse(error, format);
    }

    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      const reply = await fetch(`${base}${API_PREFIX}/${method}/`, {
        method: 'POST',
        headers,
        body,
        signal,
        redirect: 'manual',
      });
      // Read the body under the same deadline: a reply that starts and then stalls is a timeout too.
      let payload = await readCapped(reply, maxReply);
      const type = replyFormat(reply.headers.get('content-type'), payload);
      if (type === undefined) {
        return refusalResponse(
          apiError.badGateway,
          `Altcraft (${host}) answered with HTTP ${reply.status} and ${reply.headers.get('content-type') ?? 'no Content-Type'} instead of JSON or XML API data.`,
          format,
          502,
        );
      }
      if (options.token) payload = payload.split(options.token).join('•••');
      return new Response(payload, {
        status: reply.status,
        headers: { 'Content-Type': contentTypes[type] },
      });
    } catch (error) {
      if (error instanceof ReplyTooLarge) {
        return refusalResponse(
          apiError.badGateway,
          `Altcraft (${host}) answered with more than ${maxReply / 1024 / 1024} MB; the reply was dropped.`,
          format,
          502,
        );
      }
      if (signal.aborted) {
        return refusalResponse(
          apiError.gatewayTimeout,
          `Altcraft (${host}) did not answer within ${options.timeoutMs / 1000} s. The request may still have been applied: reload the segment before saving again.`,
          format,
          504,
        );
      }
      const reason =
        error instanceof Error
          ? ((error.cause as { code?: string } | undefined)?.code ?? error.message)
          : 'unknown error';
      console.error(`proxy: ${method} -> ${host} failed (${reason})`);
      return refusalResponse(
        apiError.badGateway,
        `Altcraft (${host}) could not be reached (${reason}).`,
        format,
        502,
      );
    }
  };
  for (const method of API_METHODS) {
    app.post(`${API_PREFIX}/${method}`, forward(method));
    app.post(`${API_PREFIX}/${method}/`, forward(method));
  }
  return app;
}
