import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ApiClientProvider, appConfigQueryOptions, createApiClient, type ApiClient } from '../api';
import type { WireFormat } from '../segment';
import { apiClientOptions } from './api-connection-options';
import type { AppConfig } from './config';
import { readRememberedToken, rememberToken } from './token-store';

/** The connection to the API as the settings dialog shows and changes it. */
export interface ApiConnection {
  client: ApiClient;
  /** The format of request bodies and replies. */
  format: WireFormat;
  setFormat: (format: WireFormat) => void;
  /** Whether the server adds the token; undefined until `/app-config.json` answered. */
  tokenInjected: boolean | undefined;
  hasToken: boolean;
  /** Whether the token is remembered for this tab (sessionStorage). */
  remembered: boolean;
  /** Sets the token (empty forgets it); `remember` keeps it for this tab. */
  setToken: (token: string, remember: boolean) => void;
}

const ConnectionContext = createContext<ApiConnection | null>(null);

/** The API connection of the nearest {@link ApiConnectionProvider}. */
export function useApiConnection(): ApiConnection {
  const connection = use(ConnectionContext);
  if (!connection) throw new Error('useApiConnection() needs an <ApiConnectionProvider> above it.');
  return connection;
}

/**
 * Creates the API client from the page's configuration (API base, format, timeout) and the server's
 * (`/app-config.json`: does it add the token?), and provides it. The token is held in memory (the
 * client and this provider's state) and, only when asked, in sessionStorage for this tab.
 */
export function ApiConnectionProvider({
  config,
  initialToken,
  session,
  children,
}: {
  config: Pick<AppConfig, 'apiBase' | 'format' | 'timeout'>;
  /** A token from the host page (embedding `init`): memory only. */
  initialToken?: string | undefined;
  /** An editor session from the host page (embedding `init`): memory only, sent in a header. */
  session?: string | undefined;
  children: ReactNode;
}) {
  const [format, setFormat] = useState<WireFormat>(config.format);
  // A token from the host, else one remembered for this tab, is read once, before the first call.
  const [token, setTokenValue] = useState<string | undefined>(
    () => initialToken || readRememberedToken(),
  );
  const [remembered, setRemembered] = useState(() => !initialToken && token !== undefined);

  // A new client when the format or the token changes; queries are keyed by the API base, so the
  // cache carries over.
  const client = useMemo(
    () =>
      createApiClient({
        ...apiClientOptions({ apiBase: config.apiBase, timeout: config.timeout }, format, token),
        ...(session ? { session } : {}),
      }),
    [config.apiBase, config.timeout, format, token, session],
  );

  // Asked for at start (early-start.ts), so that the first render usually knows it already.
  const appConfig = useQuery(appConfigQueryOptions());
  const tokenInjected = appConfig.isSuccess ? (appConfig.data?.tokenInjected ?? false) : undefined;

  const setToken = useCallback((next: string, remember: boolean) => {
    const value = next || undefined;
    setTokenValue(value);
    rememberToken(remember ? value : undefined);
    setRemembered(remember && value !== undefined);
  }, []);

  const hasToken = token !== undefined;
  const connection = useMemo<ApiConnection>(
    () => ({ client, format, setFormat, tokenInjected, hasToken, remembered, setToken }),
    [client, format, tokenInjected, hasToken, remembered, setToken],
  );
  return (
    <ConnectionContext value={connection}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </ConnectionContext>
  );
}
