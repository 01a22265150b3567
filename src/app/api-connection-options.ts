import { DEFAULT_TIMEOUT_MS, type ApiClientOptions } from '../api';
import type { WireFormat } from '../segment';
import type { AppConfig } from './config';

/**
 * The options of the page's API client, one place: the application's connection
 * (api-connection.tsx) and the requests started before it (early-start.ts) build the same client.
 */
export function apiClientOptions(
  config: Pick<AppConfig, 'apiBase' | 'timeout'>,
  format: WireFormat,
  token: string | undefined,
): ApiClientOptions {
  return {
    apiBase: config.apiBase,
    requestFormat: format,
    responseFormat: format,
    timeoutMs: config.timeout ?? DEFAULT_TIMEOUT_MS,
    ...(token ? { token } : {}),
  };
}
