import * as z from 'zod/mini';
import type { WireFormat } from './schema';

/*
 * The wire contract between the editor and its server, written once: the server's routes and
 * gateway, and the browser's API client, all read it from here (altcraft-api.md sections 1 and 4).
 */

/** Where the API lives, on the sandbox, the proxy and Altcraft alike. */
export const API_PREFIX = '/api/v1.1';

/** The API methods the editor uses: the only ones the server answers (sandbox) or forwards (proxy). */
export const API_METHODS = [
  'segments/update',
  'segments/add',
  'segments/get',
  'segments/list',
  'segments/delete',
  'databases/list',
  'databases/get',
  'databases/fields_get',
] as const;
/** One of {@link API_METHODS}, `<group>/<method>`. */
export type ApiMethod = (typeof API_METHODS)[number];

/** The Content-Type of a body in each wire format, requests and replies alike. */
export const CONTENT_TYPES: Readonly<Record<WireFormat, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/** The request header that carries the editor session (EDITOR_SESSION_SECRET). */
export const SESSION_HEADER = 'X-Editor-Session';

/** Where the editor's server publishes {@link AppConfig}. */
export const APP_CONFIG_PATH = '/app-config.json';

/**
 * `/app-config.json`, the public configuration the editor's server publishes (never a token):
 * the origins allowed to embed and drive the editor, whether the server adds the API token, and
 * whether the API is the sandbox or a proxy to Altcraft. Read by the browser, fields that are
 * missing or of the wrong type take safe defaults (no origin allowed, token not injected).
 */
export const appConfigSchema = z.object({
  allowedOrigins: z.catch(z.array(z.string()), []),
  tokenInjected: z.catch(z.boolean(), false),
  mode: z.catch(z.string(), 'unknown'),
});
/** The contents of `/app-config.json`. */
export type AppConfig = z.infer<typeof appConfigSchema>;
