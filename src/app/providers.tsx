import { useState, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from './config';
import { ErrorBoundary } from './error-boundary';
import { inputGlobalStyles, themeFor } from './theme';

/** Query client, theme (light, dark or the system's; not persisted: the URL decides) and an error boundary. */
export function Providers({ config, children }: { config: Pick<AppConfig, 'theme'>; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={themeFor(i18n.resolvedLanguage)} defaultMode={config.theme === 'auto' ? 'system' : config.theme} storageManager={null}>
        <CssBaseline />
        <GlobalStyles styles={inputGlobalStyles} />
        <ErrorBoundary>{children}</ErrorBoundary>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
