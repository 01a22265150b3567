import { useCallback } from 'react';
import { useColorScheme } from '@mui/material/styles';
import type { AppConfig } from './config';

export type ThemeChoice = AppConfig['theme'];

/**
 * The theme in the page's words (`light` | `dark` | `auto`, as `?theme=` and the host's `init` say
 * it) over MUI's colour-scheme mode (`system` for auto, which follows prefers-color-scheme live).
 * Use inside the Providers.
 */
export function useThemeChoice(): { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void } {
  const { mode, setMode } = useColorScheme();
  const setTheme = useCallback(
    (theme: ThemeChoice) => setMode(theme === 'auto' ? 'system' : theme),
    [setMode],
  );
  return { theme: mode === 'light' || mode === 'dark' ? mode : 'auto', setTheme };
}
