import type { Theme } from '@mui/material/styles';

/*
 * The app's frame (header bar, main column, notices, the editor beside the preview) as classes of
 * the page's static sheet (static-styles.tsx): plain elements, no styling work at render. The
 * measures are MUI's AppBar and Toolbar ones, and what the screen's boxes asked for.
 */
export function appGlobalStyles(theme: Theme) {
  const vars = theme.vars ?? theme;
  return {
    '.se-app-header': {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      boxSizing: 'border-box',
      flexShrink: 0,
      position: 'sticky',
      zIndex: vars.zIndex.appBar,
      top: 0,
      left: 'auto',
      right: 0,
      color: 'inherit',
      borderBottom: `1px solid ${vars.palette.divider}`,
      backgroundColor: vars.palette.background.paper,
      '&[data-compact]': { position: 'static' },
    },
    '.se-app-bar': {
      position: 'relative',
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(1.5),
      flexWrap: 'wrap',
      padding: theme.spacing(1, 2),
      minHeight: 56,
      [theme.breakpoints.up('sm')]: {
        paddingLeft: theme.spacing(3),
        paddingRight: theme.spacing(3),
      },
      '[data-compact] > &': {
        paddingTop: theme.spacing(0.5),
        paddingBottom: theme.spacing(0.5),
        minHeight: 48,
      },
    },
    // The title, then the segment's name and audience, which take the room the actions leave
    // (cut with an ellipsis) rather than pushing the actions onto a second line.
    '.se-app-title-line': {
      display: 'flex',
      alignItems: 'baseline',
      columnGap: theme.spacing(1.5),
      marginRight: 'auto',
      minWidth: 0,
      flex: '1 1 16rem',
    },
    '.se-app-title': {
      margin: 0,
      fontFamily: theme.typography.fontFamily,
      lineHeight: 1.6,
      letterSpacing: '0.0075em',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      flexShrink: 0,
      fontWeight: 600,
      fontSize: '1.125rem',
      '[data-compact] &': { fontSize: '1rem' },
    },
    '.se-app-actions': {
      display: 'flex',
      flexWrap: 'wrap',
      gap: theme.spacing(1),
      alignItems: 'center',
    },
    '.se-app-switches': { display: 'flex', gap: theme.spacing(1) },
    '.se-app-main': {
      padding: theme.spacing(2, 1.5),
      maxWidth: 1680,
      marginLeft: 'auto',
      marginRight: 'auto',
      [theme.breakpoints.up('sm')]: {
        paddingLeft: theme.spacing(3),
        paddingRight: theme.spacing(3),
      },
    },
    // The notices above the editor; an empty slot takes no room.
    '.se-app-notices': {
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(1),
      '& > :not(:empty)': { marginBottom: theme.spacing(1) },
    },
    '.se-app-columns': {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 7fr) minmax(0, 5fr)',
      gap: theme.spacing(3),
      alignItems: 'start',
    },
    '.se-app-preview': {
      position: 'sticky',
      top: 88,
      minWidth: 0,
      overflow: 'clip',
      overflowClipMargin: '6px',
    },
  } as const;
}
