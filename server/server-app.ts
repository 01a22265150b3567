import { serveStatic } from '@hono/node-server/serve-static';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { resolve } from 'node:path';
import type { ApiBundle } from './api';
import { apiError, refusalResponse } from './envelope';
import { securityHeaders } from './security';

/** Options of {@link createServerApp}. */
export interface ServerAppOptions {
  api: ApiBundle;
  /** The built editor (`dist/`). */
  distDir: string;
  allowedOrigins: readonly string[];
}

/**
 * The production server: security headers on everything, the API side, the built files, and
 * `index.html` for any other GET (the editor is a single page).
 */
export function createServerApp(
  options: ServerAppOptions,
): Hono<{ Bindings: Partial<HttpBindings> }> {
  const root = resolve(options.distDir);
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();
  app.use('*', securityHeaders(options.allowedOrigins));
  app.onError((error) => {
    console.error('server: unexpected error', error instanceof Error ? error.message : error);
    return refusalResponse(apiError.internal, 'Internal server error.', 'json', 500);
  });
  app.route('/', options.api.app);
  // Hashed file names never change content: cache them for a year; the rest revalidates each time.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has('Cache-Control')) {
      c.header(
        'Cache-Control',
        c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });
  // The built files answer GET and HEAD only, whole, with the Brotli or gzip copy
  // (scripts/precompress.ts) the request's Accept-Encoding names. A `Range` is ignored, as RFC 9110
  // allows: serveStatic's own ranges took `bytes=-10` for the first 11 bytes, answered a start past
  // the end with a 500, and promised more bytes than an end past the file sends; no page of the
  // editor asks for a part of a script.
  const files = serveStatic({ root, precompressed: true });
  app.on(['GET', 'HEAD'], '*', (c, next) => {
    c.req.raw.headers.delete('range');
    return files(c, next);
  });
  // A missing asset is a 404, not the page: a browser must not run index.html as a script.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
  app.get('*', (c) =>
    c.text(
      `The editor is not built: ${root}/index.html is missing. Run "npm run build" first.`,
      503,
    ),
  );
  return app;
}
