import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

/**
 * `/app-config.json`, the public configuration the editor's server publishes (never a token):
 * the origins allowed to embed and drive the editor, whether the server adds the API token, and
 * whether the API is the sandbox or a proxy to Altcraft. Fields that are missing or of the wrong
 * type take safe defaults (no origin allowed, token not injected).
 */
export const appConfigSchema = z.object({
  allowedOrigins: z.catch(z.array(z.string()), []),
  tokenInjected: z.catch(z.boolean(), false),
  mode: z.catch(z.string(), 'unknown'),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

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
    const response = await fetchImpl(options.url ?? '/app-config.json', {
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
