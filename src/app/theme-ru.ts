import { createTheme } from '@mui/material/styles';
import { ruRU } from '@mui/material/locale';
import { themeOptions } from './theme-options';

/** The theme with MUI's own texts in Russian (loaded on demand by theme.ts's `loadThemeFor`). */
export const russianTheme = createTheme(themeOptions, ruRU);
