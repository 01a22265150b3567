import { serve } from '@hono/node-server';
import { ConfigError, configFromEnv } from './config';
import { createSandboxApp, SandboxDataError, SandboxStore } from './sandbox';

/*
 * `npm run sandbox`: the Altcraft-compatible API alone, for curl and for clients other than the
 * editor. Unlike `npm run dev` / `serve`, it requires the token (SANDBOX_TOKEN, default `sandbox`).
 */

try {
  // ALTCRAFT_URL is ignored here: this command is the sandbox, never the proxy.
  const config = configFromEnv({ ...process.env, ALTCRAFT_URL: '' }, 8787);
  if (config.api.mode !== 'sandbox')
    throw new ConfigError('Configuration: the sandbox cannot run as a proxy.');
  const store = await SandboxStore.open(config.api.dataFile);
  const app = createSandboxApp({
    store,
    token: config.api.token,
    faults: config.api.faults,
    allowedOrigins: config.allowedOrigins,
    sessionSecret: config.sessionSecret,
  });
  serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const faults = config.api.mode === 'sandbox' && config.api.faults ? ', fault injection on' : '';
    console.log(
      `Altcraft sandbox API on http://${config.host}:${info.port}/api/v1.1/ (data: ${store.file}${faults})`,
    );
  });
} catch (error) {
  if (!(error instanceof SandboxDataError) && !(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
