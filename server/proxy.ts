import { Hono } from 'hono';
import { apiError, errorResponse, refusalResponse, requestedFormat } from './envelope';
import { API_PREFIX, apiBodyLimit } from './limits';
import { withToken } from './token-edit';

/** Options of {@link createProxyApp}. */
export interface ProxyOptions {
  /** Altcraft's address, e.g. `https://example.altcraft.com` (a trailing `/api/v1.1` is tolerated). */
  url: string;
  /** The API token put into every request; without it the browser's token passes through. */
  token?: string;
  /** How long Altcraft may take to answer (headers and body) before the client gets a 504. */
  timeoutMs: number;
  maxBodyBytes?: number;
}

/** Headers of Altcraft's reply passed on to the browser; no cookies, no hop-by-hop headers. */
const passedHeaders = ['content-type', 'content-disposition'];

/** `ALTCRAFT_URL` without a trailing slash or `/api/v1.1`, so that both spellings work. */
export function upstreamBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api\/v1\.1$/i, '');
}

/**
 * `/api/v1.1/*` forwarded to a real Altcraft. With `token`, the server's token replaces whatever the
 * browser sent (body field and Authorization header); the browser's token is dropped, never logged.
 */
export function createProxyApp(options: ProxyOptions): Hono {
  const base = upstreamBase(options.url);
  const host = new URL(base).host;
  const app = new Hono();
  app.get('/healthz', (c) => c.text('ok'));
  app.use(`${API_PREFIX}/*`, apiBodyLimit(options.maxBodyBytes));

  app.all(`${API_PREFIX}/*`, async (c) => {
    const text = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text();
    const format = requestedFormat(text);
    const incoming = new URL(c.req.url);
    const target = new URL(base + incoming.pathname);
    for (const [key, value] of incoming.searchParams)
      if (key !== 'token') target.searchParams.append(key, value);

    const headers = new Headers();
    const contentType = c.req.header('content-type');
    const accept = c.req.header('accept');
    if (accept) headers.set('Accept', accept);
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    let body: string | undefined = hasBody ? text : undefined;
    if (options.token) {
      if (hasBody) {
        try {
          const edited = withToken(text, contentType, options.token);
          body = edited.body;
          headers.set('Content-Type', contentType ?? `application/${edited.format}; charset=utf-8`);
        } catch (error) {
          return errorResponse(error, format);
        }
      }
      headers.set('Authorization', `Bearer ${options.token}`);
    } else {
      if (contentType) headers.set('Content-Type', contentType);
      const authorization = c.req.header('authorization');
      if (authorization) headers.set('Authorization', authorization);
    }

    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      const reply = await fetch(target, {
        method: c.req.method,
        headers,
        body,
        signal,
        redirect: 'manual',
      });
      // Read the whole body under the same deadline: a reply that starts and then stalls is a timeout too.
      const payload = await reply.arrayBuffer();
      const out = new Headers({ 'Cache-Control': 'no-store' });
      for (const name of passedHeaders) {
        const value = reply.headers.get(name);
        if (value) out.set(name, value);
      }
      return new Response(payload, { status: reply.status, headers: out });
    } catch (error) {
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
      console.error(`proxy: ${c.req.method} ${incoming.pathname} -> ${host} failed (${reason})`);
      return refusalResponse(
        apiError.badGateway,
        `Altcraft (${host}) could not be reached (${reason}).`,
        format,
        502,
      );
    }
  });
  return app;
}
