import type { ThemeOptions } from '@mui/material/styles';

// The theme uses CSS variables (`cssVariables` below): MUI's types then know `theme.vars`,
// `generateStyleSheets` and ThemeProvider's props for it (`disableStyleSheetGeneration`).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}

/**
 * Light and dark schemes as CSS variables (switching costs no re-render). Inputs do not inject
 * their own global style sheet: with thousands of inputs that sheet-per-input is what makes style
 * recalculation grow with the square of the rows (DESIGN.md); the page's static style sheet
 * (static-styles.tsx) holds it once instead.
 */
export const themeOptions: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: { light: true, dark: true },
  shape: { borderRadius: 8 },
  components: {
    MuiInputBase: { defaultProps: { disableInjectingGlobalStyles: true } },
    // People who ask for less motion get none (and axe never measures a colour mid-transition).
    MuiCssBaseline: {
      styleOverrides: {
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            animationDuration: '0.01ms !important',
            animationIterationCount: '1 !important',
            transitionDuration: '0.01ms !important',
            scrollBehavior: 'auto !important',
          },
        },
      },
    },
    // No ripple: its animation re-layerized and repainted the page for half a second after every
    // click (Add condition: layerize 39 -> 16 ms, paint 21 -> 11 ms at 10x10). Buttons keep their
    // hover colour and the focus ring below.
    MuiButtonBase: {
      defaultProps: { disableRipple: true },
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&.Mui-focusVisible': {
            outline: `2px solid ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
            outlineOffset: 2,
          },
        }),
      },
    },
  },
};
