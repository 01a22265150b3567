import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type * as ApiModule from './api';
import type * as ConfigModule from './config';
import type * as SecurityModule from './security';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/*
 * The server side is loaded through tsx when Vite's server starts, not imported: Vite bundles its
 * config file, and statically importing server/ (and src/segment/, written with extensionless
 * imports) would drag it into that bundle and make every `vite` and `vite build` print a long
 * warning about the future native config loader. It also keeps `vite build` from loading it at all.
 */
async function loadServerSide() {
  const { tsImport } = await import('tsx/esm/api');
  const [api, config, security, nodeServer] = await Promise.all([
    tsImport('./api.ts', import.meta.url) as Promise<typeof ApiModule>,
    tsImport('./config.ts', import.meta.url) as Promise<typeof ConfigModule>,
    tsImport('./security.ts', import.meta.url) as Promise<typeof SecurityModule>,
    import('@hono/node-server'),
  ]);
  return { ...api, ...config, ...security, getRequestListener: nodeServer.getRequestListener };
}

/**
 * Mounts the API side (sandbox or proxy, from the environment) on Vite's own server, after the
 * start-up warnings of `npm run serve` for the address Vite listens on (`host` of its config).
 */
async function apiMiddleware(
  side: Awaited<ReturnType<typeof loadServerSide>>,
  host: string | boolean | undefined,
): Promise<Middleware> {
  const config = side.configFromEnv(process.env);
  const listening = host === true ? '0.0.0.0' : typeof host === 'string' ? host : '127.0.0.1';
  for (const warning of side.configWarnings({ ...config, host: listening }))
    console.warn(`\n!!! WARNING: ${warning}\n`);
  const api = await side.createApi(config);
  const listener = side.getRequestListener(api.app.fetch);
  return (req, res, next) => {
    if (!side.isApiPath((req.url ?? '/').split('?')[0] ?? '/')) {
      next();
      return;
    }
    listener(req, res).catch(next);
  };
}

/**
 * `npm run dev` and `npm run preview` with the API on the same origin: `/api/v1.1/` (the sandbox, or
 * the proxy when ALTCRAFT_URL is set), `/app-config.json`, `/healthz` and, with SANDBOX_FAULTS=1,
 * `/__sandbox/*`. Preview also sends the production server's security headers, so that a CSP problem
 * shows before deployment. Vitest loads the same config and gets nothing from this plugin.
 */
export function segmentEditorServer(): Plugin {
  return {
    name: 'segment-editor-server',
    async configureServer(server) {
      if (process.env.VITEST) return;
      server.middlewares.use(
        await apiMiddleware(await loadServerSide(), server.config.server.host),
      );
    },
    async configurePreviewServer(server) {
      const side = await loadServerSide();
      const { allowedOrigins } = side.configFromEnv(process.env);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const headers = side.securityHeadersFor(path, allowedOrigins, req.headers.host);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
      server.middlewares.use(await apiMiddleware(side, server.config.preview.host));
    },
  };
}
