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
  // The built files answer GET and HEAD only: with the Brotli or gzip copy (scripts/precompress.ts)
  // the request's Accept-Encoding names, or with the file itself for a range (a range of a
  // compressed copy is not a part of the file).
  const files = serveStatic({ root, precompressed: true });
  const filesAsIs = serveStatic({ root });
  app.on(['GET', 'HEAD'], '*', (c, next) =>
    c.req.header('range') === undefined ? files(c, next) : filesAsIs(c, next),
  );
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
