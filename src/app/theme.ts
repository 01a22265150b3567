import { createTheme, type Theme } from '@mui/material/styles';
import { themeOptions } from './theme-options';

/** MUI's own texts are English by default: the English theme needs no locale. */
export const theme = createTheme(themeOptions);

let russian: Theme | undefined;
let loadingRussian: Promise<Theme> | undefined;

/**
 * The theme with MUI's own texts (an Alert's "Close", Autocomplete's "No options", "Clear", "Open")
 * in `lang`, when that language's theme has arrived (see {@link loadThemeFor}); English until then.
 */
export function themeFor(lang: string | undefined): Theme {
  return lang === 'ru' && russian ? russian : theme;
}

/**
 * Loads the theme of `lang` (a chunk of its own: MUI's Russian texts, and the `ru-RU` number
 * format they build, which costs the first screen of an English editor some 20 ms when loaded with
 * it). Resolves at once for English; a chunk that fails to load leaves MUI's texts in English and is
 * tried again next time.
 */
export function loadThemeFor(lang: string | undefined): Promise<Theme> {
  if (lang !== 'ru') return Promise.resolve(theme);
  if (russian) return Promise.resolve(russian);
  loadingRussian ??= import('./theme-ru')
    .then(({ russianTheme }) => (russian = russianTheme))
    .catch(() => {
      loadingRussian = undefined;
      return theme;
    });
  return loadingRussian;
}

/** What MUI's inputs would inject each: the autofill keyframes, once in the static style sheet. */
export const inputGlobalStyles = {
  '@keyframes mui-auto-fill': { from: { display: 'block' } },
  '@keyframes mui-auto-fill-cancel': { from: { display: 'block' } },
} as const;
