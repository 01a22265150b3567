import { serve } from '@hono/node-server';
import { createSandboxApp, DEFAULT_SANDBOX_TOKEN, SandboxDataError, SandboxStore } from './sandbox';

/* `npm run sandbox`: the Altcraft-compatible API alone, for curl and for clients other than the editor. */

const dataFile = process.env.SANDBOX_DATA || '.sandbox/data.json';
const port = Number(process.env.PORT || 8787);
const hostname = process.env.HOST || '127.0.0.1';

try {
  const store = await SandboxStore.open(dataFile);
  const app = createSandboxApp({
    store,
    token: process.env.SANDBOX_TOKEN || DEFAULT_SANDBOX_TOKEN,
    faults: process.env.SANDBOX_FAULTS === '1',
  });
  serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(`Altcraft sandbox API on http://${hostname}:${info.port}/api/v1.1/ (data: ${store.file})`);
  });
} catch (error) {
  if (!(error instanceof SandboxDataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
