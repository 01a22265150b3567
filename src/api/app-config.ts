import { queryOptions } from '@tanstack/react-query';
import { APP_CONFIG_PATH, appConfigSchema, type AppConfig } from '../segment';

// The schema is the contract's (src/segment/api-contract.ts), which the server publishes too.
export { appConfigSchema, type AppConfig };

/** Options of {@link fetchAppConfig}. */
export interface FetchAppConfigOptions {
  /** Default `/app-config.json`. */
  url?: string;
  /** Default 5 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Reads `/app-config.json`. Resolves to `null` when there is none (a static host without the
 * editor's server, a 404, a network error, a timeout, or not a JSON object): the caller then runs
 * without embedding and asks for a token. Never rejects.
 */
export async function fetchAppConfig(
  options: FetchAppConfigOptions = {},
): Promise<AppConfig | null> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  try {
    const response = await fetchImpl(options.url ?? APP_CONFIG_PATH, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    if (!response.ok) return null;
    const parsed = appConfigSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Query options of `/app-config.json` (read once per page; it never fails, see
 * {@link fetchAppConfig}): the page asks for it at start, beside the segment, so that the screen
 * knows whether the server adds the token from its first render.
 */
export function appConfigQueryOptions() {
  return queryOptions({
    queryKey: ['segment-editor', 'app-config'] as const,
    queryFn: () => fetchAppConfig(),
    staleTime: Infinity,
    retry: false,
  });
}
