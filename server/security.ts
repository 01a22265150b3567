import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of the editor. Scripts come from the page's own origin only: no inline
 * script, no eval. Styles come from the page's own style sheet (its static styles, a file of its
 * origin) and allow 'unsafe-inline' because MUI (emotion) injects <style> elements at run time.
 * `frame-ancestors` lists who may embed the editor: itself and `allowedOrigins`, which may also be
 * called (connect-src) when a host page points `apiBase` at its own proxy.
 */
export function contentSecurityPolicy(allowedOrigins: readonly string[]): string {
  const others = allowedOrigins.join(' ');
  const withOthers = (base: string) => (others ? `${base} ${others}` : base);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    withOthers("connect-src 'self'"),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    withOthers("frame-ancestors 'self'"),
  ].join('; ');
}

/** The security headers of every response of the production server (and of `vite preview`). */
export function securityHeaderValues(allowedOrigins: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(allowedOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // Browsers that know frame-ancestors ignore X-Frame-Options; older ones get it only when no other
    // origin may embed the editor (it cannot express a list).
    ...(allowedOrigins.length === 0 ? { 'X-Frame-Options': 'SAMEORIGIN' } : {}),
  };
}

/**
 * The CSP of the embedding demo page (`/embed-demo.html`): a portal of its own, which frames the
 * editor from `frameSources` (its own origin's loopback twin, see {@link loopbackTwin}, and
 * ALLOWED_ORIGINS) besides its own origin.
 */
export function demoContentSecurityPolicy(frameSources: readonly string[]): string {
  const others = frameSources.length ? ` ${frameSources.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `frame-src 'self'${others}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * The demo opened on `localhost:<port>` embeds the editor from `127.0.0.1:<port>` (and the other way
 * round), so that host and editor are different origins: that origin, from the Host header.
 */
export function loopbackTwin(host: string | undefined): string | undefined {
  const match = /^(localhost|127\.0\.0\.1)(:\d+)?$/.exec(host ?? '');
  if (!match) return undefined;
  return `http://${match[1] === 'localhost' ? '127.0.0.1' : 'localhost'}${match[2] ?? ''}`;
}

/** The security headers of `path`: the demo portal page has its own CSP. */
export function securityHeadersFor(
  path: string,
  allowedOrigins: readonly string[],
  host?: string,
): Record<string, string> {
  const headers = securityHeaderValues(allowedOrigins);
  if (/^\/embed-demo(\.html)?$/.test(path)) {
    const twin = loopbackTwin(host);
    headers['Content-Security-Policy'] = demoContentSecurityPolicy([
      ...(twin ? [twin] : []),
      ...allowedOrigins,
    ]);
    headers['X-Frame-Options'] = 'SAMEORIGIN';
  }
  return headers;
}

/**
 * Hono middleware adding {@link securityHeadersFor}; a header the answer already has (the API's own
 * `default-src 'none'` CSP) is kept.
 */
export function securityHeaders(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = securityHeadersFor(c.req.path, allowedOrigins, c.req.header('host'));
    for (const [name, value] of Object.entries(headers))
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}
