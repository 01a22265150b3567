import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of the editor. Scripts come from the page's own origin only: no inline
 * script, no eval. Styles allow 'unsafe-inline' because MUI (emotion) injects <style> elements at
 * run time. `frame-ancestors` lists who may embed the editor: itself and `allowedOrigins`, which may
 * also be called (connect-src) when a host page points `apiBase` at its own proxy.
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

/** Hono middleware adding {@link securityHeaderValues}. */
export function securityHeaders(allowedOrigins: readonly string[]): MiddlewareHandler {
  const headers = Object.entries(securityHeaderValues(allowedOrigins));
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.header(name, value);
  };
}
