import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { kindGlobalStyles } from '../editor/kind-field-styles';
import { editorGlobalStyles } from '../editor/editor-styles';
import { fieldGlobalStyles } from '../ui/outlined-field-styles';
import { appGlobalStyles } from './app-styles';
import { inputGlobalStyles, theme as englishTheme } from './theme';

/*
 * The page's static styles: the same on every load, so the browser does not make them. Node
 * renders this component at build time (and in `vite` dev) and keeps the style sheets emotion
 * writes for it: scripts/static-styles.ts, the Vite plugin behind `virtual:static-styles.css`,
 * which src/main.tsx imports. The page then loads one <link rel="stylesheet"> beside its scripts,
 * and emotion has some 40,000 characters less CSS to process at start-up. Nothing in the browser
 * imports this module; the app renders none of these sheets (providers.tsx, SegmentEditor).
 */

/**
 * The sheets in the order in which the app used to insert them (the cascade depends on it):
 * CssBaseline (with the theme's overrides), the inputs' keyframes, the fields, then the theme's
 * CSS variables for both schemes (written by ThemeProvider after its children), then
 * SegmentEditor's: its rows and the Kind field. (The app inserted the editor's before the
 * variables when the segment was there for the first render; the two share no selector.)
 */
export function StaticStyles({ theme = englishTheme }: { theme?: Theme }) {
  return (
    <>
      <ThemeProvider theme={theme} defaultMode="light" storageManager={null}>
        <CssBaseline />
        <GlobalStyles styles={inputGlobalStyles} />
        <GlobalStyles styles={fieldGlobalStyles} />
      </ThemeProvider>
      <ThemeProvider
        theme={theme}
        defaultMode="light"
        storageManager={null}
        disableStyleSheetGeneration
      >
        <GlobalStyles styles={appGlobalStyles} />
        <GlobalStyles styles={editorGlobalStyles} />
        <GlobalStyles styles={kindGlobalStyles} />
      </ThemeProvider>
    </>
  );
}
