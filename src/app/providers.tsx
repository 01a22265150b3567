import { useEffect, useState, type ReactNode } from 'react';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from './config';
import { createQueryClient } from './early-start';
import { ErrorBoundary } from '../ui/error-boundary';
import { Crash, logCrash } from './crash';
import { loadThemeFor, themeFor } from './theme';

/**
 * Query client (`queryClient`: the page's, already fetching, see early-start.ts; else a new one),
 * theme (light, dark or the system's; not persisted: the URL decides) and an error boundary.
 * The global styles (CssBaseline, the theme's CSS variables, the fields' and the editor's look)
 * are not rendered here: they are the page's static style sheet (static-styles.tsx).
 */
export function Providers({
  config,
  queryClient: given,
  children,
}: {
  config: Pick<AppConfig, 'theme'>;
  queryClient?: QueryClient | undefined;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const [queryClient] = useState(() => given ?? createQueryClient());
  const lang = i18n.resolvedLanguage;
  // A language's MUI texts arrive in a chunk of their own; the render that follows picks them up.
  const [, themeArrived] = useState(0);
  const shown = themeFor(lang);
  useEffect(() => {
    let live = true;
    void loadThemeFor(lang).then((loaded) => {
      if (live && loaded !== shown) themeArrived((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [lang, shown]);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider
        theme={shown}
        defaultMode={config.theme === 'auto' ? 'system' : config.theme}
        storageManager={null}
        disableStyleSheetGeneration
      >
        <ErrorBoundary fallback={() => <Crash />} onError={logCrash}>
          {children}
        </ErrorBoundary>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
