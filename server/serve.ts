import { serve } from '@hono/node-server';
import { createApi } from './api';
import { ConfigError, configFromEnv, configWarnings } from './config';
import { createServerApp } from './server-app';
import { SandboxDataError } from './store';

/*
 * `npm run serve`: the production server. The built editor from DIST_DIR (default dist/) and the API
 * at /api/v1.1/: the sandbox, or with ALTCRAFT_URL a proxy to that Altcraft. See README "Server side".
 */

try {
  const config = configFromEnv(process.env, 8080);
  for (const warning of configWarnings(config)) console.warn(`\n!!! WARNING: ${warning}\n`);
  const api = await createApi(config);
  const app = createServerApp({
    api,
    distDir: config.distDir,
    allowedOrigins: config.allowedOrigins,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const target =
      config.api.mode === 'proxy'
        ? `proxy to ${new URL(config.api.url).host}`
        : `sandbox (data: ${config.api.dataFile})`;
    console.log(`Segment Editor on http://${config.host}:${info.port}/ with the API ${target}`);
  });
  const stop = () => {
    server.close();
    void api.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  if (error instanceof ConfigError || error instanceof SandboxDataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
