import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createSandboxApp } from './sandbox-app';
import { SandboxStore } from './store';

export { createSandboxApp, type SandboxAppOptions } from './sandbox-app';
export { SandboxStore, SandboxDataError } from './store';
export { demoData } from './demo-data';

/** The token the sandbox accepts unless told otherwise. */
export const DEFAULT_SANDBOX_TOKEN = 'sandbox';

/** Options of {@link startSandbox}. */
export interface StartSandboxOptions {
  /** The data file; created with demo data when it does not exist. */
  dataFile: string;
  /** The accepted API token (default `sandbox`). */
  token?: string;
  /** Enables fault injection and `/__sandbox/*` (default false). */
  faults?: boolean;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Lets requests without a token through (default false: the token is required). */
  injectToken?: boolean;
  /** Requires an editor session signed with this secret on every API call. */
  sessionSecret?: string;
}

/** A running sandbox. */
export interface RunningSandbox {
  /** `http://127.0.0.1:<port>`; the API is at `${url}/api/v1.1/`. */
  url: string;
  /** The store behind it (tests may read `store.data`). */
  store: SandboxStore;
  /** Stops listening, drops open connections and waits for pending writes. */
  close(): Promise<void>;
}

/** Closes `server`, ending keep-alive and in-flight connections too. */
export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/** Starts the sandbox API on 127.0.0.1. Rejects with a SandboxDataError when the data file is corrupt. */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const store = await SandboxStore.open(options.dataFile);
  const app = createSandboxApp({
    store,
    token: options.token ?? DEFAULT_SANDBOX_TOKEN,
    faults: options.faults ?? false,
    injectToken: options.injectToken ?? false,
    sessionSecret: options.sessionSecret,
  });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await closeServer(server);
      await store.idle();
    },
  };
}
