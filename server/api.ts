import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { API_PREFIX, APP_CONFIG_PATH, type AppConfig } from '../src/segment';
import { appConfigOf, type ServerConfig } from './config';
import { createProxyApp } from './proxy';
import { createSandboxApp } from './sandbox-app';
import { SandboxStore } from './store';

/** The API side of a server: the sandbox or the proxy, plus `/app-config.json` and `/healthz`. */
export interface ApiBundle {
  /** Answers `/api/v1.1/*`, `/__sandbox/*` (sandbox with faults), `/healthz` and `/app-config.json`. */
  app: Hono<{ Bindings: Partial<HttpBindings> }>;
  appConfig: AppConfig;
  /** Waits for pending sandbox writes. */
  close(): Promise<void>;
}

/** Paths the bundle answers; everything else belongs to the static files or to Vite. */
export function isApiPath(path: string): boolean {
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  return (
    under(API_PREFIX) || under('/__sandbox') || path === '/healthz' || path === APP_CONFIG_PATH
  );
}

/**
 * Builds the API side from the configuration. In sandbox mode the browser needs no token: requests
 * without one are answered as if the server had added `SANDBOX_TOKEN`.
 */
export async function createApi(
  config: Pick<ServerConfig, 'api' | 'allowedOrigins'> &
    Partial<Pick<ServerConfig, 'sessionSecret'>>,
  maxBodyBytes?: number,
): Promise<ApiBundle> {
  const appConfig = appConfigOf(config);
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>();
  app.get(APP_CONFIG_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(appConfig);
  });
  if (config.api.mode === 'proxy' || !config.api.faults) {
    app.all('/__sandbox/*', (c) =>
      c.text('Not found: fault injection is off (SANDBOX_FAULTS=1 turns it on).', 404),
    );
  }
  const { api } = config;
  if (api.mode === 'proxy') {
    const proxy = createProxyApp({
      url: api.url,
      token: api.token,
      timeoutMs: api.timeoutMs,
      maxBodyBytes,
      allowedOrigins: config.allowedOrigins,
      sessionSecret: config.sessionSecret,
    });
    app.route('/', proxy);
    return { app, appConfig, close: () => Promise.resolve() };
  }
  const store = await SandboxStore.open(api.dataFile);
  app.route(
    '/',
    createSandboxApp({
      store,
      token: api.token,
      faults: api.faults,
      injectToken: true,
      maxBodyBytes,
      allowedOrigins: config.allowedOrigins,
      sessionSecret: config.sessionSecret,
    }),
  );
  return { app, appConfig, close: () => store.idle() };
}
